import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { suggestWebgl, webglAvailable } from '../graph/renderer';
import { type EntenteState, useEntente } from '../store';

const selectRenderer = (s: EntenteState) => ({
  webgl: s.webgl,
  setWebgl: s.setWebgl,
  elements: s.index.actorOrder.length + s.index.pairs.length + s.index.ties.length,
});

/**
 * Switches the graph between Cytoscape's canvas drawing and its WebGL mode. WebGL keeps big datasets
 * smooth but draws no dashes, so hostility shows as colour plus arrowheads instead of a dashed line.
 * A toggle button: the label stays "WebGL" and aria-pressed says whether it is on (a label that
 * changed too would be read as "WebGL on, pressed"). The choice is remembered (see the view slice).
 */
export function RendererToggle() {
  const { webgl, setWebgl, elements } = useEntente(useShallow(selectRenderer));
  // Asking for a WebGL2 context costs 10-70 ms (a software GL in headless or GPU-less browsers): not
  // during the first render of a cold load, but once the page is idle, or at once when the user asks.
  const [probed, setProbed] = useState<boolean | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setProbed((known) => known ?? webglAvailable()), 1000);
    return () => clearTimeout(timer);
  }, []);
  const available = probed ?? true;
  const toggle = () => {
    if (webgl) return setWebgl(false);
    const ok = probed ?? webglAvailable();
    setProbed(ok);
    if (ok) setWebgl(true);
  };
  const large = suggestWebgl(elements);
  const title = !available
    ? 'This browser offers no WebGL2, so the graph is drawn on a plain canvas'
    : webgl
      ? 'Drawn with WebGL: hostile relations are marked by colour and arrowheads (no dashes)'
      : large
        ? 'A large dataset: WebGL drawing keeps scrubbing smooth'
        : 'Draw the graph with WebGL (for large datasets)';
  return (
    <button
      type="button"
      aria-pressed={webgl}
      disabled={!available && !webgl}
      title={title}
      className={large && !webgl && available ? 'suggested' : undefined}
      onClick={toggle}
    >
      WebGL
    </button>
  );
}
