import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

/**
 * Pans the graph so the selected element sits in the part of the pane the bottom sheet leaves
 * uncovered (`visibleHeight` pixels from the top), when it is not there already. A tap near the
 * bottom of a phone screen would otherwise open a sheet over the very node that was tapped.
 */
export function keepInView(cy: Core, id: string, visibleHeight: number, margin = 36): void {
  const element = cy.getElementById(id);
  if (element.empty() || visibleHeight < margin * 2) return;
  const at = element.isNode()
    ? (element as NodeSingular).renderedPosition()
    : (element as EdgeSingular).renderedMidpoint();
  const inside =
    at.y > margin && at.y < visibleHeight - margin && at.x > margin && at.x < cy.width() - margin;
  if (inside) return;
  cy.animate(
    { panBy: { x: cy.width() / 2 - at.x, y: visibleHeight / 2 - at.y } },
    { duration: 250, easing: 'ease-out' },
  );
}

/**
 * Runs `fn` once the graph's camera has stopped moving (a search centres the chosen actor with an
 * animation, which must end before we know where the actor lands); gives up waiting after ~1.5 s.
 */
export function whenCameraStill(cy: Core, fn: () => void): () => void {
  let frame = 0;
  let waited = 0;
  const tick = () => {
    if (cy.animated() && waited++ < 90) frame = requestAnimationFrame(tick);
    else fn();
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
