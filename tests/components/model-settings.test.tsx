// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { ModelSettings } from '../../src/components/filters/ModelSettings';
import { createEntenteStore, selectSnapshot, StoreProvider } from '../../src/store';
import { parseDate } from '../../src/model';
import { loadFixture } from '../model/fixture';

test('switching baselines off, or changing half-life, κ or the conflict weight re-scores the relations', async () => {
  const store = createEntenteStore(loadFixture(), parseDate('1971-12-10')!.start);
  render(
    <StoreProvider store={store}>
      <ModelSettings />
    </StoreProvider>,
  );
  const edge = () => selectSnapshot(store.getState()).edges.find((e) => e.id === 'rel:india~pakistan')!;
  const withWar = edge().score;
  await userEvent.click(screen.getByRole('checkbox', { name: /lasting states set a baseline/i }));
  // Without the war's baseline the tone is the events' weighted mean alone: less hostile.
  expect(edge().score).toBeGreaterThan(withWar);
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /half-life/i }), '12');
  expect(store.getState().index.options.halfLifeYears).toBe(12);
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /baseline \(κ\)/i }), '8');
  expect(store.getState().index.options.kappa).toBe(8);
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /conflict event/i }), '3');
  expect(store.getState().index.options.conflictWeight).toBe(3);
});
