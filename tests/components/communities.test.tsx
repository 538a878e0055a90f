// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Inspector } from '../../src/components/inspector/Inspector';
import { StatusLine } from '../../src/components/StatusLine';
import { foldableCount } from '../../src/model';
import { syntheticDataset } from '../../src/model/synthetic';
import {
  COMMUNITY_THRESHOLD,
  GROUP_BY_DEFAULT_THRESHOLD,
  StoreProvider,
  createEntenteStore,
  selectAwaitingGroups,
  selectCommunities,
  selectGroupedView,
  selectVisibleSnapshot,
} from '../../src/store';
import { loadFixture } from '../model/fixture';

afterEach(cleanup);

const fmt = (n: number) => n.toLocaleString('en');

/** About 1,800 actors present mid-span: above the grouping threshold. */
function largeStore() {
  const store = createEntenteStore(syntheticDataset({ seed: 3, actors: 2000, pairs: 6000, events: 9000 }));
  const { start, end } = store.getState().index.span;
  store.getState().setTime(Math.round(start + (end - start) * 0.6));
  return store;
}

function renderPanels(store: ReturnType<typeof largeStore>) {
  render(
    <StoreProvider store={store}>
      <StatusLine />
      <Inspector />
    </StoreProvider>,
  );
}

describe('grouping a large graph into communities', () => {
  test('a large set opens grouped and says so; Ungroup all ends it and it does not come back', async () => {
    const store = largeStore();
    const present = selectVisibleSnapshot(store.getState()).nodes.length;
    expect(present).toBeGreaterThan(GROUP_BY_DEFAULT_THRESHOLD);
    renderPanels(store);
    await screen.findByText(/\(large set\)/);
    const notice = screen.getByTestId('status-communities');
    const n = foldableCount(selectCommunities(store.getState())!);
    expect(store.getState()).toMatchObject({ grouped: true, groupedByDefault: true });
    expect(notice).toHaveTextContent(`grouped into ${fmt(n)} communities`);
    const user = userEvent.setup();
    await user.click(
      within(screen.getByTestId('status-communities')).getByRole('button', { name: 'Ungroup all' }),
    );
    expect(store.getState()).toMatchObject({ grouped: false, groupedByDefault: false });
    // Decided once per dataset: time moving on (more actors) does not group it again.
    act(() => store.getState().setTime(store.getState().time + 365));
    await act(() => store.getState().groupByDefault(present + 1));
    expect(store.getState().grouped).toBe(false);
    expect(screen.getByRole('button', { name: `Group into ${fmt(n)} communities` })).toBeInTheDocument();
  });

  test('while the communities of a large set are found, the graph waits and the status line says why', async () => {
    const store = largeStore();
    // As it opens, before anything is decided: nothing actor-by-actor is worth drawing.
    expect(selectAwaitingGroups(store.getState())).toBe(true);
    renderPanels(store);
    expect(screen.getByTestId('status-grouping')).toHaveTextContent(/grouping it into communities/);
    await screen.findByText(/\(large set\)/);
    expect(selectAwaitingGroups(store.getState())).toBe(false);
    expect(screen.queryByTestId('status-grouping')).toBeNull();
    // Ungrouped by the user: the actors are drawn, not waited for again.
    act(() => store.getState().ungroupAll());
    expect(selectAwaitingGroups(store.getState())).toBe(false);
  });

  test('a large set opened later seeks its communities at once, with no panel mounted', async () => {
    const store = createEntenteStore(loadFixture());
    await store.getState().setDataset(syntheticDataset({ seed: 3, actors: 2000, pairs: 6000, events: 9000 }));
    expect(selectAwaitingGroups(store.getState())).toBe(true);
    await vi.waitFor(() => expect(store.getState()).toMatchObject({ grouped: true, groupedByDefault: true }));
    expect(selectAwaitingGroups(store.getState())).toBe(false);
  });

  test('a small set never waits for communities', () => {
    const store = createEntenteStore(loadFixture());
    expect(selectAwaitingGroups(store.getState())).toBe(false);
  });

  test('a set that never has more actors present than the threshold stays ungrouped', async () => {
    const actors = GROUP_BY_DEFAULT_THRESHOLD - 100;
    const store = createEntenteStore(syntheticDataset({ seed: 3, actors, pairs: 2000, events: 3000 }));
    await store.getState().groupByDefault(10);
    expect(store.getState().grouped).toBe(false);
    // Decided once, as it opened.
    await store.getState().groupByDefault(GROUP_BY_DEFAULT_THRESHOLD + 500);
    expect(store.getState().grouped).toBe(false);
  });

  test('a large set that opens on a quiet day still opens grouped (its peak decides)', async () => {
    const store = createEntenteStore(syntheticDataset({ seed: 3, actors: 2000, pairs: 6000, events: 9000 }));
    await store.getState().groupByDefault(5);
    expect(store.getState()).toMatchObject({ grouped: true, groupedByDefault: true });
  });

  test('the status line offers it, the inspector expands and collapses, Ungroup all ends it', async () => {
    const store = largeStore();
    expect(selectVisibleSnapshot(store.getState()).nodes.length).toBeGreaterThan(COMMUNITY_THRESHOLD);
    // The user already ungrouped the default grouping of this dataset: the offer flow from there.
    store.setState({ defaultGroupingFor: store.getState().dataset });
    renderPanels(store);
    // Found in a worker (here, without workers, right away): the offer names how many.
    const offer = await screen.findByRole('button', { name: /^Group into [\d,]+ communities$/ });
    const n = foldableCount(selectCommunities(store.getState())!);
    expect(offer).toHaveTextContent(`Group into ${fmt(n)} communities`);
    const user = userEvent.setup();
    await user.click(offer);
    expect(store.getState().grouped).toBe(true);
    const notice = screen.getByTestId('status-communities');
    expect(notice).toHaveTextContent(`grouped into ${fmt(n)} communities`);

    // A meta-node clicked on the graph: the inspector names the community and lists its members.
    act(() => store.getState().inspectCommunity(0));
    const panel = screen.getByRole('article', { name: /^Community: / });
    const members = selectCommunities(store.getState())!.communities[0].members;
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toMatch(/ and \d+ others$/);
    expect(within(panel).getAllByRole('listitem').length).toBeGreaterThan(0);
    const folded = selectGroupedView(store.getState())!;
    expect(folded.meta.some((m) => m.community === 0)).toBe(true);

    await user.click(within(panel).getByRole('button', { name: 'Expand' }));
    expect(store.getState().expandedCommunities.has(0)).toBe(true);
    expect(notice).toHaveTextContent('(1 expanded)');
    const open = selectGroupedView(store.getState())!;
    expect(open.meta.some((m) => m.community === 0)).toBe(false);
    const present = new Set(open.actors.map((a) => a.id));
    expect(members.filter((m) => present.has(m)).length).toBe(
      folded.meta.find((m) => m.community === 0)!.members.length,
    );

    await user.click(within(panel).getByRole('button', { name: 'Collapse' }));
    expect(store.getState().expandedCommunities.size).toBe(0);

    await user.click(within(notice).getByRole('button', { name: 'Ungroup all' }));
    expect(store.getState().grouped).toBe(false);
    expect(screen.getByRole('button', { name: `Group into ${fmt(n)} communities` })).toBeInTheDocument();
  });

  test('scrubbing keeps the communities; a new dataset starts ungrouped', async () => {
    const store = largeStore();
    store.getState().groupCommunities();
    expect(store.getState().grouped).toBe(false);
    await store.getState().findCommunities();
    const before = selectCommunities(store.getState());
    expect(before).not.toBeNull();
    store.getState().groupCommunities();
    store.getState().expandCommunity(1);
    store.getState().setTime(store.getState().time + 3650);
    expect(selectCommunities(store.getState())).toBe(before);
    expect(store.getState().grouped).toBe(true);
    expect(store.getState().expandedCommunities.has(1)).toBe(true);
    await store.getState().setDataset(loadFixture());
    expect(store.getState().grouped).toBe(false);
    expect(store.getState().expandedCommunities.size).toBe(0);
    expect(store.getState().communities).toBeNull();
  });

  test('a small dataset is not offered grouping', () => {
    const store = createEntenteStore(loadFixture());
    renderPanels(store);
    expect(screen.queryByTestId('status-communities')).toBeNull();
  });
});
