/**
 * Topics (step 2 of discover.ts): the comments of a bag grouped by the co-occurrence of their
 * phrases — a graph of normalised PMI, its Louvain communities as seeds, a k-means-like
 * refinement in term space — and each group's anchors, the phrases most of whose comments it holds.
 * Linear in rows: each comment adds at most `maxTermsPerDoc` phrases to the graph.
 */
import { louvainLevels, type WeightedGraph } from './louvain.js';
import type { DiscoverySettings } from './discover.js';

/** What grouping needs from a discovery run. */
export type TopicContext = {
  readonly K: number;
  readonly docTerms: Int32Array;
  readonly docTermStart: Int32Array;
  readonly minDf: number;
  readonly settings: DiscoverySettings;
};

export type Grouping = {
  /** Group per bag position, -1 for none. */
  readonly main: Int32Array;
  /** Member (anchor) terms per group, strongest first. */
  readonly anchors: readonly (readonly number[])[];
  /** Rows per group (ascending doc ids, members of the bag). */
  readonly rows: readonly (readonly number[])[];
};

/**
 * Groups the docs of a bag: a co-occurrence graph of the bag's terms, its finest Louvain
 * communities as seeds, refinement of the doc assignment, then each group's anchor terms
 * (terms most of whose docs the group holds) decide its rows.
 */
export function group(ctx: TopicContext, bag: Int32Array, maxGroups: number, minRows: number): Grouping {
  const { K, docTerms, docTermStart, minDf, settings } = ctx;
  const size = bag.length;
  const ldf = new Int32Array(K);
  for (const d of bag) for (let p = docTermStart[d]!; p < docTermStart[d + 1]!; p++) ldf[docTerms[p]!]!++;
  const local = new Int32Array(K).fill(-1);
  const globalOf: number[] = [];
  for (let t = 0; t < K; t++) {
    if (ldf[t]! < minDf || ldf[t]! > size * 0.5) continue;
    local[t] = globalOf.length;
    globalOf.push(t);
  }
  const L = globalOf.length;
  // bag docs as local term lists
  const start = new Int32Array(size + 1);
  const terms: number[] = [];
  for (let i = 0; i < size; i++) {
    start[i] = terms.length;
    const d = bag[i]!;
    for (let p = docTermStart[d]!; p < docTermStart[d + 1]!; p++) {
      const l = local[docTerms[p]!]!;
      if (l >= 0) terms.push(l);
    }
  }
  start[size] = terms.length;
  const bagTerms = Int32Array.from(terms);
  const df = Int32Array.from(globalOf, (t) => ldf[t]!);

  const graph = cooccurrenceGraph(bagTerms, start, df, size, L, {
    minCo: Math.max(2, Math.ceil(minDf / 2)),
    maxTermsPerDoc: settings.maxTermsPerDoc ?? 40,
    neighbours: settings.neighbours ?? 5,
  });
  const levels = louvainLevels(graph, settings.resolution ?? 1);
  const community = levels[Math.min(settings.seedLevel ?? 0, levels.length - 1)]!;
  const share = new Float64Array(L);
  for (let t = 0; t < L; t++) {
    let inside = 0;
    let all = 0;
    const nb = graph.neighbours[t]!;
    const w = graph.weights[t]!;
    for (let e = 0; e < nb.length; e++) {
      all += w[e]!;
      if (community[nb[e]!] === community[t]) inside += w[e]!;
    }
    share[t] = all === 0 ? 0 : inside / all;
  }
  const seeds = new Map<number, number[]>();
  for (let t = 0; t < L; t++) {
    if (graph.neighbours[t]!.length === 0 || share[t]! < 0.5) continue;
    const c = community[t]!;
    let s = seeds.get(c);
    if (s === undefined) seeds.set(c, (s = []));
    s.push(t);
  }
  const termSeed = new Int32Array(L).fill(-1);
  let G = 0;
  for (const s of seeds.values()) {
    if (s.length < 2) continue;
    for (const t of s) termSeed[t] = G;
    G++;
  }
  // initial assignment: the seed with the largest idf sum
  const idf = Float64Array.from(df, (x) => Math.log(size / x));
  const main = new Int32Array(size).fill(-1);
  const score = new Float64Array(Math.max(G, 1));
  for (let i = 0; i < size; i++) {
    let best = -1;
    for (let p = start[i]!; p < start[i + 1]!; p++) {
      const g = termSeed[bagTerms[p]!]!;
      if (g < 0) continue;
      score[g]! += idf[bagTerms[p]!]!;
      if (best < 0 || score[g]! > score[best]! || (score[g] === score[best] && g < best)) best = g;
    }
    main[i] = best;
    for (let p = start[i]!; p < start[i + 1]!; p++) {
      const g = termSeed[bagTerms[p]!]!;
      if (g >= 0) score[g] = 0;
    }
  }
  // refine, dropping groups too small (or beyond the cap) until stable
  for (let round = 0; round < 3; round++) {
    refine(main, G, bagTerms, start, df, size, settings.iterations ?? 6);
    const counts = new Int32Array(G);
    for (const g of main) if (g >= 0) counts[g]!++;
    const order = Array.from({ length: G }, (_, g) => g).sort((a, b) => counts[b]! - counts[a]! || a - b);
    const keep = new Uint8Array(G);
    order.forEach((g, rank) => {
      if (rank < maxGroups && counts[g]! >= minRows) keep[g] = 1;
    });
    let dropped = 0;
    for (let i = 0; i < size; i++) {
      const g = main[i]!;
      if (g >= 0 && !keep[g]) {
        main[i] = -1;
        dropped++;
      }
    }
    if (dropped === 0) break;
  }
  // renumber surviving groups by first term of their seed order
  const renum = new Int32Array(G).fill(-1);
  let count = 0;
  const sizes = new Int32Array(G);
  for (const g of main) if (g >= 0) sizes[g]!++;
  for (let g = 0; g < G; g++) if (sizes[g]! > 0) renum[g] = count++;
  for (let i = 0; i < size; i++) if (main[i]! >= 0) main[i] = renum[main[i]!]!;

  // anchors: terms whose bag docs lie mostly in one group
  const hits = new Map<number, number>(); // l * count + g
  for (let i = 0; i < size; i++) {
    const g = main[i]!;
    if (g < 0) continue;
    for (let p = start[i]!; p < start[i + 1]!; p++) {
      const key = bagTerms[p]! * count + g;
      hits.set(key, (hits.get(key) ?? 0) + 1);
    }
  }
  const anchorShare = settings.anchorShare ?? 0.4;
  const anchorOf = new Int32Array(L).fill(-1);
  const anchorHits = new Int32Array(L);
  for (const [key, c] of hits) {
    const l = Math.floor(key / count);
    const g = key - l * count;
    if (c < minDf || c / df[l]! < anchorShare) continue;
    // the group holding most of the term's docs (ties: lower group) — independent of Map order
    if (c > anchorHits[l]! || (c === anchorHits[l]! && g < anchorOf[l]!)) {
      anchorOf[l] = g;
      anchorHits[l] = c;
    }
  }
  const anchorsLocal: number[][] = Array.from({ length: count }, () => []);
  for (let l = 0; l < L; l++) if (anchorOf[l]! >= 0) anchorsLocal[anchorOf[l]!]!.push(l);
  for (const a of anchorsLocal) a.sort((x, y) => anchorHits[y]! - anchorHits[x]! || x - y);
  const rows: number[][] = Array.from({ length: count }, () => []);
  const mark = new Int32Array(count).fill(-1);
  for (let i = 0; i < size; i++) {
    let member = false;
    for (let p = start[i]!; p < start[i + 1]!; p++) {
      const g = anchorOf[bagTerms[p]!]!;
      if (g >= 0 && mark[g] !== i) {
        mark[g] = i;
        rows[g]!.push(bag[i]!);
        if (g === main[i]) member = true;
      }
    }
    if (!member) {
      // main group = the member group with the most anchor weight
      let best = -1;
      let bestScore = 0;
      for (let p = start[i]!; p < start[i + 1]!; p++) {
        const l = bagTerms[p]!;
        const g = anchorOf[l]!;
        if (g < 0) continue;
        score[g]! += idf[l]!;
        if (score[g]! > bestScore || (score[g] === bestScore && g < best)) {
          best = g;
          bestScore = score[g]!;
        }
      }
      for (let p = start[i]!; p < start[i + 1]!; p++) {
        const g = anchorOf[bagTerms[p]!]!;
        if (g >= 0) score[g] = 0;
      }
      main[i] = best;
    }
  }
  // groups without anchors have no rows: drop and renumber
  const alive: number[] = [];
  for (let g = 0; g < count; g++) if (rows[g]!.length > 0) alive.push(g);
  const final = new Int32Array(count).fill(-1);
  alive.forEach((g, i) => (final[g] = i));
  for (let i = 0; i < size; i++) if (main[i]! >= 0) main[i] = final[main[i]!]!;
  return {
    main,
    anchors: alive.map((g) => anchorsLocal[g]!.map((l) => globalOf[l]!)),
    rows: alive.map((g) => rows[g]!),
  };
}

/**
 * Reassigns each comment to the theme whose term profile it fits best, a few rounds (a
 * k-means-like refinement in term space, linear in rows). The weight of term t for theme g is
 * √P(t|g) · ln(P(t|g) / P(t)) when positive: how much more often the theme's comments use the
 * term than the corpus does (the log-ratio behind PMI and c-TF-IDF), damped for terms few of
 * the theme's comments use. A comment goes to the theme with the largest sum over its terms.
 */
/** Themes a term votes for in refine(). */
const maxVotes = 8;

function refine(
  main: Int32Array,
  G: number,
  docTerms: Int32Array,
  docTermStart: Int32Array,
  df: Int32Array,
  active: number,
  iterations: number,
): void {
  const n = main.length;
  const K = df.length;
  if (G === 0) return;
  const count = new Int32Array(K * G);
  const size = new Float64Array(G);
  const listStart = new Int32Array(K + 1);
  let listGroup = new Int32Array(0);
  let listWeight = new Float64Array(0);
  const score = new Float64Array(G);
  const touched: number[] = [];
  const candGroup = new Int32Array(G);
  const candWeight = new Float64Array(G);
  const candOrder = new Int32Array(G);
  for (let it = 0; it < iterations; it++) {
    count.fill(0);
    size.fill(0);
    for (let d = 0; d < n; d++) {
      const g = main[d]!;
      if (g < 0) continue;
      size[g]!++;
      for (let p = docTermStart[d]!; p < docTermStart[d + 1]!; p++) count[docTerms[p]! * G + g]!++;
    }
    // sparse lists term → (group, weight), groups ascending
    let total = 0;
    for (let i = 0; i < count.length; i++) if (count[i]! > 0) total++;
    if (listGroup.length < total) {
      listGroup = new Int32Array(total);
      listWeight = new Float64Array(total);
    }
    let at = 0;
    for (let t = 0; t < K; t++) {
      listStart[t] = at;
      const pt = df[t]! / active;
      let m = 0;
      for (let g = 0; g < G; g++) {
        const c = count[t * G + g]!;
        if (c === 0) continue;
        const ptg = c / (size[g]! + 1);
        const ratio = Math.log(ptg / pt);
        if (ratio > 0) {
          candGroup[m] = g;
          candWeight[m] = Math.sqrt(ptg) * ratio;
          m++;
        }
      }
      // a term votes only for the few themes it is most typical of (bounds the cost per comment);
      // candidates are in ascending group order, and so are the votes kept
      if (m > maxVotes) {
        const order = candOrder.subarray(0, m);
        for (let i = 0; i < m; i++) order[i] = i;
        order.sort((a, b) => candWeight[b]! - candWeight[a]! || a - b);
        const kept = order.subarray(0, maxVotes).sort();
        for (const i of kept) {
          listGroup[at] = candGroup[i]!;
          listWeight[at] = candWeight[i]!;
          at++;
        }
        continue;
      }
      for (let i = 0; i < m; i++) {
        listGroup[at] = candGroup[i]!;
        listWeight[at] = candWeight[i]!;
        at++;
      }
    }
    listStart[K] = at;
    let changed = 0;
    for (let d = 0; d < n; d++) {
      const start = docTermStart[d]!;
      const end = docTermStart[d + 1]!;
      if (start === end) continue;
      touched.length = 0;
      for (let p = start; p < end; p++) {
        const t = docTerms[p]!;
        for (let e = listStart[t]!; e < listStart[t + 1]!; e++) {
          const g = listGroup[e]!;
          if (score[g] === 0) touched.push(g);
          score[g]! += listWeight[e]!;
        }
      }
      let best = -1;
      let bestScore = -Infinity;
      for (const g of touched) {
        if (score[g]! > bestScore || (score[g] === bestScore && g < best)) {
          best = g;
          bestScore = score[g]!;
        }
        score[g] = 0;
      }
      if (best !== main[d]) changed++;
      main[d] = best;
    }
    if (changed === 0) break;
  }
}

function cooccurrenceGraph(
  docTerms: Int32Array,
  docTermStart: Int32Array,
  df: Int32Array,
  active: number,
  K: number,
  options: { minCo: number; maxTermsPerDoc: number; neighbours: number },
): WeightedGraph {
  const n = docTermStart.length - 1;
  const co = new Uint32Array(K * K);
  for (let d = 0; d < n; d++) {
    const end = docTermStart[d + 1]!;
    const start = Math.max(docTermStart[d]!, end - options.maxTermsPerDoc);
    for (let i = start; i < end; i++) {
      const a = docTerms[i]! * K;
      for (let j = i + 1; j < end; j++) co[a + docTerms[j]!]!++;
    }
  }
  const candidates: { j: number; w: number }[][] = Array.from({ length: K }, () => []);
  for (let a = 0; a < K; a++) {
    for (let b = a + 1; b < K; b++) {
      const c = co[a * K + b]!;
      if (c < options.minCo) continue;
      const pab = c / active;
      const npmi = pab >= 1 ? 1 : Math.log((pab * active * active) / (df[a]! * df[b]!)) / -Math.log(pab);
      if (!(npmi > 0)) continue;
      candidates[a]!.push({ j: b, w: npmi });
      candidates[b]!.push({ j: a, w: npmi });
    }
  }
  const edges: Map<number, number>[] = Array.from({ length: K }, () => new Map());
  for (let a = 0; a < K; a++) {
    const list = candidates[a]!;
    list.sort((x, y) => y.w - x.w || x.j - y.j);
    for (const { j, w } of list.slice(0, options.neighbours)) {
      edges[a]!.set(j, w);
      edges[j]!.set(a, w);
    }
  }
  const neighbours: number[][] = [];
  const weights: number[][] = [];
  for (const map of edges) {
    const keys = [...map.keys()].sort((x, y) => x - y);
    neighbours.push(keys);
    weights.push(keys.map((k) => map.get(k)!));
  }
  return { neighbours, weights };
}
