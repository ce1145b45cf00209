/**
 * Step 2 — how alike two candidate words are in meaning: a blend of the word vectors' cosine (what
 * the words mean in general English) and the export's own co-occurrence, normalised PMI (Bouma
 * 2009), npmi(a, b) = ln(p(ab) / (p(a) p(b))) / −ln p(ab) over comments, so that the export's sense
 * wins where it differs ("charge" beside "fare" in a ride-hailing export):
 *   sim(a, b) = vectorWeight · max(0, cos(a, b)) + (1 − vectorWeight) · max(0, npmi(a, b)),
 * or max(0, npmi) alone when either word has no vector. Similarities are between candidate words
 * only (M² for M candidates), never between comments; counting co-occurrence is linear in rows.
 */
import type { WordVectors } from '../../vectors/index.js';
import type { DocTerms } from '../structures/doc-terms.js';
import type { Candidates } from './01-candidates.js';
import type { DiscoveryDefaults } from './defaults.js';

export type Similarity = {
  /** Dense M × M similarity of the candidates. */
  readonly similarity: Float64Array;
  /**
   * 1 for a context word (the brand, the product): in at least `contextShare` of the comments (and
   * `contextMinRows`) yet
   * bound to no other candidate (its largest npmi below `contextNpmi`) — it is said beside every
   * topic, not about one. Never a theme alone, no rows of its own.
   */
  readonly context: Uint8Array;
};

export function candidateSimilarity(
  candidates: Candidates,
  docs: DocTerms,
  termCount: number,
  included: number,
  vectors: WordVectors | undefined,
  settings: DiscoveryDefaults,
): Similarity {
  const M = candidates.terms.length;
  const slot = new Int32Array(termCount).fill(-1);
  candidates.terms.forEach((t, i) => (slot[t] = i));
  const df = new Float64Array(M);
  const co = new Uint32Array(M * M);
  const cap = settings.maxWordsPerDoc;
  const present = new Int32Array(cap);
  const { docTerms, docTermStart } = docs;
  const n = docTermStart.length - 1;
  for (let d = 0; d < n; d++) {
    let count = 0;
    for (let p = docTermStart[d]!, end = docTermStart[d + 1]!; p < end && count < cap; p++) {
      const i = slot[docTerms[p]!]!;
      if (i >= 0) present[count++] = i;
    }
    for (let x = 0; x < count; x++) {
      const a = present[x]!;
      df[a]!++;
      for (let y = x + 1; y < count; y++) co[a * M + present[y]!]!++;
    }
  }
  const sim = new Float64Array(M * M);
  const bound = new Float64Array(M);
  for (let a = 0; a < M; a++) {
    sim[a * M + a] = 1;
    for (let b = a + 1; b < M; b++) {
      const c = co[a * M + b]! + co[b * M + a]!;
      let npmi = 0;
      if (c > 0) {
        const pab = c / included;
        npmi = pab >= 1 ? 1 : Math.max(0, Math.log((pab * included * included) / (df[a]! * df[b]!)) / -Math.log(pab));
      }
      bound[a] = Math.max(bound[a]!, npmi);
      bound[b] = Math.max(bound[b]!, npmi);
      const va = candidates.vector[a]!;
      const vb = candidates.vector[b]!;
      const s =
        vectors === undefined || va < 0 || vb < 0
          ? npmi
          : settings.vectorWeight * Math.max(0, vectors.cosine(va, vb)) + (1 - settings.vectorWeight) * npmi;
      sim[a * M + b] = s;
      sim[b * M + a] = s;
    }
  }
  const context = Uint8Array.from(bound, (x, i) => (df[i]! >= Math.max(settings.contextMinRows, settings.contextShare * included) && x < settings.contextNpmi ? 1 : 0));
  return { similarity: sim, context };
}
