import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, useEntente } from '../store';
import { ActorSearch } from './search/ActorSearch';

const selectHeader = (s: EntenteState) => ({
  name: s.datasetName,
  theme: s.theme,
  setTheme: s.setTheme,
  requestLayout: s.requestLayout,
});

export function Header() {
  const { name, theme, setTheme, requestLayout } = useEntente(useShallow(selectHeader));
  return (
    <header className="app-header">
      <h1 className="brand">Entente</h1>
      <span className="dataset-name" title="Loaded dataset">
        {name}
      </span>
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
      </div>
    </header>
  );
}
