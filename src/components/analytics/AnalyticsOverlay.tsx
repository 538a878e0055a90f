import { lazy, Suspense, useEffect, useState } from 'react';
import { useEntente } from '../../store';

// The overlay's code (camps, diff, metrics, the worker client) loads only once a view needs it, so
// the initial bundle carries none of the analytics.
const OverlayEffects = lazy(() => import('./OverlayEffects'));

/** Draws camps, compare marks and node sizes on the graph once any of them is switched on. */
export function AnalyticsOverlay() {
  const active = useEntente((s) => s.campsView || s.compare !== null || s.sizeBy !== null);
  const [used, setUsed] = useState(false);
  useEffect(() => {
    if (active) setUsed(true);
  }, [active]);
  return <Suspense fallback={null}>{(used || active) && <OverlayEffects />}</Suspense>;
}
