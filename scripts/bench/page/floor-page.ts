import cytoscape from 'cytoscape';

/**
 * The floor under the app's cold load: plain Cytoscape drawing the same elements with the same
 * stylesheet, positions and camera, in a pane of the same size, all taken from the app's own graph
 * in the same bench run (floor.json, written by scripts/bench/cold-bench.ts). No React, no store, no
 * dataset validation or index: what any page showing this graph must at least fetch and draw.
 */
interface Floor {
  elements: cytoscape.ElementDefinition[];
  style: cytoscape.StylesheetJson;
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

performance.mark('floor:main');

async function start() {
  const floor = (await (await fetch('./floor.json')).json()) as Floor;
  const container = document.getElementById('graph')!;
  container.style.width = `${floor.width}px`;
  container.style.height = `${floor.height}px`;
  const cy = cytoscape({
    container,
    elements: floor.elements,
    style: floor.style,
    layout: { name: 'preset' },
    zoom: floor.zoom,
    pan: floor.pan,
  });
  performance.mark('floor:graph-created');
  (window as unknown as { floorCy: cytoscape.Core }).floorCy = cy;
}

void start();
