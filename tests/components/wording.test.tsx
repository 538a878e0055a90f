// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { ProfileTie } from '../../src/model/actor-profile';
import type { Tie } from '../../src/model';
import { changeText } from '../../src/components/analytics/change-words';
import { campsFit } from '../../src/components/analytics/StructureSection';
import { ModelSettings } from '../../src/components/filters/ModelSettings';
import { readsSentence } from '../../src/components/inspector/format';
import { Inspector } from '../../src/components/inspector/Inspector';
import { describeTie } from '../../src/components/inspector/TieList';
import { clusterLabel } from '../../src/components/timebar/Markers';
import { renderWithStore } from './render';

const tie = (type: Tie['type'], label?: string, outgoing = true, otherLabel = 'Pakistan'): ProfileTie => ({
  tie: { id: 't', type, source: 'a', target: 'b', label, citations: [] } as unknown as Tie,
  span: { start: 0, end: 1 },
  other: 'b',
  otherLabel,
  outgoing,
  activeNow: true,
});

describe('plain words', () => {
  test('a minister is not who a country is led by; a labelled patronage is not named twice', () => {
    expect(describeTie(tie('leadership', 'Foreign Minister', false, 'Zulfikar Ali Bhutto'))).toBe(
      'Foreign Minister: Zulfikar Ali Bhutto',
    );
    expect(describeTie(tie('leadership', 'Foreign Minister', true))).toBe('Pakistan: Foreign Minister');
    expect(describeTie(tie('leadership', undefined, false, 'Ayub Khan'))).toBe('Led by Ayub Khan');
    expect(describeTie(tie('patronage', 'Pakistani (ISI) backing of the Taliban', true, 'Taliban'))).toBe(
      'Pakistani (ISI) backing of the Taliban',
    );
    expect(
      describeTie(tie('patronage', 'Soviet protection of the Kabul government', true, 'Afghanistan')),
    ).toBe('Soviet protection of the Kabul government (Afghanistan)');
  });

  test('markers on one day say so once; a span names both ends', () => {
    expect(clusterLabel([{ date: '1993-01-28' }, { date: '1993-01-28' }])).toBe('2 events on 1993-01-28');
    expect(clusterLabel([{ date: '1971-03-26' }, { date: '1971-12-16' }])).toBe(
      '2 events, 1971-03-26 to 1971-12-16',
    );
  });

  test('Compare says a neutral relation turned friendly or hostile, and only a new one began', () => {
    const at = (score: number) => ({ score, sign: Math.sign(score) as -1 | 0 | 1, weight: 0.5 });
    expect(changeText({ kind: 'appeared', before: at(0), after: at(-3) })).toBe('turned hostile');
    expect(changeText({ kind: 'appeared', before: at(0), after: at(2) })).toBe('turned cooperative');
    expect(changeText({ kind: 'appeared', before: null, after: at(2) })).toBe('began');
    expect(changeText({ kind: 'vanished', before: at(2), after: at(0) })).toBe('turned neutral');
    expect(changeText({ kind: 'vanished', before: at(2), after: null })).toBe('ended');
  });

  test('the camps and the relation read in words before any figure', () => {
    expect(campsFit(0, 9, true)).toBe(
      'Two camps explain all 9 friendly and hostile ties: friends together, rivals apart.',
    );
    expect(campsFit(2, 9, false)).toMatch(/^At most 2 of 9 ties go against the best split into two camps/);
    expect(readsSentence({ sign: -1, weight: 0.9, confidence: 0.8 })).toBe(
      'Reads hostile, strong, well documented.',
    );
    expect(readsSentence({ sign: 1, weight: 0.2, confidence: 0.1 })).toBe(
      'Reads cooperative, weak, thinly documented.',
    );
  });

  test('the relation inspector leads with words and keeps the formula behind "How is this computed?"', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Inspector />, '1971-12-10');
    act(() => store.getState().select({ type: 'edge', id: 'rel:india~pakistan' }));
    expect(screen.getByTestId('relation-reads')).toHaveTextContent(
      /^Reads hostile, (strong|moderate|weak), /,
    );
    const how = screen.getByText('How is this computed?');
    const formula = screen.getByTestId('tone-formula');
    expect(formula).not.toBeVisible();
    await user.click(how);
    expect(formula).toBeVisible();
    expect(formula).toHaveTextContent(/halves every \d+ years?\./);
    expect(screen.queryByText(/What makes it/)).toBeNull();
  });

  test('the half-life picker says "1 year", not "1 years"', () => {
    renderWithStore(<ModelSettings />);
    const picker = screen.getByRole('combobox', { name: 'Half-life of an event' });
    expect(within(picker).getByRole('option', { name: '1 year' })).toBeInTheDocument();
    expect(within(picker).getByRole('option', { name: /^2 years/ })).toBeInTheDocument();
  });
});
