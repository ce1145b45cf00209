/**
 * Step 2 — how alike two candidate words are in meaning: a blend of the word vectors' cosine (what
 * the words mean in general English) and the export's own co-occurrence, normalised PMI (Bouma
 * 2009), npmi(a, b) = ln(p(ab) / (p(a) p(b))) / −ln p(ab) over comments, so that the export's sense
 * wins where it differs ("charge" beside "fare" in a ride-hailing export):
 *   sim(a, b) = vectorWeight · max(0, cos(a, b)) + (1 − vectorWeight) · max(0, npmi(a, b)),
 * or max(0, npmi) alone when either word has no vector. Similarities are between candidate words
 * only (M² for M candidates), never between comments; counting co-occurrence is linear in rows.
 *
 * Two cosines are blended so: the vectors as they are (`similarity`: how related two words are in
 * general English, which decides how central a word is to its topic and where an adjective
 * attaches, 04-assign.ts), and the vectors with the candidates' mean taken away (`distinct`, which
 * cuts the topics, 03-cluster.ts). In one export every word is about one domain: "laptop",
 * "software", "customer" and "hardware" are all near one another in general English because they
 * are all about computers, so average linkage on the raw cosine merges them into one umbrella.
 * Taking away the mean of the export's own candidate vectors removes what they share (the domain)
 * and leaves what tells its topics apart (Mu & Viswanath 2018, "All-but-the-Top", remove the
 * common mean; their top principal components were tried as well and changed nothing consistently).
 */
import type { WordVectors } from '../../vectors/index.js';
import type { DocTerms } from '../structures/doc-terms.js';
import type { Candidates } from './01-candidates.js';
import type { DiscoveryDefaults } from './defaults.js';

export type Similarity = {
  /** Dense M × M similarity of the candidates (the vectors as they are). */
  readonly similarity: Float64Array;
  /** Dense M × M similarity of the candidates with the domain (the candidates' mean vector) taken away. */
  readonly distinct: Float64Array;
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
  const present: number[] = [];
  const n = docs.docTermStart.length - 1;
  for (let d = 0; d < n; d++) {
    present.length = 0;
    for (let p = docs.docTermStart[d]!; p < docs.docTermStart[d + 1]! && present.length < settings.maxWordsPerDoc; p++) {
      const i = slot[docs.docTerms[p]!]!;
      if (i >= 0) present.push(i);
    }
    for (let x = 0; x < present.length; x++) {
      const a = present[x]!;
      df[a]!++;
      for (let y = x + 1; y < present.length; y++) co[a * M + present[y]!]!++;
    }
  }
  const centred = vectors === undefined ? null : centredCosines(candidates.vector, vectors);
  const sim = new Float64Array(M * M);
  const distinct = new Float64Array(M * M);
  const bound = new Float64Array(M);
  for (let a = 0; a < M; a++) {
    sim[a * M + a] = 1;
    distinct[a * M + a] = 1;
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
      const both = vectors !== undefined && va >= 0 && vb >= 0;
      const blend = (cosine: number): number => (both ? settings.vectorWeight * Math.max(0, cosine) + (1 - settings.vectorWeight) * npmi : npmi);
      const s = blend(both ? vectors.cosine(va, vb) : 0);
      const t = blend(centred === null ? 0 : centred[a * M + b]!);
      sim[a * M + b] = s;
      sim[b * M + a] = s;
      distinct[a * M + b] = t;
      distinct[b * M + a] = t;
    }
  }
  const context = Uint8Array.from(bound, (x, i) => (df[i]! >= Math.max(settings.contextMinRows, settings.contextShare * included) && x < settings.contextNpmi ? 1 : 0));
  return { similarity: sim, distinct, context };
}

/**
 * Cosines of the word vectors of rows `rows` (-1: no vector; its cosines are 0) after taking away
 * their mean: M × M, row-major.
 */
export function centredCosines(rows: Int32Array, vectors: WordVectors): Float64Array {
  const M = rows.length;
  const dims = vectors.dims;
  const unit = new Float64Array(M * dims);
  const mean = new Float64Array(dims);
  let count = 0;
  for (let i = 0; i < M; i++) {
    if (rows[i]! < 0) continue;
    const v = vectors.vector(rows[i]!);
    unit.set(v, i * dims);
    for (let k = 0; k < dims; k++) mean[k]! += v[k]!;
    count++;
  }
  for (let k = 0; k < dims; k++) mean[k]! /= Math.max(1, count);
  for (let i = 0; i < M; i++) {
    if (rows[i]! < 0) continue;
    let norm = 0;
    for (let k = i * dims; k < (i + 1) * dims; k++) {
      unit[k]! -= mean[k - i * dims]!;
      norm += unit[k]! * unit[k]!;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = i * dims; k < (i + 1) * dims; k++) unit[k]! /= norm;
  }
  const out = new Float64Array(M * M);
  for (let a = 0; a < M; a++) {
    if (rows[a]! < 0) continue;
    for (let b = a; b < M; b++) {
      if (rows[b]! < 0) continue;
      let dot = 0;
      for (let k = 0; k < dims; k++) dot += unit[a * dims + k]! * unit[b * dims + k]!;
      out[a * M + b] = dot;
      out[b * M + a] = dot;
    }
  }
  return out;
}
