import { useEffect, useMemo } from 'react';
import { type GraphOverlay, applyOverlay } from '../../graph/camps';
import { selectIndex, selectVisibleSnapshot, useEntente } from '../../store';
import { graphHandle } from '../graph/GraphView';
import { diffFor } from './compare-data';
import { OverlayKey } from './OverlayKey';
import { sizesFor } from './sizes';
import { useStructure } from './useStructure';
import './analytics.css';

/**
 * Puts the analytics on the graph: camps and frustrated ties, the changes between compared dates, and
 * node sizes. Mounted after the graph so its effects run after each sync of the canvas. Loaded on
 * first use (see AnalyticsOverlay); when every view is off it clears what it drew.
 */
export default function OverlayEffects() {
  const campsView = useEntente((s) => s.campsView);
  // The marks describe A -> B, so they are drawn only while the graph shows date B.
  const compare = useEntente((s) => (s.compare && s.time === s.compare.to ? s.compare : null));
  const sizeBy = useEntente((s) => s.sizeBy);
  const index = useEntente(selectIndex);
  const visible = useEntente(selectVisibleSnapshot);
  const webgl = useEntente((s) => s.webgl);
  const layoutRequest = useEntente((s) => s.layoutRequest);
  const structure = useStructure(campsView);

  const overlay = useMemo((): GraphOverlay => {
    const out: GraphOverlay = {};
    if (campsView) {
      out.camps = structure.frustration.camps;
      out.frustrated = new Set(structure.frustration.frustrated.map((t) => t.id));
    }
    if (compare) {
      const diff = diffFor(index, compare.from, compare.to);
      out.changes = new Map(diff.changes.map((c) => [c.id, c.kind]));
      out.ghosts = diff.changes
        .filter((c) => c.kind === 'vanished' && !c.after)
        .map((c) => ({ id: c.id, source: c.source, target: c.target, sign: c.before?.sign ?? 0 }));
    }
    if (sizeBy) out.sizes = sizesFor(structure.snapshot, sizeBy);
    return out;
  }, [campsView, compare, sizeBy, index, structure]);

  useEffect(() => {
    const cy = graphHandle.cy;
    if (cy) applyOverlay(cy, overlay);
  }, [overlay, visible, index, webgl, layoutRequest]);

  return <OverlayKey camps={campsView} compare={compare} />;
}
