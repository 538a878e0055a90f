/**
 * What issue 12 fixed in the bundled data, held in place: every state of the Pakistan-Russia story has
 * a leader on every day, lasting states are ties that cite the seeds, the Soviet invasion is a war on
 * the resistance (not on the Kabul government it installed), episodes stay within one pair, and an
 * intention never carried out weighs less than the cancellation that ended it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/build-dataset';
import { type Dataset, pairKey, parseDate, validateDataset } from '../../src/model';

const dataset = ((): Dataset => {
  const result = validateDataset(JSON.parse(readFileSync(join(REPO_ROOT, 'data/entente.json'), 'utf8')));
  if (!result.ok) throw new Error('data/entente.json does not validate');
  return result.dataset;
})();
const DAY_MS = 86_400_000;
const inForce = (t: { from?: string; to?: string }, day: number) =>
  (!t.from || parseDate(t.from)!.start <= day) && (!t.to || day <= parseDate(t.to)!.end);
const day = (iso: string) => parseDate(iso)!.start;

describe('leaders', () => {
  const leadership = dataset.ties.filter((t) => t.type === 'leadership');
  const spans = leadership.map((t) => ({
    tie: t,
    from: t.from ? parseDate(t.from)!.start : -Infinity,
    to: t.to ? parseDate(t.to)!.end : Infinity,
  }));
  const leadersOf = (state: string, at: number) =>
    spans.filter((s) => s.tie.target === state && s.from <= at && at <= s.to).map((s) => s.tie.source);

  it('gives Pakistan, India, the USSR/Russia, the US, China and Afghanistan a leader on every day to 2012', () => {
    const gaps: string[] = [];
    for (const state of ['pakistan', 'india', 'russia', 'usa', 'china', 'afghanistan']) {
      const first = day(state === 'china' ? '1949-10-01' : '1947-08-15');
      for (let d = first; d <= day('2012-12-31'); d += 7) {
        if (leadersOf(state, d).length === 0)
          gaps.push(`${state} ${new Date(d * DAY_MS).toISOString().slice(0, 10)}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('has Yahya Khan and Zia-ul-Haq leading Pakistan, with lower-case ids', () => {
    expect(leadersOf('pakistan', day('1970-06-01'))).toContain('yahya-khan');
    expect(leadersOf('pakistan', day('1984-06-01'))).toContain('zia-ul-haq');
    const bad = dataset.actors.filter((a) => a.kind === 'leader' && a.id !== a.id.toLowerCase());
    expect(bad).toEqual([]);
  });

  it("keeps Putin Prime Minister to his inauguration and breaks Sharif's first term for his 1993 dismissal", () => {
    expect(leadersOf('russia', day('2000-03-01'))).toContain('putin');
    const putinPm = leadership.find((t) => t.id === 'tie-lead-putin-pm-1999');
    expect(putinPm?.to).toBe('2000-05-07');
    expect(leadersOf('pakistan', day('1993-05-01'))).not.toContain('nawaz-sharif');
    expect(leadersOf('pakistan', day('1993-05-01'))).toContain('balakh-sher-mazari');
    expect(leadersOf('pakistan', day('1993-06-15'))).toContain('nawaz-sharif');
  });

  it('cites each leadership tie with a reference beyond the seeds that gives the tenure', () => {
    const seed = (source: string) => /^\d{3}_/.test(source);
    const undated = leadership.filter(
      (t) => !t.citations.some((c) => !seed(c.source) && /\d{4}/.test(c.note ?? '')),
    );
    expect(undated.map((t) => t.id)).toEqual([]);
  });
});

describe('lasting states', () => {
  const tiesOf = (a: string, b: string, type: string) =>
    dataset.ties.filter((t) => t.type === type && pairKey(t.source, t.target) === pairKey(a, b));

  it('cite at least one seed line besides general reference', () => {
    const types = new Set(['alignment', 'patronage', 'estrangement', 'proxy-contest']);
    const uncited = dataset.ties.filter(
      (t) => types.has(t.type) && !t.citations.some((c) => c.source !== 'general-reference'),
    );
    expect(uncited.map((t) => t.id)).toEqual([]);
  });

  it('code the Soviet invasion as war on the resistance and patronage of Kabul', () => {
    const hostile = dataset.events.filter(
      (e) => pairKey(e.source, e.target) === pairKey('russia', 'afghanistan') && e.score <= -7,
    );
    expect(hostile.map((e) => e.id)).toEqual([]);
    expect(tiesOf('russia', 'afghanistan', 'war')).toEqual([]);
    expect(tiesOf('russia', 'mujahideen', 'war').some((t) => inForce(t, day('1985-01-01')))).toBe(true);
    const patron = tiesOf('russia', 'afghanistan', 'patronage');
    expect(patron.some((t) => t.source === 'russia' && inForce(t, day('1985-01-01')))).toBe(true);
  });

  it('give the Indo-Soviet treaty a successor from the day it ends', () => {
    const treaties = tiesOf('russia', 'india', 'treaty');
    const soviet = treaties.find((t) => t.id === 'tie-indo-soviet-treaty')!;
    expect(treaties.some((t) => t !== soviet && t.from === soviet.to)).toBe(true);
  });

  it('name the patron as source: Pakistan of the Taliban, Russia of the Northern Alliance', () => {
    // two ties: the 1994-2001 backing and the covert support of the insurgency from 2003
    expect(tiesOf('pakistan', 'taliban', 'patronage').map((t) => t.source)).toEqual(['pakistan', 'pakistan']);
    expect(tiesOf('russia', 'northern-alliance', 'patronage').map((t) => t.source)).toEqual(['russia']);
  });
});

describe('events', () => {
  it('keep each episode within one pair', () => {
    const pairs = new Map<string, Set<string>>();
    for (const e of dataset.events)
      if (e.episode)
        pairs.set(e.episode, (pairs.get(e.episode) ?? new Set()).add(pairKey(e.source, e.target)));
    expect([...pairs].filter(([, p]) => p.size > 1).map(([ep]) => ep)).toEqual([]);
  });

  it('weigh an intention never carried out below the cancellation or snub that ended it', () => {
    const score = (id: string) => dataset.events.find((e) => e.id === id)!.score;
    expect(score('ev-2012-putin-plans-pakistan-visit')).toBeLessThan(
      -score('ev-2012-09-putin-cancels-pakistan-visit'),
    );
    expect(score('ev-1949-soviet-invites-liaquat')).toBeLessThan(
      -score('ev-1950-liaquat-shelves-moscow-visit'),
    );
  });

  it('drop the undated India-on-Chechnya event and never score a draft treaty as signed', () => {
    expect(dataset.events.find((e) => e.id === 'ev-2000-india-backs-russia-on-chechnya')).toBeUndefined();
    const drafts = dataset.events.filter((e) => /\bdraft\b/i.test(e.summary) && e.cameo.startsWith('057'));
    expect(drafts.map((e) => e.id)).toEqual([]);
  });
});
