import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/model/import';
import { ACTORS_CSV, EVENTS_CSV, GDELT, ICEWS, MINI_JSON } from './helpers';

describe('format detection', () => {
  it.each([
    ['data.json', MINI_JSON, 'entente-json'],
    ['export.csv', MINI_JSON, 'entente-json'],
    ['actors.csv', ACTORS_CSV, 'actors-csv'],
    ['people.txt', ACTORS_CSV, 'actors-csv'],
    ['events.csv', EVENTS_CSV, 'events-csv'],
    ['whatever.tsv', EVENTS_CSV.replaceAll(',', '\t'), 'events-csv'],
    ['semi.csv', EVENTS_CSV.replaceAll(',', ';'), 'events-csv'],
    ['icews.2003.tab', ICEWS, 'icews'],
    ['20121004.export.CSV', GDELT, 'gdelt'],
    ['20121004.json', GDELT, 'gdelt'],
    ['\uFEFFbom.csv', `\uFEFF${EVENTS_CSV}`, 'events-csv'],
    ['readme.md', '# hello', 'unknown'],
  ])('%s is read as %s (content first, name second)', (name, text, format) => {
    expect(detectFormat({ name, text })).toBe(format);
  });
});
