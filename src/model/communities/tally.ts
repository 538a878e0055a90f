/** Relations added up: how many, of each sign, and their summed tone (-10..+10 each) and weight (0..1 each). */
export interface RelationTally {
  relations: number;
  positive: number;
  negative: number;
  neutral: number;
  toneSum: number;
  weightSum: number;
}

export const emptyTally = (): RelationTally => ({
  relations: 0,
  positive: 0,
  negative: 0,
  neutral: 0,
  toneSum: 0,
  weightSum: 0,
});

/** Adds one relation edge to a tally (meta-edges, relations inside a community, links between two). */
export function addRelation(
  tally: RelationTally,
  edge: { sign: number; score: number; weight: number },
): void {
  tally.relations++;
  if (edge.sign > 0) tally.positive++;
  else if (edge.sign < 0) tally.negative++;
  else tally.neutral++;
  tally.toneSum += edge.score;
  tally.weightSum += edge.weight;
}
