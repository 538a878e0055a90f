import { type SignedGraph, signedGraphFrom } from '../../../src/model/analytics';

/** Cold-War South Asia: two camps, every tie fits them. */
export const coldWar: SignedGraph = signedGraphFrom(
  ['ussr', 'india', 'pakistan', 'usa'],
  [
    ['ussr', 'india', 1],
    ['usa', 'pakistan', 1],
    ['india', 'pakistan', -1],
    ['ussr', 'usa', -1],
    ['ussr', 'pakistan', -1],
    ['usa', 'india', -1],
  ],
  ['Soviet Union', 'India', 'Pakistan', 'United States'],
);

/** 2003: Moscow courts Islamabad while staying close to New Delhi; one tie cannot fit two camps. */
export const rapprochement: SignedGraph = signedGraphFrom(
  ['russia', 'india', 'pakistan', 'usa'],
  [
    ['russia', 'india', 1, 0.9],
    ['russia', 'pakistan', 1, 0.4],
    ['india', 'pakistan', -1, 0.95],
    ['usa', 'pakistan', 1, 0.3],
    ['usa', 'india', 1, 0.6],
  ],
  ['Russia', 'India', 'Pakistan', 'United States'],
);

/** All-negative complete graph on n actors: everyone hostile to everyone. */
export function allNegative(n: number, weight = 1): SignedGraph {
  const ids = Array.from({ length: n }, (_, i) => `a${i}`);
  const edges: [string, string, 1 | -1, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) edges.push([ids[i], ids[j], -1, weight]);
  return signedGraphFrom(ids, edges);
}
