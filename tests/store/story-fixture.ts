import type { Chapter, Dataset } from '../../src/model';
import { validateDataset } from '../../src/model';
import { loadFixture } from '../model/fixture';

/** The mini fixture with three chapters (one a window) and an opening date, validated like any import. */
export function storyFixture(meta: Partial<Dataset['meta']> = {}): Dataset {
  const base = loadFixture();
  const cite = [{ source: 'fixture', line: 1 }];
  const chapters: Chapter[] = [
    {
      id: 'pacts',
      title: 'The pacts',
      at: '1954-09',
      caption: 'Pakistan joins. Moscow frowns.',
      citations: cite,
      select: ['pakistan', 'seato'],
    },
    {
      id: 'war',
      title: 'War',
      at: '1971-12-03',
      caption: 'A treaty. Then war.',
      citations: cite,
      select: ['india'],
    },
    {
      id: 'visit',
      title: 'A visit',
      from: '1999-10',
      to: '2003-02-05',
      caption: 'A coup. A visit.',
      citations: cite,
    },
  ];
  const result = validateDataset({
    ...base,
    meta: { ...base.meta, openAt: '1971-08-09', ...meta },
    chapters,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}
