import { afterEach, describe, expect, it } from 'vitest';
import { importFiles, parseJsonSafe } from '../../../src/model/import';
import { MINI_JSON, datasetOf } from './helpers';

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = protoKeys();

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(protoKeys()).toEqual(before);
});

describe('JSON cannot pollute prototypes', () => {
  const hostile = MINI_JSON.replace(
    '"meta": {',
    '"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "meta": { "__proto__": {"polluted": 1},',
  ).replace('"id": "russia",', '"id": "russia", "__proto__": {"isAdmin": true},');

  it('drops __proto__/constructor/prototype keys, warns with their path and still loads', () => {
    const result = importFiles([{ name: 'evil.json', text: hostile }]);
    const dataset = datasetOf(result);
    const copy = { ...dataset.meta, ...dataset.actors[0] };
    expect((copy as Record<string, unknown>).polluted).toBeUndefined();
    expect((dataset.actors[0] as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(dataset.actors[0])).toBe(Object.prototype);
    expect(result.ok && result.warnings.map((w) => w.path).sort()).toEqual([
      '$.__proto__',
      '$.actors[0].__proto__',
      '$.constructor',
      '$.meta.__proto__',
    ]);
  });

  it('parseJsonSafe leaves no forbidden own keys at any depth', () => {
    const parsed = parseJsonSafe('[{"a":{"b":[{"__proto__":{"x":1},"prototype":2,"ok":3}]}}]', 'x.json');
    expect(parsed.ok && JSON.stringify(parsed.value)).toBe('[{"a":{"b":[{"ok":3}]}}]');
  });

  it('finds a forbidden key written with escapes, and leaves a file without any untouched', () => {
    const escaped = parseJsonSafe('{"a":[{"\\u005f_proto__":{"x":1},"ok":1}]}', 'x.json');
    expect(escaped.ok && JSON.stringify(escaped.value)).toBe('{"a":[{"ok":1}]}');
    expect(escaped.ok && escaped.warnings.map((w) => w.path)).toEqual(['$.a[0].__proto__']);
    const plain = parseJsonSafe('{"a":[{"b":"pro to type"}]}', 'x.json');
    expect(plain.ok && plain.warnings).toEqual([]);
  });

  it('a CSV citations cell with JSON is cleaned the same way', () => {
    const actors = 'id,kind,label\nrussia,country,Russia\npakistan,country,Pakistan\n';
    const events =
      'id,date,source,target,cameo,citations\n' +
      'e1,2003,russia,pakistan,04,"[{""source"":""s"",""__proto__"":{""polluted"":1}}]"\n';
    const result = importFiles([
      { name: 'actors.csv', text: actors },
      { name: 'events.csv', text: events },
    ]);
    expect(datasetOf(result).events[0].citations).toEqual([{ source: 's' }]);
  });

  it('tables with hostile headers and names stay plain data', () => {
    const text =
      'date,source,target,cameo,__proto__,constructor\n2001,__proto__,constructor,04,{"polluted":1},x\n';
    const ds = datasetOf(importFiles([{ name: '__proto__.csv', text }]));
    expect(ds.actors.map((a) => [a.id, a.labels[0].label])).toEqual([
      ['proto', '__proto__'],
      ['constructor', 'constructor'],
    ]);
    expect(ds.sources[0]).toEqual({ id: 'proto-csv', title: '__proto__.csv', kind: 'import' });
  });

  it('absurdly deep nesting is refused, not a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = importFiles([{ name: 'deep.json', text: deep }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0].message).toMatch(/nesting deeper than 64 at position 65/);
  });
});
