/**
 * Theme discovery from term and co-occurrence statistics (never a comment-by-comment matrix).
 *
 * 1. Candidates: 1-3 content-word phrases (see content-runs.ts) in at least `minDf` comments
 *    (0.1% of the comments, at least 3) and at most half of them; the `maxTerms` most frequent.
 * 2. Co-occurrence: for each pair of candidates, the number of comments containing both; each
 *    comment contributes at most `maxTermsPerDoc` candidates (its rarest), so the cost is linear in rows.
 * 3. Association: normalised PMI (Bouma 2009), npmi(a,b) = ln(p(ab) / (p(a)p(b))) / −ln p(ab), a
 *    measure of how much more often two phrases meet than chance; it favours distinctive pairs over
 *    frequent ones. Each phrase keeps its `neighbours` strongest partners (a k-nearest-neighbour graph).
 *    A phrase always co-occurs with the words it contains, so "long wait" joins "wait".
 * 4. Grouping: Louvain modularity communities of that graph (louvain.ts). Modularity decides the
 *    number of themes; at most `maxThemes` are kept (the largest). A phrase whose links lie mostly
 *    outside its community (a hub such as "account") does not put rows into the theme.
 * 5. Specific issues: inside a large fine theme, steps 2-4 run again on its rows with its own
 *    phrases left out; groups of ≥ 5% of its rows become its sub-themes.
 * 6. Parents (head-concepts.ts): fine themes whose head-noun profiles are alike are grouped under
 *    one parent ("payment / card" over "charged twice", "card declined", "promo code"). A parent's
 *    rows are its members' rows plus the comments containing one of its head nouns; its sub-themes are
 *    its members and their specific issues (two levels). Ungrouped fine themes stay top-level.
 * 7. Rows: a row belongs to every theme with one of its member phrases; its main theme is its most
 *    specific theme (specific issue, else fine theme, else the parent whose heads it uses).
 */
import type { ThemeDoc } from './types.js';
import { buildCorpus, indexTerms, type Corpus, type TermIndex } from './term-index.js';
import { evaluativeWords } from './model/evaluative-words.js';
import { louvainLevels, type WeightedGraph } from './louvain.js';
import { headConcepts, type HeadSettings } from './head-concepts.js';
import { isNounWord } from './word-class.js';


/** Union of ascending row lists, ascending. */
function unionRows(lists: readonly (readonly number[])[]): number[] {
  const all = new Set<number>();
  for (const list of lists) for (const r of list) all.add(r);
  return [...all].sort((a, b) => a - b);
}

export type DiscoverySettings = {
  readonly maxThemes: number;
  /** Size of the corpus the thresholds are scaled to (all analysed comments). */
  readonly corpusSize: number;
  readonly maxTerms?: number;
  readonly maxTermsPerDoc?: number;
  readonly neighbours?: number;
  readonly resolution?: number;
  readonly iterations?: number;
  readonly minDf?: number;
  readonly seedLevel?: number;
  readonly subThemes?: boolean;
  readonly maxSub?: number;
  readonly subShare?: number;
  readonly anchorShare?: number;
  /** false: no head-concept parents (flat fine themes with their own sub-themes). */
  readonly hierarchy?: boolean;
  /** Keep a grouped fine theme's own sub-themes as further children of the parent (default true). */
  readonly keepSubs?: boolean;
  /** Phrase keys (stems joined by spaces) never used as theme terms (ignored multi-word entries). */
  readonly dropPhrase?: (key: string) => boolean;
  /** Settings of the head concepts (head-concepts.ts). */
  readonly heads?: HeadSettings;
};

/** A theme before it gets an id and label: its phrases (strongest first) and rows. */
export type DraftTheme = {
  /** Term indices into the index, strongest first; a row with one of them belongs to the theme. */
  readonly terms: readonly number[];
  /** Parent draft index, or null. A sub-theme's rows are its parent's rows that match its terms. */
  readonly parent: number | null;
  /** Ascending doc indices. */
  readonly rows: readonly number[];
  /** Terms the label is chosen from (default: `terms`): a parent's heads, a child's own words. */
  readonly labelTerms?: readonly number[];
  /** A sibling draft whose rows this one's rows lie in (a member group's specific issue), if not the parent. */
  readonly within?: number;
};

export type Discovery = {
  readonly corpus: Corpus;
  readonly index: TermIndex;
  readonly themes: readonly DraftTheme[];
  /** Main draft theme per doc (the most specific one that fits best), -1 for none. */
  readonly main: Int32Array;
};

function evaluativeStems(contentStem: (norm: string) => string | null): ReadonlySet<string> {
  const stems = new Set<string>();
  for (const word of evaluativeWords) {
    const s = contentStem(word);
    if (s !== null) stems.add(s);
  }
  return stems;
}

export function minSupport(corpusSize: number): number {
  return Math.max(3, Math.ceil(corpusSize * 0.001));
}

/** Shared state of one discovery run. */
type Context = {
  readonly K: number;
  readonly docTerms: Int32Array;
  readonly docTermStart: Int32Array;
  readonly minDf: number;
  readonly settings: DiscoverySettings;
};

type Grouping = {
  /** Group per bag position, -1 for none. */
  readonly main: Int32Array;
  /** Member (anchor) terms per group, strongest first. */
  readonly anchors: readonly (readonly number[])[];
  /** Rows per group (ascending doc ids, members of the bag). */
  readonly rows: readonly (readonly number[])[];
};

export function discover(
  docs: readonly ThemeDoc[],
  include: (d: number) => boolean,
  contentStem: (norm: string) => string | null,
  settings: DiscoverySettings,
): Discovery {
  const n = docs.length;
  const corpus = buildCorpus(docs, include, contentStem);
  const included: number[] = [];
  for (let d = 0; d < n; d++) if (include(d)) included.push(d);
  const minDf = settings.minDf ?? minSupport(settings.corpusSize);
  const index = indexTerms(corpus, {
    minDf,
    maxDf: Math.max(minDf, Math.floor(included.length * 0.5)),
    maxTerms: settings.maxTerms ?? 3000,
    notAlone: evaluativeStems(contentStem),
    ...(settings.dropPhrase === undefined ? {} : { drop: settings.dropPhrase }),
  });
  const K = index.terms.length;

  // comment → its distinct terms (CSR, ascending term index)
  const docTermStart = new Int32Array(n + 1);
  const list: number[] = [];
  const lastDoc = new Int32Array(K).fill(-1);
  const scratch: number[] = [];
  for (let d = 0; d < n; d++) {
    docTermStart[d] = list.length;
    scratch.length = 0;
    index.forEachOccurrence(d, (t) => {
      if (lastDoc[t] !== d) {
        lastDoc[t] = d;
        scratch.push(t);
      }
    });
    scratch.sort((a, b) => a - b);
    for (const t of scratch) list.push(t);
  }
  docTermStart[n] = list.length;
  const ctx: Context = { K, docTerms: Int32Array.from(list), docTermStart, minDf, settings };

  const main = new Int32Array(n).fill(-1);
  const themes: DraftTheme[] = [];
  const top = group(ctx, Int32Array.from(included), new Uint8Array(K), settings.maxThemes, minDf);
  const G = top.anchors.length;

  // sub-themes of each fine group (computed for every group; kept under a parent when `keepSubs`)
  const subs: (Grouping | null)[] = top.anchors.map((anchors, g) => {
    const rows = top.rows[g]!;
    const minSplit = Math.max(4 * minDf, 20);
    if (settings.subThemes === false || rows.length < minSplit) return null;
    const exclude = new Uint8Array(K);
    for (const t of anchors) exclude[t] = 1;
    const sub = group(ctx, Int32Array.from(rows), exclude, settings.maxSub ?? 12, Math.max(minDf, Math.ceil(rows.length * (settings.subShare ?? 0.05))));
    return sub.anchors.length < 2 ? null : sub;
  });

  // broad parents: fine groups that share their head nouns
  const nounTerm = (t: number): boolean => {
    const words = index.terms[t]!.words;
    return words.length === 1 && isNounWord(corpus.surfaces[words[0]!]!);
  };
  const concepts =
    settings.hierarchy === false
      ? []
      : headConcepts(
          {
            size: included.length,
            docTerms: ctx.docTerms,
            docTermStart,
            df: Int32Array.from(index.terms, (t) => t.df),
            isNounTerm: nounTerm,
            minDf,
            themes: top.rows,
          },
          settings.heads,
        );
  const conceptOf = new Int32Array(G).fill(-1);
  concepts.forEach((c, ci) => {
    for (const g of c.members) conceptOf[g] = ci;
  });

  // top-level candidates: parents and ungrouped fine groups, the largest `maxThemes` kept
  type Top = { kind: 'concept' | 'group'; at: number; rows: readonly number[] };
  const tops: Top[] = concepts.map((c, at) => ({ kind: 'concept' as const, at, rows: c.rows }));
  for (let g = 0; g < G; g++) if (conceptOf[g]! < 0) tops.push({ kind: 'group', at: g, rows: top.rows[g]! });
  tops.sort((a, b) => b.rows.length - a.rows.length || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.at - b.at));
  tops.length = Math.min(tops.length, settings.maxThemes);

  const groupDraft = new Int32Array(G).fill(-1);
  const conceptDraft = new Int32Array(Math.max(concepts.length, 1)).fill(-1);
  const bestChild = new Int32Array(n).fill(-1);
  const keepSubs = settings.keepSubs ?? true;
  /**
   * Adds the specific issues of fine group g as children of `parentIndex`. Under a head-concept
   * parent they keep the rows found inside g and name g as `within` (an exported taxonomy then
   * matches them inside g's rows, so it re-applies to the same rows).
   */
  const pushSubs = (g: number, parentIndex: number, heads: readonly number[] = []): void => {
    const sub = subs[g];
    if (sub === null || sub === undefined) return;
    const childIndex = themes.length;
    const within = heads.length > 0 ? groupDraft[g]! : undefined;
    sub.anchors.forEach((childAnchors, c) => {
      const own = childAnchors.filter((t) => !heads.includes(t));
      const draft = { terms: childAnchors, parent: parentIndex, rows: sub.rows[c]!, labelTerms: own.length > 0 ? own : childAnchors };
      themes.push(within === undefined ? draft : { ...draft, within });
    });
    const rows = top.rows[g]!;
    for (let i = 0; i < rows.length; i++) {
      if (sub.main[i]! >= 0) bestChild[rows[i]!] = childIndex + sub.main[i]!;
    }
  };
  for (const entry of tops) {
    if (entry.kind === 'concept') {
      const concept = concepts[entry.at]!;
      const heads = concept.heads;
      const seen = new Set<number>(heads);
      const terms = [...heads];
      for (const g of concept.members) for (const t of top.anchors[g]!) if (!seen.has(t)) (seen.add(t), terms.push(t));
      const parentIndex = themes.length;
      conceptDraft[entry.at] = parentIndex;
      // label: the heads, or phrases made of head words only ("customer service" for customer + service)
      const headWords = new Set(heads.map((t) => index.terms[t]!.words[0]!));
      const labelTerms = terms.filter((t) => heads.includes(t) || index.terms[t]!.words.every((w) => headWords.has(w)));
      themes.push({ terms, parent: null, rows: entry.rows, labelTerms });
      for (const g of concept.members) {
        groupDraft[g] = themes.length;
        const own = top.anchors[g]!.filter((t) => !heads.includes(t));
        themes.push({ terms: top.anchors[g]!, parent: parentIndex, rows: top.rows[g]!, labelTerms: own.length > 0 ? own : top.anchors[g]! });
        if (keepSubs) pushSubs(g, parentIndex, heads);
      }
      continue;
    }
    const g = entry.at;
    groupDraft[g] = themes.length;
    const parentIndex = themes.length;
    themes.push({ terms: top.anchors[g]!, parent: null, rows: entry.rows });
    pushSubs(g, parentIndex);
  }
  const headIdf = new Float64Array(K);
  for (const c of concepts) for (const t of c.heads) headIdf[t] = Math.log(included.length / index.terms[t]!.df);
  const inConcept: number[][] = Array.from({ length: n }, () => []);
  concepts.forEach((c, ci) => {
    if (conceptDraft[ci]! >= 0) for (const d of c.rows) inConcept[d]!.push(ci);
  });
  for (let i = 0; i < included.length; i++) {
    const d = included[i]!;
    const g = top.main[i]!;
    const draft = g >= 0 ? groupDraft[g]! : -1;
    if (draft >= 0) {
      const child = bestChild[d]!;
      main[d] = child >= 0 ? child : draft;
      continue;
    }
    // no fine group: the parent whose heads the row uses most distinctively
    let best = -1;
    let bestScore = 0;
    for (const c of inConcept[d]!) {
      let score = 0;
      for (let p = docTermStart[d]!; p < docTermStart[d + 1]!; p++) {
        const t = ctx.docTerms[p]!;
        if (concepts[c]!.heads.includes(t)) score += headIdf[t]!;
      }
      if (score > bestScore) {
        best = conceptDraft[c]!;
        bestScore = score;
      }
    }
    main[d] = best;
  }
  return dropDuplicates({ corpus, index, themes, main });
}

/**
 * Drops a sub-theme whose rows equal its parent's or an earlier sibling's (it would be the same
 * theme twice); rows whose main theme it was fall back to the theme it duplicates.
 */
function dropDuplicates(found: Discovery): Discovery {
  const { themes, main } = found;
  const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((r, i) => r === b[i]);
  const target = themes.map((_, i) => i);
  const firstOf = new Map<string, number>();
  themes.forEach((t, i) => {
    if (t.parent === null) return;
    const parent = themes[t.parent]!;
    if (same(t.rows, parent.rows)) {
      target[i] = t.parent;
      return;
    }
    const key = `${t.parent}:${t.rows.length}:${t.rows[0] ?? -1}:${t.rows[t.rows.length - 1] ?? -1}`;
    const earlier = firstOf.get(key);
    if (earlier !== undefined && same(themes[earlier]!.rows, t.rows)) target[i] = earlier;
    else firstOf.set(key, i);
  });
  if (target.every((t, i) => t === i)) return found;
  const newIndex = new Int32Array(themes.length).fill(-1);
  const kept: DraftTheme[] = [];
  themes.forEach((t, i) => {
    if (target[i] !== i) return;
    newIndex[i] = kept.length;
    kept.push(t);
  });
  const resolve = (i: number): number => (target[i] === i ? newIndex[i]! : resolve(target[i]!));
  const remapped = kept.map((t) => {
    if (t.parent === null) return t;
    const { within: oldWithin, ...rest } = t;
    const moved: DraftTheme = { ...rest, parent: resolve(t.parent) };
    if (oldWithin === undefined) return moved;
    const within = resolve(oldWithin);
    // narrowed to its parent after all: no separate gate
    return within === moved.parent ? moved : { ...moved, within };
  });
  const mainOut = Int32Array.from(main, (g) => (g < 0 ? g : resolve(g)));
  return { ...found, themes: remapped, main: mainOut };
}

/**
 * Groups the docs of a bag: a co-occurrence graph of the bag's terms, its finest Louvain
 * communities as seeds, refinement of the doc assignment, then each group's anchor terms
 * (terms most of whose docs the group holds) decide its rows.
 */
function group(ctx: Context, bag: Int32Array, exclude: Uint8Array, maxGroups: number, minRows: number): Grouping {
  const { K, docTerms, docTermStart, minDf, settings } = ctx;
  const size = bag.length;
  const ldf = new Int32Array(K);
  for (const d of bag) for (let p = docTermStart[d]!; p < docTermStart[d + 1]!; p++) ldf[docTerms[p]!]!++;
  const local = new Int32Array(K).fill(-1);
  const globalOf: number[] = [];
  for (let t = 0; t < K; t++) {
    if (exclude[t] || ldf[t]! < minDf || ldf[t]! > size * 0.5) continue;
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
    const candidates: { g: number; w: number }[] = [];
    for (let t = 0; t < K; t++) {
      listStart[t] = at;
      const pt = df[t]! / active;
      candidates.length = 0;
      for (let g = 0; g < G; g++) {
        const c = count[t * G + g]!;
        if (c === 0) continue;
        const ptg = c / (size[g]! + 1);
        const ratio = Math.log(ptg / pt);
        if (ratio > 0) candidates.push({ g, w: Math.sqrt(ptg) * ratio });
      }
      // a term votes only for the few themes it is most typical of (bounds the cost per comment)
      if (candidates.length > maxVotes) {
        candidates.sort((a, b) => b.w - a.w || a.g - b.g);
        candidates.length = maxVotes;
        candidates.sort((a, b) => a.g - b.g);
      }
      for (const { g, w } of candidates) {
        listGroup[at] = g;
        listWeight[at] = w;
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
