import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Dataset, indexDataset, readChapterClaims, validateDataset } from '../../src/model';
import { loadFixture } from './fixture';

const bundled = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/entente.json', import.meta.url)), 'utf8'),
) as Dataset;

/** The dataset with one chapter making these claims, validated. */
const withClaims = (ds: Dataset, claims: unknown[]) =>
  validateDataset({
    ...ds,
    chapters: [
      { id: 'c', title: 'T', at: '1971', caption: 'One.', citations: ds.events[0].citations, claims },
    ],
  });

describe('the story has no false line (issue 19 point 3)', () => {
  const index = indexDataset(bundled);
  const chapters = bundled.chapters ?? [];

  it.each(chapters.map((c) => [c.id, c] as const))(
    'chapter %s: every relation its caption names reads as the caption says',
    (_, chapter) => {
      expect(chapter.claims?.length ?? 0).toBeGreaterThan(0);
      const wrong = readChapterClaims(index, chapter)
        .filter((r) => !r.holds)
        .map(
          (r) =>
            `${r.claim.pair.join('–')}: caption says ${r.claim.expect}, graph reads sign ${r.sign} (${r.score?.toFixed(2) ?? 'no relation'})`,
        );
      expect(wrong).toEqual([]);
    },
  );

  it('no caption repeats a retracted claim', () => {
    const captions = chapters.map((c) => c.caption).join('\n');
    expect(captions).not.toMatch(/first Russian head of government/);
    expect(captions).not.toMatch(/first official visit by a Pakistani leader to Moscow since Bhutto/);
  });

  it('a claim naming an actor the dataset lacks is a validation error at its path', () => {
    const ds = loadFixture();
    const actor = ds.actors[0].id;
    const result = withClaims(ds, [{ pair: [actor, 'nobody'], expect: 'friendly' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('$.chapters[0].claims[0].pair[1]');
  });

  it('an unknown expectation is rejected by the schema', () => {
    const ds = loadFixture();
    const result = withClaims(ds, [{ pair: ['a', 'b'], expect: 'warm' }]);
    expect(result.ok).toBe(false);
  });
});
