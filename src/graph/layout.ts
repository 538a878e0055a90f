import cytoscape, { type Core } from 'cytoscape';
import { type DatasetIndex, tieSign } from '../model';
import { actorIdOf, cyNodeId } from './elements';

export type Positions = Map<string, { x: number; y: number }>;

/**
 * One layout for the whole time span: every actor that ever exists, joined by every pair that ever
 * has events (friends pulled close, rivals pushed apart) and by every tie. Scrubbing never moves nodes.
 * Runs on a headless instance so the visible graph is untouched until positions are applied.
 */
export function spanLayout(index: DatasetIndex, seed = 0): Positions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 30, height: 30 } }],
  });
  const ids = index.actorOrder;
  const n = ids.length;
  const radius = 40 * Math.sqrt(n + 1);
  cy.add(
    ids.map((id, i) => {
      const angle = (2 * Math.PI * ((i + seed * 0.37) % n)) / Math.max(1, n);
      return {
        group: 'nodes' as const,
        data: { id: cyNodeId(id) },
        position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) },
      };
    }),
  );
  const edges = index.pairs.map((p) => {
    const net = p.preN[p.preN.length - 1];
    return {
      group: 'edges' as const,
      data: { id: p.edgeId, source: cyNodeId(p.a), target: cyNodeId(p.b), friendly: net >= 0 },
    };
  });
  const ties = index.ties.map(({ tie }) => ({
    group: 'edges' as const,
    data: {
      id: `tie:${tie.id}`,
      source: cyNodeId(tie.source),
      target: cyNodeId(tie.target),
      friendly: tieSign(tie.type) > 0,
    },
  }));
  cy.add([...edges, ...ties]);
  runCose(cy, n);
  const positions: Positions = new Map();
  cy.nodes().forEach((node) => {
    const p = node.position();
    positions.set(actorIdOf(node.id()), { x: Math.round(p.x), y: Math.round(p.y) });
  });
  cy.destroy();
  return positions;
}

function runCose(cy: Core, n: number): void {
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: false,
    fit: false,
    numIter: n > 500 ? 300 : 1500,
    nodeRepulsion: () => 400_000,
    idealEdgeLength: (edge) => (edge.data('friendly') ? 90 : 220),
    edgeElasticity: (edge) => (edge.data('friendly') ? 100 : 400),
    gravity: 1,
    nodeOverlap: 20,
    componentSpacing: 80,
  } as cytoscape.LayoutOptions).run();
}
