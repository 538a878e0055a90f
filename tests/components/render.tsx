import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { parseDate } from '../../src/model';
import { createEntenteStore, type EntenteStore, StoreProvider } from '../../src/store';
import { loadFixture } from '../model/fixture';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

export const day = (d: string) => parseDate(d)!.start;

/** Renders a component inside a fresh store on the mini fixture, at `at` if given. */
export function renderWithStore(
  ui: ReactElement,
  at?: string,
): { store: EntenteStore } & ReturnType<typeof render> {
  const store = createEntenteStore(loadFixture(), at ? day(at) : undefined);
  const result = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { store, ...result };
}
