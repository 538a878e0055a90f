/**
 * Cytoscape's WebGL mode (cytoscape 3.31+, still marked experimental upstream) draws nodes and labels
 * through a texture atlas and edges on the GPU, which keeps large graphs responsive. What it cannot
 * draw (checked in cytoscape 3.34's webgl renderer): dashed or dotted lines, and any arrowhead other
 * than a triangle (other shapes come out as triangles). So in WebGL mode sign must never rest on dashes:
 * the stylesheet's `dashes: false` variant marks hostility by colour plus arrowheads at both ends.
 */
export interface RendererChoice {
  renderer?: { name: 'canvas'; webgl: true; webglTexSize: number; webglBatchSize: number };
}

/** Above this many elements the canvas renderer stutters while scrubbing; the toggle says so. */
export const WEBGL_SUGGESTED_ELEMENTS = 4000;

/** Options to spread into `cytoscape({...})`: the same canvas renderer, with WebGL drawing when asked. */
export function rendererOptions(webgl: boolean): RendererChoice {
  return webgl ? { renderer: { name: 'canvas', webgl: true, webglTexSize: 4096, webglBatchSize: 2048 } } : {};
}

/** Whether this browser can give Cytoscape a WebGL2 context at all (it needs one). */
export function webglAvailable(doc: Document | undefined = globalThis.document): boolean {
  if (!doc) return false;
  try {
    const canvas = doc.createElement('canvas');
    return Boolean(canvas.getContext('webgl2'));
  } catch {
    return false;
  }
}

export function suggestWebgl(elementCount: number): boolean {
  return elementCount >= WEBGL_SUGGESTED_ELEMENTS;
}
