// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { Inspector } from '../../src/components/inspector/Inspector';
import { explainEdge, parseDate } from '../../src/model';
import { signed } from '../../src/components/inspector/format';
import { renderWithStore } from './render';

describe('the inspector', () => {
  test('tells the user to click something when nothing is selected', () => {
    renderWithStore(<Inspector />);
    expect(screen.getByText(/Nothing selected/)).toBeInTheDocument();
    expect(screen.getByText(/click a line between two actors/i)).toBeInTheDocument();
  });

  test('explains a relation: score, sign, weight, a chart and the events with citations', () => {
    const { store } = renderWithStore(<Inspector />, '1971-12-10');
    act(() => store.getState().select({ type: 'edge', id: 'rel:india~pakistan' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('India – and Pakistan');
    expect(screen.getByText('hostile')).toBeInTheDocument();
    // The war in force sets a baseline of -8 the one event's tone is shrunk toward.
    const why = explainEdge(store.getState().index, 'india', 'pakistan', '1971-12-10');
    expect(screen.getByText('Tone').nextElementSibling).toHaveTextContent(signed(why.score));
    expect(screen.getByText('Baseline').nextElementSibling).toHaveTextContent('−8.0');
    expect(screen.getByText('Strength').nextElementSibling).toHaveTextContent(why.weight.toFixed(2));
    expect(screen.getByText('Evidence').nextElementSibling).toHaveTextContent(why.evidence.toFixed(2));
    const standing = screen.getByRole('list', { name: 'Ties in force behind this relation' });
    expect(standing).toHaveTextContent('1971 war');
    expect(standing).toHaveTextContent(signed(why.baselineShare));
    const episodes = screen.getByRole('list', { name: 'Episodes behind this relation' });
    expect(episodes).toHaveTextContent(signed(why.episodes[0].share));
    // The parts the inspector lists add up to the tone it shows.
    const parts = why.episodes.reduce((sum, ep) => sum + ep.share, 0) + why.baselineShare;
    expect(parts).toBeCloseTo(why.score, 12);
    expect(
      screen.getByRole('img', { name: /Tone of India and Pakistan from 1947-01-01/ }),
    ).toBeInTheDocument();
    const events = within(screen.getByRole('list', { name: 'Events behind this relation' })).getAllByRole(
      'listitem',
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toHaveTextContent('1971-12-03');
    expect(events[0]).toHaveTextContent('India and Pakistan go to war.');
    expect(events[0]).toHaveTextContent('Test fixture, line 4');
  });

  test('follows time: contributions fade and events after t drop out', () => {
    const { store } = renderWithStore(<Inspector />, '2003-03-01');
    act(() => store.getState().select({ type: 'edge', id: 'rel:pakistan~russia' }));
    const list = () => within(screen.getByRole('list', { name: 'Events behind this relation' }));
    expect(list().getAllByRole('listitem')).toHaveLength(5);
    expect(list().getAllByRole('listitem')[0]).toHaveTextContent('sign cooperation agreements');
    act(() => store.getState().setTime(store.getState().time - 365 * 10));
    expect(list().getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText(/sign cooperation agreements/)).toBeNull();
  });

  test('describes a tie: type, parties, interval and sources', () => {
    const { store } = renderWithStore(<Inspector />, '1971-12-10');
    act(() => store.getState().select({ type: 'edge', id: 'tie:tie-war-1971' }));
    expect(screen.getByText('War')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('1971 war');
    expect(screen.getByText(/1971-12-03 – 1971-12-16/)).toBeInTheDocument();
    expect(screen.getByText('Test fixture')).toBeInTheDocument();
  });

  test('describes an actor: names over time, ties, friends and rivals, with links', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Inspector />, '1971-12-10');
    act(() => store.getState().select({ type: 'node', id: 'russia' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Soviet Union');
    expect(screen.getByText('Russia')).toBeInTheDocument();
    expect(screen.getByText(/until 1991-12-25/)).toBeInTheDocument();
    const friends = within(screen.getByRole('region', { name: 'Strongest friends now' }));
    await user.click(friends.getByRole('button', { name: 'India' }));
    expect(store.getState().selection).toEqual({ type: 'edge', id: 'rel:india~russia' });
  });

  test('says when an actor does not exist at the date', () => {
    const { store } = renderWithStore(<Inspector />, '1960-01-01');
    act(() => store.getState().select({ type: 'node', id: 'musharraf' }));
    expect(screen.getByText('Does not exist at this date.')).toBeInTheDocument();
    expect(screen.getByText(/Leads Pakistan/)).toBeInTheDocument();
  });
});

describe('evidence dates', () => {
  test('clicking an event date moves time to it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Inspector />, '2010-01-01');
    act(() => store.getState().select({ type: 'edge', id: 'rel:pakistan~russia' }));
    await user.click(screen.getByRole('button', { name: '2003-02-04' }));
    expect(store.getState().time).toBe(parseDate('2003-02-04')!.mid);
  });
});
