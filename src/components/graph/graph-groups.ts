import type { Core, SingularElementArgument } from 'cytoscape';
import type { LabelFor } from '../../graph/elements';
import type { AddInChunks } from '../../graph/frame-sync';
import { communityOfNode, syncGrouped } from '../../graph/grouped-sync';
import { type Communities, type GroupedPlacement, type Positions, placeGrouped } from '../../model';
import { type EntenteState, type EntenteStore, selectCommunities, selectGroupedView } from '../../store';
import { formatCount } from '../../model/format-count';

/** What cy holds now: the actor-by-actor graph or the grouped one (switching clears cy once). */
export type DrawnMode = 'actors' | 'grouped';

interface PlacementMemo {
  communities: Communities | null;
  positions: Positions | null;
  expanded: ReadonlySet<number> | null;
  placement: GroupedPlacement | null;
}

/** The grouped placement, recomputed only for new communities, new span positions or another expansion. */
function groupedPlacement(
  memo: PlacementMemo,
  communities: Communities,
  state: EntenteState,
  positions: Positions,
) {
  const expanded = state.expandedCommunities;
  const fresh =
    !memo.placement ||
    memo.communities !== communities ||
    memo.positions !== positions ||
    memo.expanded !== expanded;
  if (fresh) {
    Object.assign(memo, { communities, positions, expanded });
    memo.placement = placeGrouped(communities, positions, expanded);
  }
  return { placement: memo.placement!, fresh };
}

export function placementMemo(): PlacementMemo {
  return { communities: null, positions: null, expanded: null, placement: null };
}

/**
 * Draws the grouped graph at the current time: the grouped view of the filtered snapshot, placed by
 * the grouping's placement. The first grouped draw clears the actor-by-actor elements. Returns how
 * many actors are drawn on their own (members of expanded communities and communities of one), or
 * null when there is nothing grouped to draw.
 */
export function drawGrouped(
  cy: Core,
  state: EntenteState,
  positions: Positions,
  memo: PlacementMemo,
  labelFor: LabelFor,
  drawn: { current: DrawnMode },
  chunks?: AddInChunks,
): number | null {
  const communities = selectCommunities(state);
  const view = selectGroupedView(state);
  if (!communities || !view) return null;
  const switched = drawn.current !== 'grouped';
  if (switched) {
    cy.batch(() => cy.elements().remove());
    drawn.current = 'grouped';
  }
  const { placement, fresh } = groupedPlacement(memo, communities, state, positions);
  syncGrouped(cy, view, communities, placement, labelFor, fresh || switched, chunks);
  return view.actors.length;
}

/** Leaving the grouped graph: cy is emptied so the frame adapter reads it back and redraws every actor. */
export function leaveGrouped(cy: Core, drawn: { current: DrawnMode }): void {
  if (drawn.current !== 'grouped') return;
  cy.batch(() => cy.elements().remove());
  drawn.current = 'actors';
}

/** Waiting for a large set's communities: cy drops what it held, so no stale picture stays up. */
export function clearForGroups(cy: Core, drawn: { current: DrawnMode }): void {
  if (cy.elements().length > 0) cy.batch(() => cy.elements().remove());
  drawn.current = 'actors';
}

/** A tap on a folded community opens it in the inspector; true when the tap was one. */
export function tapCommunity(store: EntenteStore, target: SingularElementArgument): boolean {
  const k = target.isNode() ? communityOfNode(target) : undefined;
  if (k === undefined) return false;
  const state = store.getState();
  state.select(null);
  state.inspectCommunity(k);
  if (state.sidePanel === 'filters') state.setSidePanel('inspector');
  return true;
}

/** The hover card's line for a folded community or a meta-edge, or null for an actor or a relation. */
export function groupedHoverText(target: SingularElementArgument): string | null {
  if (target.isNode()) {
    if (communityOfNode(target) === undefined) return null;
    const title = String(target.data('title') ?? '');
    const members = formatCount(Number(target.data('members')));
    return `${title} (${members} actors; double-click to expand)`;
  }
  if (target.data('kind') !== 'meta') return null;
  const n = Number(target.data('relations'));
  const sign = Number(target.data('sign'));
  const tone = sign > 0 ? 'cooperative on balance' : sign < 0 ? 'hostile on balance' : 'neutral on balance';
  return `${formatCount(n)} relation${n === 1 ? '' : 's'} between these groups, ${tone}`;
}
