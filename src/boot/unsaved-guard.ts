import type { EntenteStore } from '../store';

/**
 * An import is shown before it is stored (issue 22): leaving or reloading the page in between would
 * drop it without a word. While one is unsaved, the browser asks before the page goes away.
 */
export function guardUnsavedImports(
  store: EntenteStore,
  win: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (store.getState().unsavedImports <= 0) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  };
  win.addEventListener('beforeunload', onBeforeUnload);
  return () => win.removeEventListener('beforeunload', onBeforeUnload);
}
