import { useEffect, useId, useRef, useState } from 'react';
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

/**
 * Brand, search and the app's controls. Below 900 px wide (see header.css) the controls fold into
 * a "Menu" disclosure: the button says whether it is open (aria-expanded) and Escape or a click
 * outside closes it. On wide screens the button is hidden and the controls sit in the header row.
 */
export function Header() {
  const { theme, setTheme, requestLayout } = useEntente(useShallow(selectHeader));
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      setMenuOpen(false);
      button.current?.focus();
    };
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [menuOpen]);

  return (
    <header className="app-header" ref={root}>
      <h1 className="brand">Entente</h1>
      <ActorSearch />
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={menuOpen}
        aria-controls={menuId}
        onClick={() => setMenuOpen(!menuOpen)}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="icon">
          <path d="M2 4h12M2 8h12M2 12h12" fill="none" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        Menu
      </button>
      <div id={menuId} className={`header-menu${menuOpen ? ' open' : ''}`} role="group" aria-label="App menu">
        <DatasetSwitcher />
        <div className="toolbar">
          <button type="button" onClick={requestLayout} title="Place the nodes again">
            Re-layout
          </button>
          {/* A toggle with a fixed label: aria-pressed says whether the dark theme is on. */}
          <button
            type="button"
            aria-pressed={theme === 'dark'}
            title={theme === 'dark' ? 'The dark theme is on' : 'The light theme is on'}
            onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          >
            Dark theme
          </button>
          <RendererToggle />
          <ExportMenu />
        </div>
      </div>
    </header>
  );
}
