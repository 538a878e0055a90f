// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AnalyticsPanel } from '../../src/components/analytics';
import { type Dataset, validateDataset } from '../../src/model';
import { createEntenteStore, StoreProvider } from '../../src/store';
import { day, renderWithStore } from './render';

// The fixture dates few events: a long memory (and no evidence floor) keeps its 1960s relations drawn in 1971.
const FIVE_YEAR_HALF_LIFE = { halfLifeYears: 5, minEvidence: 0 };

/** 2003: Moscow close to both New Delhi and Islamabad, who are hostile; Washington friendly to both. */
function rapprochement(): Dataset {
  const actor = (id: string, label: string) => ({ id, kind: 'country', labels: [{ label }] });
  const event = (id: string, source: string, target: string, score: number) => ({
    id,
    date: '2003-02',
    source,
    target,
    cameo: score > 0 ? '057' : '111',
    score,
    summary: `${source} and ${target}`,
    citations: [{ source: 'test' }],
  });
  const result = validateDataset({
    meta: { name: 'Rapprochement', span: { from: '2000', to: '2005' } },
    sources: [{ id: 'test', title: 'Test' }],
    actors: [
      actor('russia', 'Russia'),
      actor('india', 'India'),
      actor('pakistan', 'Pakistan'),
      actor('usa', 'United States'),
    ],
    events: [
      event('e1', 'russia', 'india', 9),
      event('e2', 'russia', 'pakistan', 8),
      event('e3', 'india', 'pakistan', -3),
      event('e4', 'usa', 'pakistan', 8),
      event('e5', 'usa', 'india', 8),
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

describe('the analytics panel', () => {
  test('shows balance, frustration and the two camps at the time shown, and toggles the camps view', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<AnalyticsPanel />, '1971-12-10');
    act(() => void store.getState().setEngineOptions(FIVE_YEAR_HALF_LIFE)); // the figures below assume it
    expect(screen.getByTestId('balance-index')).toHaveTextContent('100% of 1');
    expect(screen.getByTestId('frustration-value')).toHaveTextContent(/^0\.00 .*exact/);
    const camps = screen.getByTestId('camps');
    const campA = within(camps).getByText('Camp A').parentElement!;
    const campB = within(camps).getByText('Camp B').parentElement!;
    expect(within(campA).getByRole('button', { name: 'Soviet Union' })).toBeInTheDocument();
    expect(within(campA).getByRole('button', { name: 'India' })).toBeInTheDocument();
    expect(within(campB).getByRole('button', { name: 'Pakistan' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Camps view/ }));
    expect(store.getState().campsView).toBe(true);
  });

  test('names the ties that strain the camps and the unbalanced triangles once the exact split arrives', async () => {
    const store = createEntenteStore(rapprochement(), day('2003-06-01'));
    render(
      <StoreProvider store={store}>
        <AnalyticsPanel />
      </StoreProvider>,
    );
    // Without a worker (jsdom) the exact solve runs in this thread; the figure says when it is exact.
    expect(await screen.findByText(/, exact$/, {}, { timeout: 5000 })).toBeInTheDocument();
    const strained = screen.getByTestId('frustrated-ties');
    expect(strained).toHaveTextContent('India – Pakistan');
    expect(strained).toHaveTextContent('enemies in one camp');
    expect(screen.getByTestId('unbalanced-triangles')).toHaveTextContent('Russia – India – Pakistan');
  });

  test('plots balance and frustration over the whole span with the current time marked', async () => {
    const { store } = renderWithStore(<AnalyticsPanel />, '1971-12-10');
    const chart = await screen.findByTestId('series-chart');
    expect(chart).toHaveAccessibleName(/Balance and frustration from 1947 to 2012/);
    const x1 = Number(within(chart).getByTestId('series-now').getAttribute('x1'));
    store.getState().setTime(day('2000-01-01'));
    const x2 = Number((await screen.findByTestId('series-now')).getAttribute('x1'));
    expect(x2).toBeGreaterThan(x1);
    expect(screen.getByTestId('series-status')).toHaveTextContent('quarterly samples');
  });

  test('compares two dates: changes sorted by size, each with the events that explain it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<AnalyticsPanel />, '1990-01-01');
    act(() => void store.getState().setEngineOptions(FIVE_YEAR_HALF_LIFE));
    const a = screen.getByRole('textbox', { name: 'Date A' });
    const b = screen.getByRole('textbox', { name: 'Date B' });
    await user.clear(a);
    await user.type(a, '1972-01-01');
    await user.clear(b);
    await user.type(b, '2004-01-01');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(store.getState().compare).toEqual({ from: day('1972-01-01'), to: day('2004-01-01') });
    expect(store.getState().time).toBe(day('2004-01-01'));
    const table = screen.getByTestId('compare-table');
    const rows = within(table).getAllByRole('row').slice(1);
    // Under relation model v2 the two 1971 relations that fade out by 2004 are the largest changes.
    const kinds = rows.map((r) => r.getAttribute('data-kind'));
    expect(kinds.slice(0, 2)).toEqual(['vanished', 'vanished']);
    expect(kinds).toContain('flipped');
    const flipped = rows.find((r) => r.getAttribute('data-kind') === 'flipped')!;
    expect(flipped).toHaveTextContent('Pakistan – Russia');
    await user.click(within(flipped).getByRole('button', { name: /4 events/ }));
    expect(within(table).getByText(/sign cooperation agreements/)).toBeVisible();
    await user.click(within(flipped).getByRole('button', { name: 'Pakistan – Russia' }));
    expect(store.getState().selection).toEqual({ type: 'edge', id: 'rel:pakistan~russia' });
    act(() => store.getState().setTime(day('1980-01-01')));
    await user.click(screen.getByRole('button', { name: 'Show date B' }));
    expect(store.getState().time).toBe(day('2004-01-01'));
    await user.click(screen.getByRole('button', { name: 'Clear comparison' }));
    expect(store.getState().compare).toBeNull();
  });

  test('rejects a date it cannot read, and sizes nodes by a chosen metric', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<AnalyticsPanel />, '1971-12-10');
    const a = screen.getByRole('textbox', { name: 'Date A' });
    await user.clear(a);
    await user.type(a, 'last spring');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent('YYYY');
    expect(store.getState().compare).toBeNull();
    expect(
      within(screen.getByTestId('metrics-table')).getByRole('button', { name: 'India' }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /Size nodes by/ }), 'Hostile strength');
    expect(store.getState().sizeBy).toBe('negativeStrength');
  });
});
