/**
 * Head concepts: broad parents above the fine themes, built from the head nouns the fine themes
 * share ("payment" over "charged twice", "card declined", "promo code"; "delivery" over "late",
 * "damaged").
 *
 * 1. Head nouns: one-word terms that are mostly nouns (word-class.ts), in at least `minShare` of
 *    the comments (and the minimum support) and at most `maxShare` of them.
 * 2. Profile of a fine theme: for each head noun t, w(t, g) = P(t|g) · ln(P(t|g) / P(t)) when
 *    positive — how much more the theme's comments use the noun than all comments do (the
 *    log-ratio behind PMI and class-based TF-IDF), weighted by how many of them use it. A noun spread
 *    evenly over the themes has a ratio near 1 and no weight, so function-like words and stock
 *    phrases added to comments on every topic do not tie themes together. Top `profileSize` nouns kept.
 * 3. Similarity of two fine themes: cosine of their profiles; each theme keeps links to its
 *    `neighbours` most similar themes with similarity ≥ `minSimilarity`.
 * 4. Grouping: Louvain communities of that graph of themes (finest level: the tightest groups;
 *    coarser levels chain unrelated themes through mixed ones). A community of two or more fine
 *    themes becomes a parent; the others stay on their own.
 * 5. A parent's heads: among the nouns of its members' profiles, those whose comments lie mostly
 *    (≥ `headShare`) inside the members' rows, ranked by coverage × precision: (comments of the
 *    parent using it)² / (all comments using it); the first `maxHeads`.
 *    The parent's rows are its members' rows plus the comments containing one of its heads.
 * Cost: O(Σ theme rows × terms per comment + themes² · profileSize) — independent of row count
 * beyond one pass.
 */
import { louvainLevels, type WeightedGraph } from './louvain.js';

export type HeadInput = {
  /** Number of comments analysed. */
  readonly size: number;
  /** CSR doc → distinct term ids (ascending). */
  readonly docTerms: Int32Array;
  readonly docTermStart: Int32Array;
  /** Per term: number of comments containing it. */
  readonly df: ArrayLike<number>;
  /** One-word noun term? */
  readonly isNounTerm: (t: number) => boolean;
  readonly minDf: number;
  /** Rows (ascending doc ids) of each fine theme. */
  readonly themes: readonly (readonly number[])[];
};

export type HeadSettings = {
  readonly minShare?: number;
  readonly maxShare?: number;
  readonly profileSize?: number;
  readonly neighbours?: number;
  readonly minSimilarity?: number;
  readonly headShare?: number;
  readonly maxHeads?: number;
  /** Louvain resolution (γ > 1: smaller parents) and level (0 = finest, -1 = coarsest). */
  readonly resolution?: number;
  readonly level?: number;
};

export type HeadConcept = {
  /** Fine themes (indices into input.themes), ascending. */
  readonly members: readonly number[];
  /** Head noun term ids, strongest first. */
  readonly heads: readonly number[];
  /** Ascending doc ids: members' rows plus comments containing a head. */
  readonly rows: readonly number[];
};

export function headConcepts(input: HeadInput, settings: HeadSettings = {}): HeadConcept[] {
  const { size, docTerms, docTermStart, df, minDf, themes } = input;
  const G = themes.length;
  if (size === 0 || G < 2) return [];
  const minShare = settings.minShare ?? 0.003;
  const maxShare = settings.maxShare ?? 0.3;
  const profileSize = settings.profileSize ?? 10;
  const k = settings.neighbours ?? 3;
  const minSimilarity = settings.minSimilarity ?? 0.2;
  const headShare = settings.headShare ?? 0.5;
  const maxHeads = settings.maxHeads ?? 3;
  const low = Math.max(minDf, Math.ceil(size * minShare));
  const K = df.length;
  const noun = new Uint8Array(K);
  for (let t = 0; t < K; t++) if (df[t]! >= low && df[t]! <= size * maxShare && input.isNounTerm(t)) noun[t] = 1;

  // profiles
  const profiles: { t: number; w: number }[][] = [];
  const counts = new Map<number, number>();
  for (let g = 0; g < G; g++) {
    counts.clear();
    const rows = themes[g]!;
    for (const d of rows) {
      for (let p = docTermStart[d]!; p < docTermStart[d + 1]!; p++) {
        const t = docTerms[p]!;
        if (noun[t]) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    const list: { t: number; w: number }[] = [];
    for (const [t, c] of counts) {
      const ptg = c / rows.length;
      const ratio = Math.log(ptg / (df[t]! / size));
      if (ratio > 0 && c >= 2) list.push({ t, w: ptg * ratio });
    }
    list.sort((a, b) => b.w - a.w || a.t - b.t);
    list.length = Math.min(list.length, profileSize);
    profiles.push(list);
  }
  const norms = profiles.map((p) => Math.sqrt(p.reduce((s, x) => s + x.w * x.w, 0)));
  const byTerm = new Map<number, { g: number; w: number }[]>();
  profiles.forEach((p, g) => {
    for (const { t, w } of p) {
      let list = byTerm.get(t);
      if (list === undefined) byTerm.set(t, (list = []));
      list.push({ g, w });
    }
  });
  // kNN graph of themes by cosine similarity
  const edges: Map<number, number>[] = Array.from({ length: G }, () => new Map());
  const dot = new Float64Array(G);
  for (let g = 0; g < G; g++) {
    dot.fill(0);
    for (const { t, w } of profiles[g]!) for (const o of byTerm.get(t)!) if (o.g !== g) dot[o.g]! += w * o.w;
    const list: { j: number; s: number }[] = [];
    for (let j = 0; j < G; j++) {
      if (dot[j]! <= 0) continue;
      const s = dot[j]! / (norms[g]! * norms[j]!);
      if (s >= minSimilarity) list.push({ j, s });
    }
    list.sort((a, b) => b.s - a.s || a.j - b.j);
    for (const { j, s } of list.slice(0, k)) {
      edges[g]!.set(j, s);
      edges[j]!.set(g, s);
    }
  }
  const neighbours: number[][] = [];
  const weights: number[][] = [];
  for (const map of edges) {
    const keys = [...map.keys()].sort((a, b) => a - b);
    neighbours.push(keys);
    weights.push(keys.map((j) => map.get(j)!));
  }
  const graph: WeightedGraph = { neighbours, weights };
  const levels = louvainLevels(graph, settings.resolution ?? 1);
  const level = settings.level ?? 0;
  const community = levels[level < 0 ? Math.max(0, levels.length + level) : Math.min(level, levels.length - 1)]!;
  const groups = new Map<number, number[]>();
  for (let g = 0; g < G; g++) {
    if (neighbours[g]!.length === 0) continue;
    const c = community[g]!;
    let list = groups.get(c);
    if (list === undefined) groups.set(c, (list = []));
    list.push(g);
  }
  const concepts: HeadConcept[] = [];
  const inMembers = new Uint8Array(input.docTermStart.length);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    inMembers.fill(0);
    for (const g of members) for (const d of themes[g]!) inMembers[d] = 1;
    const weight = new Map<number, number>();
    for (const g of members) for (const { t, w } of profiles[g]!) weight.set(t, (weight.get(t) ?? 0) + w * themes[g]!.length);
    // how many of each candidate head's comments lie inside the members' rows
    const inside = new Map<number, number>();
    for (const t of weight.keys()) inside.set(t, 0);
    for (let d = 0; d < inMembers.length; d++) {
      if (!inMembers[d]) continue;
      for (let p = docTermStart[d]!; p < docTermStart[d + 1]!; p++) {
        const t = docTerms[p]!;
        const c = inside.get(t);
        if (c !== undefined) inside.set(t, c + 1);
      }
    }
    // rank: comments of the parent that use the noun × share of the noun's comments in the parent
    const heads = [...weight.keys()]
      .filter((t) => inside.get(t)! >= headShare * df[t]!)
      .map((t): [number, number] => [t, (inside.get(t)! * inside.get(t)!) / df[t]!])
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, maxHeads)
      .map(([t]) => t);
    if (heads.length === 0) continue;
    const headSet = new Set(heads);
    const rows: number[] = [];
    for (let d = 0; d < inMembers.length; d++) {
      if (inMembers[d]) {
        rows.push(d);
        continue;
      }
      for (let p = docTermStart[d]!; p < docTermStart[d + 1]!; p++) {
        if (headSet.has(docTerms[p]!)) {
          rows.push(d);
          break;
        }
      }
    }
    concepts.push({ members: [...members].sort((a, b) => a - b), heads, rows });
  }
  concepts.sort((a, b) => a.members[0]! - b.members[0]!);
  return concepts;
}
