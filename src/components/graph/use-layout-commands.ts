import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { actorIdOf, cyNodeId } from '../../graph/elements';
import { animatePositions, readPositions, xyToPositions } from '../../graph/positions';
import { formatDay } from '../../model';
import { positionsToRecord } from '../../model/span-layout/positions-field';
import { LINK_FRIEND, LINK_MEMBER, LINK_RIVAL, type SpanGraph } from '../../model/span-layout/span-graph';
import { useEntente, type EntenteStore } from '../../store';
import { spanLayoutClient } from '../../workers/layout-client-instance';
import { type LayoutRefs, layoutCache } from './layout-refs';

/** Fewer iterations than the span layout: it starts from the current places and only tidies them. */
const ARRANGE_ITERATIONS = 150;

/** The graph on screen now (actors present at t and the relations and ties drawn between them). */
export function graphOnScreen(cy: Core): SpanGraph {
  const nodes = cy.nodes().not('.absent');
  const ids = nodes.map((n) => actorIdOf(n.id()));
  const slot = new Map(ids.map((id, i) => [id, i]));
  const links: [number, number, number, number][] = [];
  cy.edges().forEach((edge) => {
    const a = slot.get(actorIdOf(edge.data('source') as string));
    const b = slot.get(actorIdOf(edge.data('target') as string));
    if (a === undefined || b === undefined || a === b) return;
    const kind = edge.data('kind') as string;
    const sign = Number(edge.data('sign'));
    const type =
      kind === 'membership' || kind === 'leadership' ? LINK_MEMBER : sign < 0 ? LINK_RIVAL : LINK_FRIEND;
    links.push([a, b, type, Math.min(1, Math.max(0.1, Number(edge.data('w')) || 0.5))]);
  });
  return {
    ids,
    kinds: nodes.map((n) => n.data('kind')),
    source: Int32Array.from(links, (l) => l[0]),
    target: Int32Array.from(links, (l) => l[1]),
    type: Uint8Array.from(links, (l) => l[2]),
    weight: Float32Array.from(links, (l) => l[3]),
  };
}

/** Same centre and spread as `before`, so an arrangement reads as a tidy-up of the same map. */
function keepFrame(before: Float32Array, after: Float32Array): Float32Array {
  const n = before.length / 2;
  const stats = (xy: Float32Array) => {
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < n; i++) [cx, cy] = [cx + xy[2 * i] / n, cy + xy[2 * i + 1] / n];
    let r = 0;
    for (let i = 0; i < n; i++) r += Math.hypot(xy[2 * i] - cx, xy[2 * i + 1] - cy) / n;
    return { cx, cy, r: r || 1 };
  };
  const a = stats(before);
  const b = stats(after);
  const out = new Float32Array(after.length);
  for (let i = 0; i < n; i++) {
    out[2 * i] = a.cx + ((after[2 * i] - b.cx) * a.r) / b.r;
    out[2 * i + 1] = a.cy + ((after[2 * i + 1] - b.cy) * a.r) / b.r;
  }
  return out;
}

/**
 * Carries out the layout commands of the store: Cancel (the running layout stops where it got to),
 * "Arrange for this date" (the actors present at t re-laid from where they are, animated) and Undo
 * (the positions before the last re-layout or arrangement come back, animated). Ctrl/⌘+Z undoes too,
 * unless the focus is in a text field.
 */
export function useLayoutCommands(refs: LayoutRefs, store: EntenteStore) {
  const command = useEntente((s) => s.layoutCommand);

  useEffect(() => {
    const cy = refs.cy.current;
    if (!command || !cy) return;
    const state = store.getState();
    if (command.kind === 'cancel') refs.job.current?.cancel();
    if (command.kind === 'undo' && refs.undo.current) {
      refs.job.current?.cancel();
      const { positions, moved } = refs.undo.current;
      refs.undo.current = null;
      refs.positions.current = new Map(positions);
      state.setMovedPositions(moved);
      state.setLayoutUndo(null);
      void layoutCache()
        .saveMoved(refs.key.current, positionsToRecord(moved))
        .catch(() => undefined);
      void animatePositions(cy, positions);
    }
    if (command.kind === 'arrange') void arrange(cy, refs, store);
  }, [command, refs, store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (!store.getState().layoutUndo) return;
      event.preventDefault();
      store.getState().undoLayout();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

async function arrange(cy: Core, refs: LayoutRefs, store: EntenteStore) {
  const graph = graphOnScreen(cy);
  if (graph.ids.length < 2) return;
  refs.job.current?.cancel();
  const before = new Float32Array(graph.ids.length * 2);
  graph.ids.forEach((id, i) => {
    const p = cy.getElementById(cyNodeId(id)).position();
    before[2 * i] = p.x;
    before[2 * i + 1] = p.y;
  });
  const status = { purpose: 'date' as const, done: 0, total: ARRANGE_ITERATIONS, actors: graph.ids.length };
  store.getState().setLayoutStatus(status);
  const job = spanLayoutClient.start(graph, before, {
    iterations: ARRANGE_ITERATIONS,
    slice: 15,
    onProgress: (_xy, done, total) => store.getState().setLayoutStatus({ ...status, done, total }),
  });
  refs.job.current = job;
  const xy = await job.result;
  if (refs.job.current === job) refs.job.current = null;
  store.getState().setLayoutStatus(null);
  if (!xy) return;
  const state = store.getState();
  refs.undo.current = { positions: readPositions(cy), moved: state.movedPositions };
  const arranged = xyToPositions(graph.ids, keepFrame(before, xy));
  const next = new Map(refs.positions.current);
  for (const [id, p] of arranged) next.set(id, p);
  refs.positions.current = next;
  state.setLayoutUndo(`Arrange for ${formatDay(state.time)}`);
  await animatePositions(cy, arranged);
}
