import type { Core, ElementDefinition } from 'cytoscape';
import { cyNodeId } from './elements';

/**
 * The analytics overlay on the graph: camp rings on actors, highlighted frustrated ties, the changes
 * between two compared dates (with ghost edges for relations that vanished), and node sizes by a metric.
 * Everything is classes and data on elements that the stylesheet below turns into looks, so the
 * adapter's sync keeps working and switching the overlay off leaves no trace.
 */
export type CampName = 'A' | 'B';
export type EdgeChange = 'appeared' | 'vanished' | 'flipped' | 'strengthened' | 'weakened';

export interface GraphOverlay {
  camps?: Readonly<Record<string, CampName>> | null;
  frustrated?: ReadonlySet<string> | null;
  /** Edge id -> what happened to it between the compared dates. */
  changes?: ReadonlyMap<string, EdgeChange> | null;
  /** Relations present at A but gone at B: drawn as faint dotted ghosts. */
  ghosts?: readonly { id: string; source: string; target: string; sign: number }[];
  /** Actor id -> diameter in px. */
  sizes?: ReadonlyMap<string, number> | null;
}

/** Two camp colours from Okabe-Ito that differ from the sign colours; camp B also gets a double ring. */
export const CAMP_COLOURS: Record<CampName, string> = { A: '#009E73', B: '#CC79A7' };
export const FRUSTRATED_COLOUR = '#F0C419';
export const CHANGE_COLOURS: Record<EdgeChange, string> = {
  appeared: '#009E73',
  vanished: '#999999',
  flipped: '#CC79A7',
  strengthened: '#56B4E9',
  weakened: '#E69F00',
};

const GHOST_PREFIX = 'ghost:';
const CLASSES = [
  'camp-a',
  'camp-b',
  'frustrated',
  'unchanged',
  ...Object.keys(CHANGE_COLOURS).map((k) => `change-${k}`),
].join(' ');

type Rule = { selector: string; style: Record<string, unknown> };

export function overlayRules(): Rule[] {
  return [
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.camp-a', style: { 'border-width': 5, 'border-color': CAMP_COLOURS.A } },
    {
      selector: 'node.camp-b',
      style: { 'border-width': 6, 'border-color': CAMP_COLOURS.B, 'border-style': 'double' },
    },
    {
      selector: 'edge.frustrated',
      style: {
        'underlay-color': FRUSTRATED_COLOUR,
        'underlay-opacity': 0.6,
        'underlay-padding': 5,
        'z-index': 10,
      },
    },
    ...(Object.entries(CHANGE_COLOURS) as [EdgeChange, string][])
      .filter(([kind]) => kind !== 'vanished')
      .map(([kind, colour]) => ({
        selector: `edge.change-${kind}`,
        style: { 'underlay-color': colour, 'underlay-opacity': 0.5, 'underlay-padding': 5, 'z-index': 10 },
      })),
    { selector: 'edge.unchanged', style: { opacity: 0.2 } },
    {
      selector: 'edge.change-vanished',
      style: {
        'line-color': CHANGE_COLOURS.vanished,
        'line-style': 'dotted',
        width: 3,
        opacity: 0.7,
        'target-arrow-shape': 'none',
        'source-arrow-shape': 'none',
      },
    },
    { selector: `edge[id ^= "${GHOST_PREFIX}"]`, style: { events: 'no' } },
  ];
}

/** Applies an overlay (or clears it when empty) in one batch; cheap enough to call on every time step. */
export function applyOverlay(cy: Core, overlay: GraphOverlay): void {
  const active = Boolean(
    overlay.camps || overlay.frustrated || overlay.changes || overlay.sizes || overlay.ghosts?.length,
  );
  const scratch = cy.scratch('_ententeOverlay') as boolean | undefined;
  if (!active && !scratch) return;
  cy.scratch('_ententeOverlay', active);
  cy.batch(() => {
    cy.edges(`[id ^= "${GHOST_PREFIX}"]`).remove();
    cy.elements().removeClass(CLASSES);
    cy.nodes('[size]').removeData('size');
    if (!active) return;
    const { camps, frustrated, changes, sizes } = overlay;
    if (camps) {
      for (const [id, camp] of Object.entries(camps)) {
        cy.getElementById(cyNodeId(id)).addClass(camp === 'A' ? 'camp-a' : 'camp-b');
      }
    }
    if (frustrated) for (const id of frustrated) cy.getElementById(id).addClass('frustrated');
    if (changes) {
      cy.edges().forEach((edge) => {
        const kind = changes.get(edge.id());
        edge.addClass(kind ? `change-${kind}` : 'unchanged');
      });
    }
    if (sizes) for (const [id, size] of sizes) cy.getElementById(cyNodeId(id)).data('size', size);
    const ghosts: ElementDefinition[] = [];
    for (const g of overlay.ghosts ?? []) {
      const source = cyNodeId(g.source);
      const target = cyNodeId(g.target);
      if (cy.getElementById(source).empty() || cy.getElementById(target).empty()) continue;
      ghosts.push({
        group: 'edges',
        data: {
          id: `${GHOST_PREFIX}${g.id}`,
          source,
          target,
          kind: 'relation',
          sign: g.sign,
          w: 0.3,
        },
        classes: 'change-vanished',
      });
    }
    if (ghosts.length) cy.add(ghosts);
  });
}
