import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { opensSavedDataset, storeForFirstDraw } from './boot/saved-first';
import { markStartup } from './boot/startup-marks';
import { guardUnsavedImports } from './boot/unsaved-guard';
import { App } from './components/App';
import { openBundledDataset } from './model/bundled';
import { formatIssue } from './model/issue-format';
import { graphHandle } from './components/graph/GraphView';
import { webglAvailable } from './graph/renderer';
import { loadGraphRuntime } from './graph/runtime-loader';
import { defaultLibraryDb } from './persist/library-db';
import { StoreProvider } from './store';
import bundledUrl from '../data/entente.json?url';
import './styles.css';
// After the base styles, so their media queries override them: each styles one component at every size.
import './components/header.css';
import './components/notices.css';
import './components/graph-overlays.css';
import './components/responsive/details-sheet.css';
import './components/timebar/time-bar-layout.css';

// Everything the first graph needs starts at once, side by side: the Cytoscape runtime (loaded once;
// the graph view finds it in runtime-loader, usually already in), the dataset, and a look at the
// library for the dataset open last time. None waits for another. The bundled dataset needs no
// validator (zod): the build checks its shape (model/bundled.ts).
markStartup('main');
void loadGraphRuntime();
const bundledText = fetch(bundledUrl).then((response) => response.text());
const savedFirst = opensSavedDataset(window.location.search, defaultLibraryDb());

async function start(root: HTMLElement) {
  const result = openBundledDataset(await bundledText);
  if (!result.ok) {
    root.textContent = `The bundled dataset is invalid: ${result.issues.map(formatIssue).join('; ')}`;
    return;
  }
  // A reload (or a link) on a saved dataset opens it before the first draw.
  const store = await storeForFirstDraw(result.dataset, savedFirst, window, () => {
    root.textContent = 'Opening the saved dataset…';
  });
  markStartup('store-ready');
  root.textContent = '';
  // A remembered or linked WebGL choice in a browser without WebGL2: draw on the canvas instead
  // (without overwriting the remembered choice, which may come from another browser profile).
  if (store.getState().webgl && !webglAvailable()) {
    store.setState({ webgl: false });
    store.getState().notify('This browser offers no WebGL2, so the graph is drawn on a plain canvas.', 'app');
  }
  guardUnsavedImports(store);
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
