import { describe, expect, it } from 'vitest';
import { exportDataset } from '../../../src/model/import';
import { MINI_JSON, datasetOf, importOne, issuesOf } from './helpers';

const withStory = (chapters: unknown[], openAt = '1971-08') =>
  JSON.stringify(
    { ...JSON.parse(MINI_JSON), meta: { ...JSON.parse(MINI_JSON).meta, openAt }, chapters },
    null,
    2,
  );

const CHAPTER = {
  id: 'war',
  title: 'War',
  at: '1971-12',
  caption: 'A treaty. Then war.',
  citations: [{ source: 'fixture', line: 4 }],
  select: ['india', 'pakistan'],
};

describe('importing a JSON dataset with a story', () => {
  it('keeps its chapters and opening date, and exports them back unchanged', () => {
    const dataset = datasetOf(importOne('story.json', withStory([CHAPTER])));
    expect(dataset.meta.openAt).toBe('1971-08');
    expect(dataset.chapters).toEqual([CHAPTER]);
    const again = datasetOf(importOne('again.json', exportDataset(dataset)));
    expect(again).toEqual(dataset);
  });

  it('names the file, line and field of a chapter that points at nothing', () => {
    const text = withStory([{ ...CHAPTER, select: ['india', 'narnia'] }]);
    const [issue] = issuesOf(importOne('story.json', text));
    expect(issue).toMatchObject({ file: 'story.json', path: '$.chapters[0].select[1]' });
    expect(issue.message).toMatch(/unknown actor id "narnia"/);
    expect(issue.line).toBe(text.split('\n').findIndex((l) => l.includes('"narnia"')) + 1);
  });

  it('refuses an opening date that is not a day in the calendar', () => {
    const [issue] = issuesOf(importOne('story.json', withStory([], '1971-02-30')));
    expect(issue).toMatchObject({ path: '$.meta.openAt', field: 'openAt' });
  });
});
