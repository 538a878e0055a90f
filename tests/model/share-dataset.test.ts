import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  datasetFingerprint,
  decodeDatasetParams,
  encodeDatasetParams,
  isShareLink,
} from '../../src/model/share-dataset';

describe('the dataset a link names', () => {
  it('fingerprints are 16 hex digits, the same for the same text and different for a one-letter change', () => {
    const a = datasetFingerprint('{"meta":{"name":"A"},"events":[]}');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(datasetFingerprint('{"meta":{"name":"A"},"events":[]}')).toBe(a);
    expect(datasetFingerprint('{"meta":{"name":"B"},"events":[]}')).not.toBe(a);
    expect(datasetFingerprint('')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('no two of 20,000 distinct short texts share a fingerprint', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(datasetFingerprint(`{"n":${i}}`));
    expect(seen.size).toBe(20_000);
  });

  it('the built-in dataset writes nothing, and a link without ds means the built-in one', () => {
    expect(encodeDatasetParams(null)).toBe('');
    expect(decodeDatasetParams('?t=1971-12-03')).toEqual({ kind: 'built-in' });
    expect(isShareLink('')).toBe(false);
    expect(isShareLink('?t=1971')).toBe(true);
  });

  it('any name round-trips, cleaned of control and bidi characters and cut to 120', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (name) => {
        const fingerprint = datasetFingerprint(name);
        const decoded = decodeDatasetParams(`?${encodeDatasetParams({ fingerprint, name })}`);
        expect(decoded.kind).toBe('linked');
        if (decoded.kind !== 'linked') return;
        expect(decoded.dataset.fingerprint).toBe(fingerprint);
        expect(decoded.dataset.name.length).toBeLessThanOrEqual(120);
        // eslint-disable-next-line no-control-regex
        expect(decoded.dataset.name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(decoded.dataset.name.length).toBeGreaterThan(0);
      }),
    );
  });

  it('a malformed fingerprint is reported and not trusted', () => {
    for (const ds of ['', 'xyz', '0123456789ABCDEF', '0123456789abcdef0', 'constructor', '__proto__'])
      expect(decodeDatasetParams(`?ds=${encodeURIComponent(ds)}`)).toMatchObject({ kind: 'invalid' });
    const named = decodeDatasetParams('?ds=0123456789abcdef&dsname=%1B%5B2J%E2%80%AEevil');
    expect(named).toEqual({ kind: 'linked', dataset: { fingerprint: '0123456789abcdef', name: '[2Jevil' } });
    expect(decodeDatasetParams('?ds=0123456789abcdef')).toMatchObject({
      dataset: { name: 'an imported dataset' },
    });
  });
});
