import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { graphHandle } from './components/graph/GraphView';
import { webglAvailable } from './graph/renderer';
import { formatIssue, loadDatasetText } from './model';
import { createEntenteStore, StoreProvider } from './store';
import { startUrlSync } from './store/url-sync';
import bundledUrl from '../data/entente.json?url';
import './styles.css';
// After the base styles, so their media queries override them: each styles one component at every size.
import './components/header.css';
import './components/notices.css';
import './components/graph-overlays.css';
import './components/responsive/details-sheet.css';
import './components/timebar/time-bar-layout.css';

async function start(root: HTMLElement) {
  const response = await fetch(bundledUrl);
  const result = loadDatasetText(await response.text(), 'data/entente.json');
  if (!result.ok) {
    root.textContent = `The bundled dataset is invalid: ${result.issues.map(formatIssue).join('; ')}`;
    return;
  }
  const store = createEntenteStore(result.dataset);
  // The address bar is a share link: restore from it now, keep it in step from here on.
  startUrlSync(store);
  // A remembered or linked WebGL choice in a browser without WebGL2: draw on the canvas instead
  // (without overwriting the remembered choice, which may come from another browser profile).
  if (store.getState().webgl && !webglAvailable()) {
    store.setState({ webgl: false });
    store.getState().notify('This browser offers no WebGL2, so the graph is drawn on a plain canvas.', 'app');
  }
  // Read-only hook for browser tests and the console: the live graph and the store's state.
  Object.defineProperty(window, '__entente', {
    value: Object.freeze({ cy: () => graphHandle.cy, state: () => store.getState() }),
  });
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}

void start(document.getElementById('root')!);
