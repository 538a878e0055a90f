import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EntenteStore } from './create-store';
import type { EntenteState } from './types';

const StoreContext = createContext<EntenteStore | null>(null);

export function StoreProvider({ store, children }: { store: EntenteStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useEntenteStore(): EntenteStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useEntente must be used inside <StoreProvider>');
  return store;
}

/** Subscribes to a narrow slice of state; pair with `useShallow` for object/array selections. */
export function useEntente<T>(selector: (state: EntenteState) => T): T {
  return useStore(useEntenteStore(), selector);
}
