import type { Core, ElementDefinition } from 'cytoscape';
import {
  type Communities,
  type Endpoint,
  type GroupedPlacement,
  type GroupedView,
  type MetaEdge,
  type MetaNode,
  metaNodeSize,
} from '../model';
import { cyNodeId, edgeLook, type LabelFor } from './elements';
import { formatCount } from '../model/format-count';
import type { AddInChunks } from './frame-sync';

/** Grouped elements still waiting to go in, per cy (a large first grouped draw goes in chunks). */
const waiting = new WeakMap<Core, ElementDefinition[]>();

/**
 * Cytoscape ids of folded communities. Actor nodes all start with `n:` (cyNodeId), so these never
 * collide with an actor, whatever its id.
 */
export function communityNodeId(community: number): string {
  return `c:${community}`;
}

/** The community a cy node stands for, or undefined for an actor node. */
export function communityOfNode(node: { data(key: string): unknown }): number | undefined {
  const k = node.data('community');
  return typeof k === 'number' ? k : undefined;
}

const endId = (end: Endpoint) => ('actor' in end ? cyNodeId(end.actor) : communityNodeId(end.community));

/** A meta-edge's width step: 0..1 by the log of the relations it stands for (1 -> 0.1, 100+ -> 1). */
export function metaWidth(relations: number): number {
  return Math.round(Math.min(1, 0.1 + Math.log10(Math.max(1, relations)) * 0.45) * 20) / 20;
}

/** The count on the first line, the lead member's (shortened) name on the second: the long form is in the hover card. */
function metaNodeData(m: MetaNode, labelFor: LabelFor) {
  const name = m.loose ? m.label.toLowerCase() : labelFor(m.members[0], m.lead);
  return {
    id: communityNodeId(m.community),
    kind: 'community',
    community: m.community,
    members: m.members.length,
    title: m.label,
    loose: m.loose ? 1 : 0,
    label: `${formatCount(m.members.length)}\n${name}`,
    count: formatCount(m.members.length),
    box: metaNodeSize(m.members.length),
  };
}

function metaEdgeData(m: MetaEdge, communities: Communities) {
  const loose = [m.source, m.target].some(
    (end) => 'community' in end && communities.communities[end.community]?.loose,
  );
  return {
    id: m.id,
    source: endId(m.source),
    target: endId(m.target),
    kind: 'meta',
    sign: m.sign,
    w: metaWidth(m.relations),
    relations: m.relations,
    // Links of the loners' group are many and say little about who sides with whom: drawn faint.
    loose: loose ? 1 : 0,
  };
}

type Data = Record<string, unknown>;

/**
 * Draws the grouped view: reconciles cy with the wanted nodes and edges by id (adds, removes, and
 * data() only where a value changed), one batch. Node positions come from `placement` (computed once
 * per grouping, so scrubbing time never moves a node); a new placement moves every node to it.
 */
export function syncGrouped(
  cy: Core,
  view: GroupedView,
  communities: Communities,
  placement: GroupedPlacement,
  labelFor: LabelFor,
  moved: boolean,
  chunks?: AddInChunks,
): { nodes: number; edges: number } {
  // Whatever still waits is in `want` again below: reconciling adds it (or drops what left).
  waiting.delete(cy);
  const want = new Map<
    string,
    { group: 'nodes' | 'edges'; data: Data; position?: { x: number; y: number } }
  >();
  for (const m of view.meta)
    want.set(communityNodeId(m.community), {
      group: 'nodes',
      data: metaNodeData(m, labelFor),
      position: placement.centre[m.community],
    });
  for (const a of view.actors) {
    const k = communities.of.get(a.id);
    const position = placement.member.get(a.id) ??
      (k !== undefined ? placement.centre[k] : undefined) ?? { x: 0, y: 0 };
    want.set(cyNodeId(a.id), {
      group: 'nodes',
      // grouped: drawn at a fixed size on the map, which the placement leaves room for; 2 for the
      // member of an expanded community (the camera frames those).
      data: {
        id: cyNodeId(a.id),
        label: labelFor(a.id, a.label),
        kind: a.kind,
        grouped: placement.member.has(a.id) ? 2 : 1,
      },
      position,
    });
  }
  for (const e of view.edges) want.set(e.id, { group: 'edges', data: { ...edgeLook(e) } });
  for (const m of view.metaEdges) want.set(m.id, { group: 'edges', data: metaEdgeData(m, communities) });

  cy.batch(() => {
    const gone = cy.collection();
    cy.elements().forEach((el) => {
      const wanted = want.get(el.id());
      // An edge whose ends changed (a community expanded) cannot be re-pointed: it is replaced.
      if (
        !wanted ||
        wanted.group !== el.group() ||
        (el.isEdge() && !sameEnds(el.data() as Data, wanted.data))
      )
        gone.merge(el);
    });
    gone.remove();
    const add: ElementDefinition[] = [];
    for (const [id, w] of want) {
      const el = cy.getElementById(id);
      if (el.empty()) {
        add.push({ group: w.group, data: w.data, ...(w.position ? { position: { ...w.position } } : {}) });
        continue;
      }
      const changed = changedData(el.data() as Data, w.data);
      if (changed) el.data(changed);
      if (moved && w.position) {
        const at = el.position();
        // Only nodes that really move: each move dirties the node's and its edges' cached boxes.
        if (at.x !== w.position.x || at.y !== w.position.y) el.position({ ...w.position });
      }
    }
    if (chunks && add.length > chunks.size) {
      // Nodes first, then the meta-edges that stand for the most relations: the boxes and the
      // strongest links are drawn in the first frame, the faint rest over the next few.
      add.sort(firstToDraw);
      cy.add(add.slice(0, chunks.size));
      waiting.set(cy, add.slice(chunks.size));
    } else if (add.length) cy.add(add);
  });
  if (waiting.has(cy)) chunks?.schedule();
  return { nodes: cy.nodes().length, edges: cy.edges().length };
}

/** Adds the next `size` grouped elements still waiting; true while more wait. */
export function addWaitingGrouped(cy: Core, size: number): boolean {
  const rest = waiting.get(cy);
  if (!rest) return false;
  cy.add(rest.splice(0, size));
  if (rest.length) return true;
  waiting.delete(cy);
  return false;
}

function firstToDraw(a: ElementDefinition, b: ElementDefinition): number {
  if (a.group !== b.group) return a.group === 'nodes' ? -1 : 1;
  return Number(b.data.relations ?? 0) - Number(a.data.relations ?? 0);
}

function sameEnds(have: Data, want: Data): boolean {
  return have.source === want.source && have.target === want.target;
}

function changedData(have: Data, want: Data): Data | null {
  let out: Data | null = null;
  for (const key of Object.keys(want)) {
    if (key === 'id' || key === 'source' || key === 'target' || have[key] === want[key]) continue;
    (out ??= {})[key] = want[key];
  }
  return out;
}
