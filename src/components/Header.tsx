import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, useEntente } from '../store';
import { ExportMenu } from './export/ExportMenu';
import { ActorSearch } from './search/ActorSearch';
import { DatasetSwitcher } from './library/DatasetSwitcher';
import { RendererToggle } from './RendererToggle';

const selectHeader = (s: EntenteState) => ({
  theme: s.theme,
  setTheme: s.setTheme,
  requestLayout: s.requestLayout,
});

export function Header() {
  const { theme, setTheme, requestLayout } = useEntente(useShallow(selectHeader));
  return (
    <header className="app-header">
      <h1 className="brand">Entente</h1>
      <DatasetSwitcher />
      <ActorSearch />
      <div className="toolbar">
        <button type="button" onClick={requestLayout} title="Place the nodes again">
          Re-layout
        </button>
        <button
          type="button"
          aria-pressed={theme === 'dark'}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? 'Light theme' : 'Dark theme'}
        </button>
        <RendererToggle />
        <ExportMenu />
      </div>
    </header>
  );
}
