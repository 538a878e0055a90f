import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { formatIssue, loadDatasetText } from './model';
import { createEntenteStore, StoreProvider } from './store';
import bundledUrl from '../data/entente.json?url';
import './styles.css';

async function start(root: HTMLElement) {
  const response = await fetch(bundledUrl);
  const result = loadDatasetText(await response.text(), 'data/entente.json');
  if (!result.ok) {
    root.textContent = `The bundled dataset is invalid: ${result.issues.map(formatIssue).join('; ')}`;
    return;
  }
  const store = createEntenteStore(result.dataset);
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}

void start(document.getElementById('root')!);
