import { describe, expect, it } from 'vitest';
import { indexDataset, spanGraph, initialPlacement } from '../../src/model';
import { syntheticDataset } from '../../src/model/synthetic';
import { layoutClient, type LayoutPort } from '../../src/workers/layout-client';
import type { LayoutReply, LayoutRequest, LayoutStart } from '../../src/workers/layout-protocol';
import { nextTurn, runLayoutJob } from '../../src/workers/layout-task';

const graph = spanGraph(indexDataset(syntheticDataset({ seed: 3, actors: 40, pairs: 90, events: 400 })));
const start = initialPlacement(graph);

/** A worker stand-in: records what the client sends and lets the test reply, in any order. */
function fakeWorker() {
  const sent: LayoutRequest[] = [];
  const listeners = new Map<string, Set<EventListener>>();
  const port: LayoutPort = {
    postMessage: (m: LayoutRequest) => void sent.push(m),
    addEventListener: (type: string, l: EventListener) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(l);
    },
    removeEventListener: (type: string, l: EventListener) => void listeners.get(type)?.delete(l),
  } as LayoutPort;
  const reply = (data: LayoutReply) =>
    listeners.get('message')?.forEach((l) => l({ data } as unknown as Event));
  const fail = () => listeners.get('error')?.forEach((l) => l(new Event('error')));
  return { port, sent, reply, fail };
}

const xy = (v: number) => Float32Array.from({ length: graph.ids.length * 2 }, () => v);

describe('the layout job (worker side)', () => {
  it('posts progress after every slice until done, the last with done === total', async () => {
    const posted: LayoutReply[] = [];
    const job: LayoutStart = { type: 'start', id: 7, graph, start, iterations: 30, slice: 10 };
    await runLayoutJob(job, { post: (r) => posted.push(r), stopped: () => false, pause: nextTurn });
    expect(posted.map((r) => (r.type === 'progress' ? r.done : -1))).toEqual([10, 20, 30]);
    const last = posted.at(-1)!;
    expect(last.type === 'progress' && last.total).toBe(30);
    expect(last.type === 'progress' && last.xy.every(Number.isFinite)).toBe(true);
    expect(posted.every((r) => r.id === 7)).toBe(true);
  });

  it('posts no faster than the interval asks, but always the last positions', async () => {
    const posted: LayoutReply[] = [];
    const job: LayoutStart = {
      type: 'start',
      id: 3,
      graph,
      start,
      iterations: 30,
      slice: 1,
      interval: 60_000,
    };
    await runLayoutJob(job, { post: (r) => posted.push(r), stopped: () => false, pause: async () => {} });
    expect(posted.map((r) => (r.type === 'progress' ? r.done : -1))).toEqual([1, 30]);
  });

  it('stops between slices once cancelled, posting nothing more', async () => {
    const posted: LayoutReply[] = [];
    let stopped = false;
    const job: LayoutStart = { type: 'start', id: 1, graph, start, iterations: 100, slice: 10 };
    await runLayoutJob(job, {
      post: (r) => {
        posted.push(r);
        if (posted.length === 2) stopped = true;
      },
      stopped: () => stopped,
      pause: nextTurn,
    });
    expect(posted).toHaveLength(2);
  });

  it('keeps fixed actors exactly where they started', async () => {
    const fixed = new Uint8Array(graph.ids.length);
    fixed[0] = 1;
    fixed[5] = 1;
    let last: Float32Array | null = null;
    const job: LayoutStart = { type: 'start', id: 2, graph, start, fixed, iterations: 40, slice: 40 };
    await runLayoutJob(job, {
      post: (r) => void (r.type === 'progress' && (last = r.xy)),
      stopped: () => false,
      pause: nextTurn,
    });
    for (const i of [0, 5])
      expect([last![2 * i], last![2 * i + 1]]).toEqual([start[2 * i], start[2 * i + 1]]);
    expect(last![2] !== start[2] || last![3] !== start[3]).toBe(true);
  });
});

describe('the layout client (page side)', () => {
  it('hands progress on and resolves with the final positions', async () => {
    const w = fakeWorker();
    const seen: number[] = [];
    const job = layoutClient(() => w.port).start(graph, start, {
      onProgress: (_xy, done) => seen.push(done),
    });
    const { id } = w.sent[0] as LayoutStart;
    w.reply({ type: 'progress', id, done: 150, total: 300, xy: xy(1) });
    w.reply({ type: 'progress', id, done: 300, total: 300, xy: xy(2) });
    expect(seen).toEqual([150, 300]);
    expect((await job.result)![0]).toBe(2);
  });

  it('cancel tells the worker, resolves to null and ignores the job’s later messages', async () => {
    const w = fakeWorker();
    const seen: number[] = [];
    const job = layoutClient(() => w.port).start(graph, start, {
      onProgress: (_xy, done) => seen.push(done),
    });
    const { id } = w.sent[0] as LayoutStart;
    job.cancel();
    expect(w.sent[1]).toEqual({ type: 'cancel', id });
    w.reply({ type: 'progress', id, done: 300, total: 300, xy: xy(1) });
    expect(await job.result).toBeNull();
    expect(seen).toEqual([]);
  });

  it('a newer job replaces the old one: stale results never reach the page', async () => {
    const w = fakeWorker();
    const client = layoutClient(() => w.port);
    const seen: string[] = [];
    const old = client.start(graph, start, { onProgress: () => seen.push('old') });
    const fresh = client.start(graph, start, { onProgress: () => seen.push('new') });
    const [first, cancel, second] = w.sent as [LayoutStart, LayoutRequest, LayoutStart];
    expect(cancel).toEqual({ type: 'cancel', id: first.id });
    w.reply({ type: 'progress', id: first.id, done: 300, total: 300, xy: xy(9) });
    w.reply({ type: 'progress', id: second.id, done: 300, total: 300, xy: xy(4) });
    expect(await old.result).toBeNull();
    expect((await fresh.result)![0]).toBe(4);
    expect(seen).toEqual(['new']);
  });

  it('a worker that fails ends the job without a result', async () => {
    const w = fakeWorker();
    const job = layoutClient(() => w.port).start(graph, start);
    w.fail();
    expect(await job.result).toBeNull();
  });

  it('runs in this thread when no worker can start, with the same protocol', async () => {
    const seen: number[] = [];
    const job = layoutClient(() => null).start(graph, start, {
      iterations: 20,
      slice: 10,
      interval: 0,
      onProgress: (_xy, done) => seen.push(done),
    });
    const result = await job.result;
    expect(seen).toEqual([10, 20]);
    expect(result).toHaveLength(graph.ids.length * 2);
  });
});
