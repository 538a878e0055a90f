import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from '../../../src/cli/dataset-file';
import { gunzipText } from '../../../src/model/import';
import { runImportTask } from '../../../src/workers/import-task';
import { EVENTS_CSV, MINI_JSON, datasetOf, issuesOf } from './helpers';

const streamOf = (bytes: Uint8Array) => new Blob([bytes as BlobPart]).stream();
const TABLE = `date,source,target,cameo,score,count\n${'1985-11,usa,rus,04,2.35,312\n'.repeat(200)}`;

describe('gzip-compressed imports', () => {
  it('unpack to the text inside, as a stream', async () => {
    const result = await gunzipText(streamOf(gzipSync(MINI_JSON)), 'mini.json.gz');
    expect(result).toEqual({ ok: true, text: MINI_JSON });
  });

  it('stop unpacking past the limit and say so, naming the file and the limit in bytes', async () => {
    const result = await gunzipText(streamOf(gzipSync('x'.repeat(100_000))), 'bomb.json.gz', 50_000);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({
      file: 'bomb.json.gz',
      message: expect.stringMatching(/unpacks to more than 48\.8 KB \(50000 bytes\)/),
    });
  });

  it('refuse a truncated file with a clear message', async () => {
    const whole = gzipSync(MINI_JSON);
    const result = await gunzipText(streamOf(whole.subarray(0, whole.length - 20)), 'cut.json.gz');
    expect(!result.ok && result.issues[0].message).toMatch(/not a readable gzip file/);
  });

  it('import in the app from a .tsv.gz File; the upload limit counts the compressed bytes', async () => {
    const packed = gzipSync(TABLE);
    expect(packed.length).toBeLessThan(1_000);
    expect(TABLE.length).toBeGreaterThan(5_000);
    const file = new File([packed as BlobPart], 'monthly.csv.gz');
    const result = await runImportTask([file], undefined, { maxBytes: 1_000 });
    const ds = datasetOf(result);
    expect(ds.meta.name).toBe('monthly');
    expect(ds.events).toHaveLength(200);
    expect(ds.events[0]).toMatchObject({ source: 'usa', target: 'rus', count: 312 });
    const plain = await runImportTask([new File([TABLE], 'monthly.csv')], undefined, { maxBytes: 1_000 });
    expect(issuesOf(plain)[0].message).toMatch(/too large/);
  });

  it('import in the CLI from .json.gz and .csv.gz files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-gz-'));
    writeFileSync(join(dir, 'mini.json.gz'), gzipSync(MINI_JSON));
    writeFileSync(join(dir, 'events.csv.gz'), gzipSync(EVENTS_CSV));
    expect(datasetOf(loadDatasetFiles(join(dir, 'mini.json.gz'))).meta.name).toBe('Mini fixture');
    expect(datasetOf(loadDatasetFiles(join(dir, 'events.csv.gz'))).events).toHaveLength(2);
    writeFileSync(join(dir, 'broken.json.gz'), gzipSync(MINI_JSON).subarray(0, 30));
    expect(issuesOf(loadDatasetFiles(join(dir, 'broken.json.gz')))[0].message).toMatch(/gzip/);
  });
});
