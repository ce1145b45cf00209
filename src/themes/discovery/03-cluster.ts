/**
 * Step 3 — topics: the candidate nouns cut into `clusters` groups by average linkage on their
 * similarity (step 2): synonyms and the things of one topic end in one group ("battery", "charger";
 * "fare", "price"; "staff", "waiter"). Context words (the brand, the product, step 2) take no part.
 */
import { averageLinkage } from '../structures/average-linkage.js';
import type { Candidates } from './01-candidates.js';
import type { Similarity } from './02-similarity.js';
import type { DiscoveryDefaults } from './defaults.js';

/** Groups of candidate indices, each ascending (most frequent first), groups by their first member. */
export function clusterCandidates(candidates: Candidates, { similarity, context }: Similarity, settings: DiscoveryDefaults): number[][] {
  const M = candidates.terms.length;
  const words: number[] = [];
  for (let i = 0; i < M; i++) if (!context[i] && candidates.noun[i]) words.push(i);
  const P = words.length;
  const sub = new Float64Array(P * P);
  for (let a = 0; a < P; a++) for (let b = 0; b < P; b++) sub[a * P + b] = similarity[words[a]! * M + words[b]!]!;
  const cluster = averageLinkage(sub, P, settings.clusters);
  const groups: number[][] = [];
  words.forEach((i, a) => (groups[cluster[a]!] ??= []).push(i));
  return groups;
}
