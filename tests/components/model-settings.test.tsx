// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { ModelSettings } from '../../src/components/filters/ModelSettings';
import { createEntenteStore, selectSnapshot, StoreProvider } from '../../src/store';
import { parseDate } from '../../src/model';
import { loadFixture } from '../model/fixture';

test('changing the half-life or the standing ties re-scores the relations', async () => {
  const store = createEntenteStore(loadFixture(), parseDate('1971-12-10')!.start);
  render(
    <StoreProvider store={store}>
      <ModelSettings />
    </StoreProvider>,
  );
  const score = () =>
    selectSnapshot(store.getState()).edges.find((e) => e.id === 'rel:india~pakistan')!.score;
  const withWar = score();
  await userEvent.click(screen.getByRole('checkbox', { name: /in force count/ }));
  expect(score()).toBeCloseTo(withWar + 10, 6);
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /half-life/i }), '12');
  expect(store.getState().index.options.halfLifeYears).toBe(12);
});
