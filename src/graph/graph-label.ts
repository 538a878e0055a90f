// The rule lives in src/model so the SVG/PNG exports draw the same short names as the canvas.
export { graphLabel } from '../model/graph-label';
