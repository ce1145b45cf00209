/**
 * Step 4 — top-level themes and their comments, by weighed evidence. A topic's evidence in a
 * comment is the sum, over the topic's words the comment uses, of the word's weight in the topic:
 *   weight(w, g) = centrality(w, g) · idf(w),   centrality = mean similarity (step 2) of w to the
 *   topic's other words (1 for a topic of one word), idf = ln(N / df(w)).
 * A comment joins every topic whose evidence is at least `shareOfBest` of its best topic's: several
 * topics when they weigh alike (a short comment about the battery and the screen is in both —
 * putting each comment only in its single best topic loses about 40% of the agreement with human
 * coding frames, issue 16), only its main subjects when one weighs far more (a long complaint that
 * mentions "payment" in passing is not about payments). Context words give no rows. At the default
 * share 0 a comment joins every topic it names, so a theme's rows are exactly the comments using one
 * of its words, and its words applied as a taxonomy give the same rows (defaults.ts says what a
 * share above 0 and the attached adjectives measured, and why they are off).
 * Topics in fewer than `topShare` of the comments go; of the rest, the `maxThemes` that together
 * cover the most comments are kept (greedy: each next adds the most comments not yet covered, so
 * distinct subjects win over overlapping ones), and the comments are weighed again among the kept
 * topics only (a comment whose best topic was not kept goes to its next).
 */
import type { DocTerms } from '../structures/doc-terms.js';
import type { Candidates } from './01-candidates.js';
import type { DiscoveryDefaults } from './defaults.js';

export type Topic = {
  /** Candidate indices that give rows (context words excluded), most frequent first. */
  readonly members: readonly number[];
  /** Ascending doc indices. */
  readonly rows: readonly number[];
  /** Adjectives and verbs nearest to the topic in meaning ("slow" beside "speed"): they add to its evidence, never name it. */
  readonly attached: readonly number[];
};

/**
 * The adjectives and verbs among the candidates (not nouns), each placed in the group it is most
 * similar to on average (step 2's similarity), when that mean is at least `attachMin`; their
 * weight there is that mean times their idf, as a member's.
 */
export function attachWords(
  groups: readonly (readonly number[])[],
  candidates: Candidates,
  similarity: Float64Array,
  weight: Float64Array,
  df: (i: number) => number,
  included: number,
  settings: DiscoveryDefaults,
): number[][] {
  const M = candidates.terms.length;
  const out: number[][] = groups.map(() => []);
  for (let i = 0; i < M; i++) {
    if (candidates.noun[i]) continue;
    let best = -1;
    let bestMean: number = settings.attachMin;
    groups.forEach((members, g) => {
      let sum = 0;
      for (const j of members) sum += similarity[i * M + j]!;
      const mean = sum / members.length;
      if (mean >= bestMean) {
        best = g;
        bestMean = mean;
      }
    });
    if (best < 0) continue;
    out[best]!.push(i);
    weight[i] = bestMean * Math.log(included / Math.max(1, df(i)));
  }
  return out;
}

/** Weight of each candidate in its group: centrality × idf (see the module comment). */
export function memberWeights(
  groups: readonly (readonly number[])[],
  similarity: Float64Array,
  M: number,
  df: (i: number) => number,
  included: number,
): Float64Array {
  const weight = new Float64Array(M);
  for (const members of groups) {
    for (const i of members) {
      let sum = 0;
      for (const j of members) if (j !== i) sum += similarity[i * M + j]!;
      const centrality = members.length > 1 ? sum / (members.length - 1) : 1;
      weight[i] = centrality * Math.log(included / Math.max(1, df(i)));
    }
  }
  return weight;
}

/**
 * Rows of each group: the comments whose evidence for it is at least `share` of their best group's.
 * Nouns decide where they are present; a comment without any topic noun is placed by its attached
 * words alone ("too slow and loud"), so that these add comments without blurring topics already named.
 */
function assign(
  groups: readonly (readonly number[])[],
  candidates: Candidates,
  weight: Float64Array,
  docs: DocTerms,
  n: number,
  share: number,
): number[][] {
  const K = docs.postStart.length - 1;
  const groupOf = new Int32Array(K).fill(-1);
  const weightOf = new Float64Array(K);
  const nounTerm = new Uint8Array(K);
  groups.forEach((members, g) => {
    for (const i of members) {
      groupOf[candidates.terms[i]!] = g;
      weightOf[candidates.terms[i]!] = Math.max(weight[i]!, 1e-9);
      nounTerm[candidates.terms[i]!] = candidates.noun[i]!;
    }
  });
  const score = new Float64Array(groups.length);
  const rows: number[][] = groups.map(() => []);
  // the groups a comment touches, kept ascending by insertion as they come (a handful per comment)
  const touched = new Int32Array(groups.length);
  const { docTerms, docTermStart } = docs;
  for (let d = 0; d < n; d++) {
    const from = docTermStart[d]!;
    const to = docTermStart[d + 1]!;
    let hasNoun = 0;
    for (let p = from; p < to; p++) {
      const t = docTerms[p]!;
      if (groupOf[t]! >= 0) hasNoun |= nounTerm[t]!;
    }
    let count = 0;
    for (let p = from; p < to; p++) {
      const t = docTerms[p]!;
      const g = groupOf[t]!;
      if (g < 0 || nounTerm[t]! < hasNoun) continue;
      if (score[g] === 0) {
        let b = count++;
        for (; b > 0 && touched[b - 1]! > g; b--) touched[b] = touched[b - 1]!;
        touched[b] = g;
      }
      score[g]! += weightOf[t]!;
    }
    if (count === 0) continue;
    let best = 0;
    for (let i = 0; i < count; i++) best = Math.max(best, score[touched[i]!]!);
    for (let i = 0; i < count; i++) {
      const g = touched[i]!;
      if (score[g]! >= share * best) rows[g]!.push(d);
      score[g] = 0;
    }
  }
  return rows;
}

export function assignTopics(
  groups: readonly (readonly number[])[],
  candidates: Candidates,
  similarity: Float64Array,
  docs: DocTerms,
  n: number,
  included: number,
  maxThemes: number,
  minDf: number,
  settings: DiscoveryDefaults,
): Topic[] {
  const floor = Math.max(minDf, Math.ceil(included * settings.topShare));
  const M = candidates.terms.length;
  const df = (i: number): number => docs.postStart[candidates.terms[i]! + 1]! - docs.postStart[candidates.terms[i]!]!;
  const weight = memberWeights(groups, similarity, M, df, included);
  const attached = attachWords(groups, candidates, similarity, weight, df, included, settings);
  const evidence = groups.map((members, g) => [...members, ...attached[g]!]);
  const first = assign(evidence, candidates, weight, docs, n, settings.shareOfBest);
  const sizable = groups.map((_, g) => g).filter((g) => first[g]!.length >= floor);
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
  picked.sort((a, b) => a - b);
  const rows = assign(picked.map((g) => evidence[g]!), candidates, weight, docs, n, settings.shareOfBest);
  return picked.map((g, k) => ({ members: groups[g]!, attached: attached[g]!, rows: rows[k]! })).filter((topic) => topic.rows.length >= minDf);
}
