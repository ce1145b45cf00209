/**
 * Step 4 — top-level themes and their comments. A comment joins every topic that has one of its
 * words (multi-label: a comment about the battery and the screen is in both; putting it only in
 * its single best topic loses about 40% of the agreement with human coding frames, issue 16).
 * So a theme's comments are exactly those using one of its words: applying the theme's words as a
 * taxonomy gives the same rows. Context words give no rows. (Weighing topics within a comment and
 * keeping only the heaviest was tried: on long complaints it gained 0.01 F1 and lost as much on
 * short comments.)
 * Topics in fewer than `topShare` of the comments go; of the rest, the `maxThemes` that together
 * cover the most comments are kept (greedy: each next adds the most comments not yet covered, so
 * distinct subjects win over overlapping ones).
 */
import { rowsOfTerm, type DocTerms } from '../structures/doc-terms.js';
import type { Candidates } from './01-candidates.js';
import type { DiscoveryDefaults } from './defaults.js';

export type Topic = {
  /** Candidate indices that give rows (context words excluded), most frequent first. */
  readonly members: readonly number[];
  /** Ascending doc indices. */
  readonly rows: readonly number[];
};

/** Rows of each group: the comments using one of its words. */
function assign(groups: readonly (readonly number[])[], candidates: Candidates, docs: DocTerms, n: number): number[][] {
  const mark = new Int32Array(n).fill(-1);
  return groups.map((members, g) => {
    const rows: number[] = [];
    for (const i of members) {
      for (const d of rowsOfTerm(docs, candidates.terms[i]!)) {
        if (mark[d] === g) continue;
        mark[d] = g;
        rows.push(d);
      }
    }
    return rows.sort((a, b) => a - b);
  });
}

export function assignTopics(
  groups: readonly (readonly number[])[],
  candidates: Candidates,
  docs: DocTerms,
  n: number,
  included: number,
  maxThemes: number,
  minDf: number,
  settings: DiscoveryDefaults,
): Topic[] {
  const floor = Math.max(minDf, Math.ceil(included * settings.topShare));
  const members = groups;
  const all = members.map((_, g) => g);
  const first = assign(members, candidates, docs, n);
  const sizable = all.filter((g) => first[g]!.length >= floor);
  const covered = new Uint8Array(n);
  const taken = new Uint8Array(groups.length);
  const picked: number[] = [];
  while (picked.length < maxThemes) {
    let best = -1;
    let bestGain = 0;
    for (const g of sizable) {
      if (taken[g]) continue;
      let fresh = 0;
      for (const d of first[g]!) fresh += 1 - covered[d]!;
      if (fresh >= minDf && fresh > bestGain) {
        best = g;
        bestGain = fresh;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    picked.push(best);
    for (const d of first[best]!) covered[d] = 1;
  }
  return picked.sort((a, b) => a - b).map((g) => ({ members: members[g]!, rows: first[g]! }));
}
