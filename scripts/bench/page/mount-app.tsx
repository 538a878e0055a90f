import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../../src/components/App';
import { createEntenteStore, type EntenteStore, StoreProvider } from '../../../src/store';
import '../../../src/styles.css';

/** The whole app on a dataset, in the page's #root, as main.tsx mounts it (without the URL sync). */
export function mountApp(dataset: Parameters<typeof createEntenteStore>[0]): EntenteStore {
  const store = createEntenteStore(dataset);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
  return store;
}
