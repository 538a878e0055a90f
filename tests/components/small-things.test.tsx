// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { FilterScope } from '../../src/components/analytics/FilterScope';
import { Inspector } from '../../src/components/inspector/Inspector';
import { renderWithStore } from './render';

describe('the leader inspector', () => {
  test('calls a leader\'s span "Tenure" (the data holds the public role, not a life span)', () => {
    const { store } = renderWithStore(<Inspector />, '2001-01-01');
    act(() => store.getState().select({ type: 'node', id: 'musharraf' }));
    expect(screen.getByText('Tenure')).toBeInTheDocument();
    expect(screen.queryByText(/Life/)).not.toBeInTheDocument();
    act(() => store.getState().select({ type: 'node', id: 'india' }));
    expect(screen.getByText('Exists')).toBeInTheDocument();
  });
});

describe('analytics', () => {
  test('say which filters they honour, and name the ones on now that they do not apply', () => {
    const { store } = renderWithStore(<FilterScope />, '1971-12-10');
    const scope = screen.getByTestId('analytics-filter-scope');
    expect(scope).toHaveTextContent('Honours the Events counted filter');
    expect(scope).not.toHaveTextContent('Not applied here now');
    act(() =>
      store.getState().setFilters({
        kinds: { ...store.getState().filters.kinds, leader: false },
        signs: { positive: true, negative: false, neutral: true },
        minWeight: 0.25,
      }),
    );
    expect(scope).toHaveTextContent(
      'Not applied here now: hidden leaders, hidden hostile relations, the minimum weight 0.25.',
    );
  });
});
