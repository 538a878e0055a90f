// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { StatusLine } from '../../src/components/StatusLine';
import { syntheticDataset } from '../../src/model/synthetic';
import { LOD_BUDGET, StoreProvider, createEntenteStore, selectLooks } from '../../src/store';

afterEach(cleanup);

/** Big enough that more than LOD_BUDGET relations are visible mid-span. */
function largeStore() {
  const dataset = syntheticDataset({ seed: 7, actors: 150, pairs: 3000, events: 30_000 });
  const store = createEntenteStore(dataset);
  const { start, end } = store.getState().index.span;
  store.getState().setTime(Math.round(start + (end - start) * 0.7));
  return store;
}

describe('the status line says what the level of detail hides', () => {
  test('"showing the N strongest of M relations" while moving, and Show all brings everything back', async () => {
    const store = largeStore();
    render(
      <StoreProvider store={store}>
        <StatusLine />
      </StoreProvider>,
    );
    const looks = selectLooks(store.getState());
    expect(looks.relations).toBeGreaterThan(LOD_BUDGET);
    act(() => store.getState().setMoving(true));
    const moving = selectLooks(store.getState());
    const fmt = (n: number) => n.toLocaleString('en');
    expect(moving.drawn).toBeLessThanOrEqual(LOD_BUDGET);
    expect(screen.getByTestId('status-lod')).toHaveTextContent(
      `showing the ${fmt(moving.drawn)} strongest of ${fmt(moving.relations)} relations`,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show all' }));
    expect(store.getState().showAllRelations).toBe(true);
    expect(selectLooks(store.getState()).drawn).toBe(moving.relations);
    expect(screen.getByTestId('status-lod')).toHaveTextContent('all relations drawn');
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Draw only the strongest while moving' }));
    expect(screen.getByTestId('status-lod')).toHaveTextContent('strongest of');
  });

  test('says nothing about hidden relations at rest, or on a small graph while moving', () => {
    const store = largeStore();
    render(
      <StoreProvider store={store}>
        <StatusLine />
      </StoreProvider>,
    );
    expect(screen.queryByTestId('status-lod')).toBeNull();
    cleanup();
    const small = createEntenteStore(syntheticDataset({ seed: 1, actors: 30, pairs: 100, events: 2000 }));
    render(
      <StoreProvider store={small}>
        <StatusLine />
      </StoreProvider>,
    );
    act(() => small.getState().setMoving(true));
    expect(screen.queryByTestId('status-lod')).toBeNull();
  });
});
