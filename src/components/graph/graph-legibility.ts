import type { Core, NodeSingular } from 'cytoscape';
import { actorIdOf, cyNodeId } from '../../graph/elements';
import {
  ABOVE,
  HIDDEN,
  LEFT,
  RIGHT,
  type LabelCandidate,
  type NodeBox,
  planLabels,
  type Rect,
} from '../../graph/label-plan';
import { MIN_LABEL_PX } from '../../graph/stylesheet';
import { countsWhereNamesDoNotFit } from './community-counts';
import { type DatasetIndex, actorImportance, importanceTiers } from '../../model';
import { type EntenteState, selectLooks, selectStoryHighlight } from '../../store';

interface Memo {
  index: DatasetIndex | null;
  slot: Map<string, number>;
  importance: Float32Array;
  tiers: Uint8Array;
  /** Label priority per actor id: importance, with the story's and the selection's actors first. */
  priority: Map<string, number>;
}

const memos = new WeakMap<Core, Memo>();

function memoOf(cy: Core, index: DatasetIndex): Memo {
  let m = memos.get(cy);
  if (!m || m.index !== index) {
    const n = index.actorOrder.length;
    m = {
      index,
      slot: new Map(index.actorOrder.map((id, i) => [id, i])),
      importance: new Float32Array(n),
      tiers: new Uint8Array(n),
      priority: new Map(),
    };
    memos.set(cy, m);
  }
  return m;
}

/**
 * Sizes the actors by their importance at the viewed date (relations drawn now, their strength and
 * confidence; a story chapter's actors always large) and ranks their labels, the selection first.
 * Touches only nodes whose size step changed, in one batch: a time step costs one pass over the
 * look codes the frame already made.
 */
export function applyImportance(cy: Core, state: EntenteState): void {
  const { tracker } = selectLooks(state);
  const index = tracker.index;
  const m = memoOf(cy, index);
  const chapter = selectStoryHighlight(state);
  const boost = new Set<number>();
  for (const id of chapter) {
    const i = m.slot.get(id);
    if (i !== undefined) boost.add(i);
  }
  actorImportance(index, tracker.codes, m.importance);
  const before = m.tiers.slice();
  importanceTiers(m.importance, tracker.visible, boost, m.tiers);
  cy.batch(() => {
    for (let i = 0; i < m.tiers.length; i++) {
      if (m.tiers[i] === before[i]) continue;
      const node = cy.getElementById(cyNodeId(index.actorOrder[i]));
      if (node.nonempty()) node.data('tier', m.tiers[i]);
      else m.tiers[i] = before[i];
    }
  });
  m.priority.clear();
  const selected = state.selection?.type === 'node' ? state.selection.id : null;
  for (let i = 0; i < m.importance.length; i++)
    if (m.importance[i] > 0) m.priority.set(index.actorOrder[i], m.importance[i]);
  for (const id of chapter) m.priority.set(id, 1000 + (m.priority.get(id) ?? 0));
  if (selected) m.priority.set(selected, 1e6);
}

const widths = new Map<string, number>();
let measurer: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in `font` as the canvas draws it (memoised; 7 px per character without a canvas). */
export function measureText(text: string, font: string): number {
  const key = `${font}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (measurer === undefined) measurer = document.createElement('canvas').getContext('2d');
    if (measurer) {
      measurer.font = font;
      w = measurer.measureText(text).width;
    } else w = text.length * 7;
    if (widths.size > 20_000) widths.clear();
    widths.set(key, w);
  }
  return w;
}

/** A computed style property as Cytoscape holds it (pstyle is public API but missing from its types). */
interface Parsed {
  pfValue: number;
  strValue: string;
  value: unknown;
}
const pstyle = (node: NodeSingular, name: string) =>
  (node as unknown as { pstyle(name: string): Parsed }).pstyle(name);

/** The label candidate of one node from its computed style (the font Cytoscape will draw with). */
function candidateOf(
  node: NodeSingular,
  zoom: number,
  priority: number,
  text = node.data('label') as string | undefined,
): LabelCandidate | null {
  if (!text) return null;
  const px = pstyle(node, 'font-size').pfValue * zoom;
  if (px < MIN_LABEL_PX) return null;
  const family = pstyle(node, 'font-family').strValue;
  const weight = pstyle(node, 'font-weight').strValue;
  const style = pstyle(node, 'font-style').strValue;
  const font = `${style} ${weight} ${px}px ${family}`;
  const lines = text.split('\n');
  const maxWidth = pstyle(node, 'text-max-width').pfValue * zoom;
  const w = Math.min(maxWidth, Math.max(...lines.map((line) => measureText(line, font))));
  const lineHeight = pstyle(node, 'line-height').value as number;
  // Only a community's name sits on its box; an actor's name set beside it (label-right, label-left)
  // also reads text-valign center, yet it is free to move back under its node.
  const centred = node.data('box') !== undefined;
  const p = node.renderedPosition();
  return {
    x: p.x,
    y: p.y,
    half: node.renderedOuterHeight() / 2,
    // The margin in use is the one of the current place (x beside the node, y over or under it).
    gap:
      Math.max(
        Math.abs(pstyle(node, 'text-margin-y').pfValue),
        Math.abs(pstyle(node, 'text-margin-x').pfValue),
      ) * zoom,
    w: w + 4,
    h: lines.length * px * (lineHeight || 1.2) + 4,
    priority,
    centred,
    rank: rankOf(node),
  };
}

const PLACE_CLASSES = [
  ['label-top', ABOVE],
  ['label-right', RIGHT],
  ['label-left', LEFT],
] as const;

/** A node's drawn box on screen (its shape, without the name) and its drawing step (size step). */
function discOf(node: NodeSingular): NodeBox {
  const p = node.renderedPosition();
  const w = node.renderedOuterWidth() / 2;
  const h = node.renderedOuterHeight() / 2;
  return { r: { x1: p.x - w, y1: p.y - h, x2: p.x + w, y2: p.y + h }, rank: rankOf(node) };
}

/**
 * A folded community's box outranks every name: no name (another community's, an expanded member's)
 * may cross it; a name that finds no other place is left out.
 */
const BOX_RANK = 99;

const rankOf = (node: NodeSingular) => Number(node.data('tier') ?? 0);

/**
 * Chooses which names the canvas draws and where (class `quiet`: not drawn; `label-top`: over the
 * node): measured with the real font, placed in order of importance, never over another name and never
 * outside `free` (the part of the pane no panel covers). Only nodes whose choice changed are touched.
 */
export function placeLabels(cy: Core, free: Rect): void {
  const zoom = cy.zoom();
  const memo = memos.get(cy);
  const nodes: NodeSingular[] = [];
  const candidates: LabelCandidate[] = [];
  const quiet: NodeSingular[] = [];
  // Every node's own box is kept clear of other names (a community box is its own label's ground).
  const discs: NodeBox[] = [];
  const others: NodeBox[] = [];
  cy.nodes().forEach((node) => {
    if (node.hasClass('absent')) return;
    const box = node.data('box') as number | undefined;
    const priority = box ?? memo?.priority.get(actorIdOf(node.id())) ?? 0;
    const c = candidateOf(node, zoom, priority);
    const disc = discOf(node);
    if (box !== undefined) disc.rank = BOX_RANK;
    if (c) {
      nodes.push(node);
      candidates.push(c);
      discs.push(disc);
    } else {
      quiet.push(node);
      others.push(disc);
    }
  });
  const plan = planLabels(candidates, free, [...discs, ...others]);
  const counts = countsWhereNamesDoNotFit(nodes, candidates, plan, discs, others, free, (node, named) =>
    candidateOf(node, zoom, named.priority, node.data('count') as string | undefined),
  );
  cy.batch(() => {
    for (const node of quiet)
      if (!node.hasClass('quiet') || node.hasClass('label-count'))
        node.addClass('quiet').removeClass('named label-count');
    nodes.forEach((node, i) => {
      if (node.hasClass('label-count') !== counts[i]) node.toggleClass('label-count', counts[i]);
      // Named: the whole name is drawn; a box with only its count is neither named nor quiet.
      const hidden = plan[i] === HIDDEN;
      const silent = hidden && !counts[i];
      if (node.hasClass('quiet') !== silent) node.toggleClass('quiet', silent);
      if (node.hasClass('named') === hidden) node.toggleClass('named', !hidden);
      for (const [cls, at] of PLACE_CLASSES) {
        const on = plan[i] === at;
        if (node.hasClass(cls) !== on) node.toggleClass(cls, on);
      }
    });
  });
}
