import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES, type ImportProgress } from '../../src/model/import';
import { importInBackground } from '../../src/workers/import-client';
import type { ImportReply } from '../../src/workers/import-protocol';
import { ACTORS_CSV, EVENTS_CSV, MINI_JSON } from '../model/import/helpers';

afterEach(() => vi.unstubAllGlobals());

describe('importing off the main thread', () => {
  it('falls back to this thread where no Worker exists, reading File objects and reporting progress', async () => {
    expect(typeof Worker).toBe('undefined');
    const progress: ImportProgress[] = [];
    const files = [new File([ACTORS_CSV], 'actors.csv'), new File([EVENTS_CSV], 'events.csv')];
    const result = await importInBackground(files, (p) => progress.push(p));
    expect(result.ok && result.dataset.events).toHaveLength(2);
    expect(progress.map((p) => p.phase)).toEqual(
      expect.arrayContaining(['checking', 'parsing', 'validating']),
    );
    expect(progress.at(-1)).toMatchObject({ phase: 'validating', fraction: 1 });
  });

  it('refuses an oversized file from its size, before reading it', async () => {
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const text = vi.spyOn(file, 'text');
    const result = await importInBackground([file]);
    expect(!result.ok && result.issues[0].message).toMatch(/too large/);
    expect(text).not.toHaveBeenCalled();
  });

  it('a custom size limit reaches the importer (stored datasets pass Infinity)', async () => {
    const small = await importInBackground([{ name: 'mini.json', text: MINI_JSON }], undefined, {
      maxBytes: 100,
    });
    expect(!small.ok && small.issues[0].message).toMatch(/too large: .* the limit is 100 bytes \(100 B\)/);
    const file = new File([MINI_JSON], 'mini.json');
    expect((await importInBackground([file], undefined, { maxBytes: 100 })).ok).toBe(false);
    const open = await importInBackground([file], undefined, { maxBytes: Number.POSITIVE_INFINITY });
    expect(open.ok).toBe(true);
  });

  it('the worker hands the dataset over (events, then the rest) before it serialises and fingerprints it', async () => {
    const replies: ImportReply[] = [];
    const scope: { onmessage: ((e: MessageEvent) => void) | null; postMessage: (m: ImportReply) => void } = {
      onmessage: null,
      postMessage: (m) => replies.push(m),
    };
    vi.stubGlobal('self', scope);
    await import('../../src/workers/import.worker');
    scope.onmessage!({
      data: {
        type: 'import',
        id: 7,
        inputs: [{ name: 'mini.json', text: MINI_JSON }],
        options: {},
        store: true,
      },
    } as MessageEvent);
    await vi.waitFor(() => expect(replies.at(-1)?.type).toBe('stored'));
    expect(replies.every((r) => r.id === 7)).toBe(true);
    const kinds = replies.map((r) => r.type).filter((t) => t !== 'progress');
    expect(kinds).toEqual(['events', 'done', 'stored']);
    const done = replies.find((r) => r.type === 'done')!;
    expect(done.type === 'done' && done.result.ok && done.result.head.meta.name).toBe('Mini fixture');
    const stored = replies.at(-1)!;
    const json = stored.type === 'stored' ? JSON.parse(await stored.datasetJson.text()) : null;
    expect(json.meta.name).toBe('Mini fixture');
    expect(stored.type === 'stored' && stored.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(replies.filter((r) => r.type === 'progress').length).toBeGreaterThan(0);

    // Re-checking a saved dataset that already has its stored form: no second serialisation.
    replies.length = 0;
    scope.onmessage!({
      data: {
        type: 'import',
        id: 8,
        inputs: [{ name: 'mini.json', text: MINI_JSON }],
        options: {},
        store: false,
      },
    } as MessageEvent);
    await vi.waitFor(() => expect(replies.at(-1)?.type).toBe('done'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replies.some((r) => r.type === 'stored')).toBe(false);
  });
});
