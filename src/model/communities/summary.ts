import type { Snapshot } from '../types';
import type { Communities } from './detect';
import { LOOSE_LABEL } from './group-view';
import { type RelationTally, addRelation, emptyTally } from './tally';

export interface MemberAtT {
  id: string;
  label: string;
  /** Relations the member has at t (in the snapshot given, so after the filters). */
  degree: number;
}

/** The relations between one community's members and another community's, added up. */
export interface CommunityLink extends RelationTally {
  community: number;
  /** The other community's most central present member, and "and N others". */
  label: string;
}

export interface CommunitySummary {
  id: number;
  /** Members present at t, most relations first (then most central over the span). */
  members: MemberAtT[];
  /** Members over the whole span, present now or not. */
  spanMembers: number;
  inside: RelationTally;
  /** Other communities by the summed weight of the relations to them, strongest first. */
  links: CommunityLink[];
}

/** The community's name at t: its most central present member, and how many others are present. */
export function communityLabel(snapshot: Snapshot, communities: Communities, k: number): string {
  return labelAmong(new Map(snapshot.nodes.map((n) => [n.id, n.label])), communities, k);
}

function labelAmong(present: ReadonlyMap<string, string>, communities: Communities, k: number): string {
  if (communities.communities[k]?.loose) return LOOSE_LABEL;
  const here = communities.communities[k]?.members.filter((m) => present.has(m)) ?? [];
  if (!here.length) return `Community ${k + 1}`;
  const others = here.length - 1;
  const lead = present.get(here[0])!;
  return others ? `${lead} and ${others} other${others === 1 ? '' : 's'}` : lead;
}

/** What the inspector says about one community at t: members by degree, relations inside and out. */
export function communitySummary(snapshot: Snapshot, communities: Communities, k: number): CommunitySummary {
  const community = communities.communities[k];
  const rank = new Map(community?.members.map((m, i) => [m, i]) ?? []);
  const degree = new Map<string, number>();
  const inside = emptyTally();
  const links = new Map<number, CommunityLink>();
  for (const e of snapshot.edges) {
    if (e.kind !== 'relation') continue;
    const [a, b] = [communities.of.get(e.source), communities.of.get(e.target)];
    if (a !== k && b !== k) continue;
    for (const end of [e.source, e.target]) if (rank.has(end)) degree.set(end, (degree.get(end) ?? 0) + 1);
    if (a === k && b === k) {
      addRelation(inside, e);
      continue;
    }
    const other = a === k ? b : a;
    if (other === undefined) continue;
    let link = links.get(other);
    if (!link) {
      link = { community: other, label: '', ...emptyTally() };
      links.set(other, link);
    }
    addRelation(link, e);
  }
  const members = snapshot.nodes
    .filter((n) => rank.has(n.id))
    .map((n) => ({ id: n.id, label: n.label, degree: degree.get(n.id) ?? 0 }))
    .sort((x, y) => y.degree - x.degree || rank.get(x.id)! - rank.get(y.id)!);
  const sorted = [...links.values()].sort((x, y) => y.weightSum - x.weightSum || x.community - y.community);
  const present = new Map(snapshot.nodes.map((n) => [n.id, n.label]));
  for (const link of sorted) link.label = labelAmong(present, communities, link.community);
  return { id: k, members, spanMembers: community?.members.length ?? 0, inside, links: sorted };
}
