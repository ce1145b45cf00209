/**
 * Theme discovery: themes anchored on a head term, from term statistics (never a comment-by-comment
 * matrix). A theme's comments are the comments that use its head, so its label is what they say.
 *
 * 1. Candidates (term-index.ts): 1-3 content-word phrases in at least `minDf` comments (0.1% of the
 *    comments, at least 3) and at most half of them; the `maxTerms` most frequent. Evaluative words
 *    ("good", "terrible") are no phrase on their own (sentiment is measured apart).
 * 2. Topics: the phrases' co-occurrence graph — normalised PMI (Bouma 2009),
 *    npmi(a,b) = ln(p(ab) / (p(a)p(b))) / −ln p(ab), each phrase keeping its `neighbours` strongest
 *    partners — is cut into Louvain modularity communities (louvain.ts); they seed a grouping of the
 *    comments, refined k-means-like in term space (refine()). A topic's anchors are the phrases most
 *    of whose comments (≥ `anchorShare`) it holds. Each comment contributes at most `maxTermsPerDoc`
 *    phrases to the graph, so the cost is linear in rows.
 * 3. Context words: a word in at least `contextShare` (20%) of the comments that anchors no topic —
 *    spread over every topic, as the brand or the product is ("netflix", "app", "food" in restaurant
 *    reviews) — is the setting of the export, not a theme: it never heads a theme (it may still be
 *    part of a phrase: "netflix household").
 * 4. Heads: each topic is named by the phrase that best marks its comments, by coverage × precision,
 *    hits² / (topic size × df), with at least `headCover` of the topic's comments using it; a noun
 *    counts fully, another word or a longer phrase half (word-class.ts): the category noun wins
 *    ("delivery", "refund", "household"). Context words, number words and ignored terms never head.
 * 5. Top-level themes: one per distinct head; its rows are the comments using the head. Heads in
 *    fewer than `topShare` (0.7%) of the comments are dropped. A head most of whose comments
 *    (≥ `joinShare`, half) already use a larger head joins it: it becomes one of its keywords and a
 *    sub-theme ("netflix household" under "household"). Of the rest, the `maxThemes` that together
 *    cover the most comments are kept (greedy: each next adds the most comments not yet covered).
 * 6. Sub-themes, the specific issues in the customers' words, at least `subShare` of the parent's
 *    rows each, at most `maxSub` (the largest): heads that joined it; the head's phrases with one
 *    more word ("late delivery", "delivery was late" and "delivery came an hour late" are one:
 *    the parent's comments that use "late", when that word is `subLift` times as common among them
 *    as among all and carries information about the topics, as heads must; named by the most
 *    common phrase); and other phrases of the head. A sub-theme's rows are
 *    the parent's rows with one of its phrases (keywords), so rows nest in their parent. Two levels.
 * 7. Main theme of a comment: among the themes whose head it uses, the one its topic is headed by
 *    (else the rarest head), then the first of that theme's sub-themes it is in, if any.
 */
import type { ThemeDoc } from './types.js';
import { buildCorpus, indexTerms, IntList, type Corpus, type TermIndex } from './term-index.js';
import { RowLists } from './row-lists.js';
import type { Compounds } from './content-runs.js';
import { evaluativeWords } from './model/evaluative-words.js';
import { group, type TopicContext } from './topics.js';
import { binaryHas, intersectSorted, unionSorted } from './sorted-rows.js';
import { isNounWord, numberWords } from './word-class.js';
import { genericNouns } from './model/generic-nouns.js';

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
  /** false: no sub-themes. */
  readonly subThemes?: boolean;
  /** Most sub-themes per top-level theme (default 5). */
  readonly maxSub?: number;
  /** Smallest sub-theme, as a share of its parent's rows (default 0.04). */
  readonly subShare?: number;
  /** Least lift of a sub-theme's extra word among its parent's comments (default 1.5). */
  readonly subLift?: number;
  /** Sentiment gap (in standard deviations of comment sentiment) at which a subject's weight in the top-level pick doubles (default 0.5). */
  readonly sentimentWeight?: number;
  /** Most themes in all (default 3 × maxThemes): the smallest sub-themes beyond it go. */
  readonly maxTotal?: number;
  readonly anchorShare?: number;
  /** Most topics of step 2 (default 150). */
  readonly maxTopics?: number;
  /** Context words: see the module comment (default 0.2). */
  readonly contextShare?: number;
  /** Least share of a topic's comments its head must be in (default 0.2). */
  readonly headCover?: number;
  /** Least information (nats) a noun carries about the topics to head a theme no topic is headed by (default 0.8). */
  readonly minTopicality?: number;
  /** A noun (not generic, not context) in at least this share of the comments heads a theme (default 0.03). */
  readonly frequentShare?: number;
  /** Smallest top-level theme, as a share of the comments (default 0.007). */
  readonly topShare?: number;
  /** Share of a head's comments inside a larger head's that makes it join it (default 0.5). */
  readonly joinShare?: number;
  /** Share of a topic phrase's comments using the head that binds it to the head's theme (default 0.5). */
  readonly bindShare?: number;
  /** Most phrases (keywords) per theme (default 12). */
  readonly maxKeywords?: number;
  /** Phrase keys (stems joined by spaces) never used as theme terms (ignored multi-word entries). */
  readonly dropPhrase?: (key: string) => boolean;
  /** Phrasal compounds the export attests (default: counted over the included comments). */
  readonly compounds?: Compounds;
};

/** A theme before it gets an id and label: its phrases (strongest first) and rows. */
export type DraftTheme = {
  /** Term indices into the index, strongest first; a row with one of them belongs to the theme (within its parent). */
  readonly terms: readonly number[];
  /** Parent draft index, or null. A sub-theme's rows are its parent's rows that match its terms. */
  readonly parent: number | null;
  /** Ascending doc indices. */
  readonly rows: readonly number[];
  /** Terms the label is chosen from, in order of preference (default: `terms`). */
  readonly labelTerms?: readonly number[];
  /** A sibling draft whose rows this one's rows lie in, if not the parent (not set by discovery). */
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

type Top = {
  /** Head term and the heads that joined it. */
  readonly heads: number[];
  rows: number[];
  /** Fine topics headed by it. */
  readonly topics: number[];
  /** Phrases bound to the head (see bindShare). */
  readonly bound: number[];
};

export function discover(
  docs: readonly ThemeDoc[],
  include: (d: number) => boolean,
  contentStem: (norm: string) => string | null,
  settings: DiscoverySettings,
): Discovery {
  const n = docs.length;
  const corpus = buildCorpus(docs, include, contentStem, settings.compounds);
  const included: number[] = [];
  for (let d = 0; d < n; d++) if (include(d)) included.push(d);
  const N = included.length;
  const minDf = settings.minDf ?? minSupport(settings.corpusSize);
  const index = indexTerms(corpus, {
    minDf,
    maxDf: Math.max(minDf, Math.floor(N * 0.5)),
    maxTerms: settings.maxTerms ?? 3000,
    notAlone: evaluativeStems(contentStem),
    ...(settings.dropPhrase === undefined ? {} : { drop: settings.dropPhrase }),
  });
  const K = index.terms.length;
  const df = Int32Array.from(index.terms, (t) => t.df);

  // comment → its distinct terms (CSR, ascending term index); term → its comments (postings)
  const docTermStart = new Int32Array(n + 1);
  const list = new IntList();
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
  const docTerms = list.done();
  const postStart = new Int32Array(K + 1);
  for (const t of docTerms) postStart[t + 1]!++;
  for (let t = 0; t < K; t++) postStart[t + 1]! += postStart[t]!;
  const postings = new Int32Array(docTerms.length);
  const fill = postStart.slice(0, K);
  for (let d = 0; d < n; d++) for (let p = docTermStart[d]!; p < docTermStart[d + 1]!; p++) postings[fill[docTerms[p]!]!++] = d;
  const rowsOf = (t: number): Int32Array => postings.subarray(postStart[t]!, postStart[t + 1]!);
  const ctx: TopicContext = { K, docTerms, docTermStart, minDf, settings };

  const main = new Int32Array(n).fill(-1);
  if (N === 0 || K === 0) return { corpus, index, themes: [], main };

  // 2. topics
  const topics = group(ctx, Int32Array.from(included), settings.maxTopics ?? 2 * settings.maxThemes, minDf);
  const T = topics.anchors.length;

  // 3. context words
  const anchored = new Uint8Array(K);
  for (const a of topics.anchors) for (const t of a) anchored[t] = 1;
  const context = new Uint8Array(K);
  const contextDf = (settings.contextShare ?? 0.2) * N;
  for (let t = 0; t < K; t++) {
    if (index.terms[t]!.words.length !== 1) continue;
    if (df[t]! >= contextDf && !anchored[t]) context[t] = 1;
  }

  // 4. heads of the topics
  const wordsOf = (t: number): readonly number[] => index.terms[t]!.words;
  const generic = new Set<string>();
  for (const word of genericNouns) {
    const s = contentStem(word);
    if (s !== null) generic.add(s);
  }
  const headQuality = (t: number): number => {
    const words = wordsOf(t);
    if (words.some((w) => context[t] || numberWords.has(corpus.surfaces[w]!))) return 0;
    if (words.length === 1 && generic.has(corpus.stems[words[0]!]!)) return 0;
    if (words.length > 1) return words.every((w) => isContextWord(w)) ? 0 : 0.5;
    // a phrasal compound names a thing ("top-up", "sign-up"); another word is a noun, unless
    // customers mostly write it as a verb ("watching", "worked", "ordered")
    if (corpus.stems[words[0]!]!.includes('-')) return 1;
    return isNounWord(corpus.surfaces[words[0]!]!) && corpus.verbShare[words[0]!]! < 0.3 ? 1 : 0.5;
  };
  // a phrase made only of context words is context too
  const contextWord = new Uint8Array(corpus.stems.length);
  for (let t = 0; t < K; t++) if (context[t]) contextWord[wordsOf(t)[0]!] = 1;
  function isContextWord(w: number): boolean {
    return contextWord[w] === 1;
  }
  const quality = Float64Array.from(index.terms, (_, t) => headQuality(t));
  // content word → its one-word term, -1 for none
  const unigram = new Int32Array(corpus.stems.length).fill(-1);
  for (let t = 0; t < K; t++) if (wordsOf(t).length === 1) unigram[wordsOf(t)[0]!] = t;
  const topFloor = Math.max(minDf, Math.ceil(N * (settings.topShare ?? 0.007)));
  const headCover = settings.headCover ?? 0.2;
  const topicHead = new Int32Array(T).fill(-1);
  const hits = new Map<number, number>();
  for (let g = 0; g < T; g++) {
    hits.clear();
    const rows = topics.rows[g]!;
    for (const d of rows) {
      for (let p = docTermStart[d]!; p < docTermStart[d + 1]!; p++) {
        const t = docTerms[p]!;
        if (quality[t]! > 0 && df[t]! >= topFloor) hits.set(t, (hits.get(t) ?? 0) + 1);
      }
    }
    // the head is one of the topic's anchors (most of its comments are in the topic): a word used
    // across topics ("time", "work") names none of them
    let best = -1;
    let bestScore = 0;
    let covered = false;
    for (const t of topics.anchors[g]!) {
      const h = hits.get(t) ?? 0;
      if (h < minDf) continue;
      const covers = h >= headCover * rows.length;
      if (covered && !covers) continue;
      const score = (quality[t]! * h * h) / (rows.length * df[t]!);
      if ((covers && !covered) || score > bestScore || (score === bestScore && best >= 0 && index.terms[t]!.key < index.terms[best]!.key)) {
        best = score > 0 ? t : best;
        bestScore = score > 0 ? score : bestScore;
        covered = covered || (covers && score > 0);
      }
    }
    topicHead[g] = best;
  }

  // 5. top-level themes: one per head, the larger first; a head mostly inside a larger one joins it
  const byHead = new Map<number, number[]>();
  for (let g = 0; g < T; g++) {
    const h = topicHead[g]!;
    if (h < 0) continue;
    let list = byHead.get(h);
    if (list === undefined) byHead.set(h, (list = []));
    list.push(g);
  }
  // nouns that carry much information about the topics — KL(P(topic | noun) ‖ P(topic)), in nats — head
  // a theme of their own even when no topic is theirs ("ads" spread over the plan and the player topics);
  // a generic noun ("time", "problem") is spread like the comments themselves and carries little
  const topicOf = new Int32Array(n).fill(-1);
  const topicSize = new Float64Array(T + 1);
  for (let i = 0; i < N; i++) {
    const g = topics.main[i]! >= 0 ? topics.main[i]! : T;
    topicOf[included[i]!] = g;
    topicSize[g]!++;
  }
  const minTopicality = settings.minTopicality ?? 0.8;
  const frequentDf = Math.max(topFloor, (settings.frequentShare ?? 0.03) * N);
  const counts = new Float64Array(T + 1);
  const topicality = (t: number): number => {
    counts.fill(0);
    const rows = rowsOf(t);
    for (const d of rows) counts[topicOf[d]!]!++;
    let kl = 0;
    for (let g = 0; g <= T; g++) if (counts[g]! > 0) kl += (counts[g]! / rows.length) * Math.log((counts[g]! * N) / (rows.length * topicSize[g]!));
    return kl;
  };
  // a topic head that is one word and no noun ("watch", "work") must carry the information too
  for (const h of [...byHead.keys()]) {
    if (wordsOf(h).length === 1 && quality[h]! < 1 && topicality(h) * quality[h]! < minTopicality) byHead.delete(h);
  }
  for (let t = 0; t < K; t++) {
    if (byHead.has(t) || quality[t]! <= 0 || wordsOf(t).length !== 1 || df[t]! < topFloor) continue;
    // a frequent noun is a subject customers raise ("ambience", "price"), whatever topics it spans
    if (quality[t]! >= 1 && df[t]! >= frequentDf) {
      byHead.set(t, []);
      continue;
    }
    // a word that is no noun ("declined", "arrive") needs twice the information
    if (topicality(t) * quality[t]! >= minTopicality) byHead.set(t, []);
  }
  const heads = [...byHead.keys()]
    .filter((h) => df[h]! >= topFloor)
    .sort((a, b) => df[b]! - df[a]! || quality[b]! - quality[a]! || (index.terms[a]!.key < index.terms[b]!.key ? -1 : 1));
  const candidates: Top[] = [];
  const rowTops = new RowLists(n); // top-level candidates (then themes) per comment
  const joinShare = settings.joinShare ?? 0.5;
  const maxKeywords = settings.maxKeywords ?? 12;
  const overlap = new Map<number, number>();
  // a spelling variant of a larger head ("ambiance" of "ambience", "colour" of "color") is the same
  // subject: one letter apart (words of six letters or more), used instead of it rather than beside
  // it (together in no more comments than chance would put them), in the same topics (cosine of
  // their comments' topic counts ≥ 0.7); it joins that head's theme and is no sub-theme
  const spellingVariants = new Set<number>();
  const topicCounts = (t: number): Float64Array => {
    const v = new Float64Array(T + 1);
    for (const d of rowsOf(t)) v[topicOf[d]!]!++;
    return v;
  };
  const spelledAs = (a: number, b: number): boolean => {
    if (wordsOf(a).length !== 1 || wordsOf(b).length !== 1) return false;
    if (!oneEditApart(corpus.surfaces[wordsOf(a)[0]!]!, corpus.surfaces[wordsOf(b)[0]!]!)) return false;
    if (intersectSorted(rowsOf(a), rowsOf(b)).length * N > df[a]! * df[b]!) return false;
    const x = topicCounts(a);
    const y = topicCounts(b);
    let xy = 0;
    let xx = 0;
    let yy = 0;
    for (let g = 0; g <= T; g++) {
      xy += x[g]! * y[g]!;
      xx += x[g]! * x[g]!;
      yy += y[g]! * y[g]!;
    }
    return xy >= 0.7 * Math.sqrt(xx * yy);
  };
  for (const h of heads) {
    const variantOf = candidates.findIndex((c) => c.heads.some((other) => spelledAs(h, other)));
    if (variantOf >= 0) {
      candidates[variantOf]!.heads.push(h);
      candidates[variantOf]!.topics.push(...byHead.get(h)!);
      spellingVariants.add(h);
      continue;
    }
    overlap.clear();
    const rows = rowsOf(h);
    for (const d of rows) rowTops.forEach(d, (k) => overlap.set(k, (overlap.get(k) ?? 0) + 1));
    let into = -1;
    for (const [k, c] of overlap) {
      if (c >= joinShare * rows.length && (into < 0 || c > overlap.get(into)! || (c === overlap.get(into)! && k < into))) into = k;
    }
    if (into >= 0) {
      // (a theme names at most `maxKeywords` phrases: a smaller head beyond them adds nothing)
      if (candidates[into]!.heads.length < maxKeywords) {
        candidates[into]!.heads.push(h);
        candidates[into]!.topics.push(...byHead.get(h)!);
      }
      continue;
    }
    const k = candidates.length;
    candidates.push({ heads: [h], rows: Array.from(rows), topics: [...byHead.get(h)!], bound: [] });
    for (const d of rows) rowTops.add(d, k);
  }
  // the `maxThemes` heads that together cover the most comments, picked greedily (each next one
  // adds the most comments not yet covered), so that distinct subjects win over overlapping ones;
  // a subject customers feel differently about than about the rest (its mean sentiment `sentimentWeight`
  // standard deviations from the mean) counts up to twice: pains and delights are what a report is for
  let sum = 0;
  let sumSq = 0;
  for (const d of included) {
    sum += docs[d]!.score;
    sumSq += docs[d]!.score * docs[d]!.score;
  }
  const mean = sum / N;
  const sd = Math.sqrt(Math.max(1e-12, sumSq / N - mean * mean));
  const weight = candidates.map((c) => {
    let s = 0;
    for (const d of c.rows) s += docs[d]!.score;
    return 1 + Math.min(1, Math.abs(s / c.rows.length - mean) / ((settings.sentimentWeight ?? 0.5) * sd));
  });
  const covered = new Uint8Array(n);
  const picked: number[] = [];
  const taken = new Uint8Array(candidates.length);
  while (picked.length < settings.maxThemes) {
    let best = -1;
    let bestGain = 0;
    candidates.forEach((c, k) => {
      if (taken[k]) return;
      let fresh = 0;
      for (const d of c.rows) fresh += 1 - covered[d]!;
      const gain = fresh * weight[k]!;
      if (fresh >= minDf && gain > bestGain) {
        best = k;
        bestGain = gain;
      }
    });
    if (best < 0) break;
    taken[best] = 1;
    picked.push(best);
    for (const d of candidates[best]!.rows) covered[d] = 1;
  }
  picked.sort((a, b) => a - b);
  const tops = picked.map((k) => candidates[k]!);
  rowTops.clear();
  tops.forEach((top, k) => {
    for (const d of top.rows) rowTops.add(d, k);
  });
  // joined heads and bound phrases add their rows: a phrase of the theme's topics most of whose
  // comments (≥ `bindShare`) use the head is said about the head even where the head is left out
  const bindShare = settings.bindShare ?? 0.5;
  const inTop = new Uint8Array(n);
  tops.forEach((top, k) => {
    for (const d of top.rows) inTop[d] = 1;
    const bound: number[] = [];
    for (const g of top.topics) {
      for (const t of topics.anchors[g]!) {
        if (context[t] || top.heads.includes(t) || bound.includes(t)) continue;
        let co = 0;
        for (const d of rowsOf(t)) co += inTop[d]!;
        if (co >= bindShare * df[t]! && co < df[t]!) bound.push(t);
      }
    }
    bound.sort((a, b) => df[b]! - df[a]! || a - b);
    top.bound.push(...bound.slice(0, Math.max(0, maxKeywords - top.heads.length)));
    for (const d of top.rows) inTop[d] = 0;
    if (top.heads.length === 1 && bound.length === 0) return;
    const rows = new Set(top.rows);
    for (const h of [...top.heads.slice(1), ...top.bound]) {
      for (const d of rowsOf(h)) {
        if (rows.has(d)) continue;
        rows.add(d);
        rowTops.add(d, k);
      }
    }
    top.rows = [...rows].sort((a, b) => a - b);
  });

  // drafts: each top-level theme, then its sub-themes
  const themes: DraftTheme[] = [];
  const topDraft: number[] = [];
  const subDrafts: number[][] = [];
  const containing = (head: number): number[] => {
    const words = wordsOf(head);
    const out: number[] = [];
    for (let t = 0; t < K; t++) if (t !== head && words.every((w) => wordsOf(t).includes(w))) out.push(t);
    return out.sort((a, b) => df[b]! - df[a]! || a - b);
  };
  tops.forEach((top) => {
    const head = top.heads[0]!;
    const phrases = containing(head);
    const own = [...top.heads, ...top.bound];
    const terms = [...own, ...phrases.filter((t) => !own.includes(t))].slice(0, Math.max(maxKeywords, own.length));
    // (own holds at most maxKeywords phrases unless many heads joined)
    const at = themes.length;
    topDraft.push(at);
    themes.push({ terms, parent: null, rows: top.rows, labelTerms: [head, ...phrases] });
    subDrafts.push(subThemes(top, at));
  });

  /** Sub-themes of one top-level theme: joined heads, then groups of its rows without its head. */
  function subThemes(top: Top, parent: number): number[] {
    const out: number[] = [];
    if (settings.subThemes === false) return out;
    const size = top.rows.length;
    const minRows = Math.max(minDf, Math.ceil(size * (settings.subShare ?? 0.04)));
    const maxSub = settings.maxSub ?? 8;
    const subLift = settings.subLift ?? 1.5;
    const candidates: { terms: number[]; rows: number[]; label?: number[] }[] = [];
    const headWordSet = new Set(wordsOf(top.heads[0]!));
    for (const h of top.heads.slice(1)) {
      if (spellingVariants.has(h)) continue; // "ambiance" under "ambience" is the same subject
      if (wordsOf(h).every((w) => headWordSet.has(w))) continue; // "ice" under "ice cream" says nothing more
      if (wordsOf(h).length === 1 && quality[h]! < 1) continue; // nor does a lone modifier ("new")
      candidates.push({ terms: [h], rows: Array.from(rowsOf(h)) });
    }
    // phrases of the head in the customers' words ("late delivery", "delivery guy")
    // The head with one more word is one specific issue, however the customers put it: its rows are
    // the parent's comments that use that word anywhere ("late delivery", "delivery was late", "the
    // delivery came an hour late" → "late delivery"), named by its most common phrase. Phrases that
    // add more than one word, or a word that is no phrase of its own (an evaluative word: "bad
    // experience"), keep the comments that use the phrase; word-order variants are one phrase.
    const variants = new Map<string, number>();
    const qualified: { at: number; word: number }[] = [];
    for (const t of containing(top.heads[0]!)) {
      if (wordsOf(t).every((w) => headWordSet.has(w) || contextWord[w])) continue; // "netflix household" under "household"
      const extra = wordsOf(t).filter((w) => !headWordSet.has(w));
      const word = extra.length === 1 ? unigram[extra[0]!]! : -1;
      const key =
        word >= 0
          ? `+${index.terms[word]!.key}`
          : wordsOf(t)
              .map((w) => corpus.stems[w]!)
              .sort()
              .join(' ');
      const at = variants.get(key);
      if (at === undefined) {
        variants.set(key, candidates.length);
        if (word >= 0) qualified.push({ at: candidates.length, word });
        candidates.push({ terms: [t], rows: Array.from(rowsOf(t)) });
        continue;
      }
      const c = candidates[at]!;
      c.terms.push(t);
      c.rows = unionSorted(c.rows, rowsOf(t));
    }
    // (only a word typical of the parent's comments, `subLift` times as common there as in all: "late"
    // among comments on delivery)
    const phraseStart = candidates.length - variants.size;
    const broadened = new Set<number>();
    for (const { at, word } of qualified) {
      const c = candidates[at]!;
      // a word spread like the comments themselves ("watch", "using" in a streaming export) says
      // nothing specific: no sub-theme (see minTopicality)
      if (topicality(word) < minTopicality) {
        c.rows = [];
        continue;
      }
      const rows = intersectSorted(top.rows, rowsOf(word));
      if (rows.length * N < subLift * size * df[word]!) continue;
      c.terms.length = Math.min(c.terms.length, maxKeywords - 1);
      c.label = [...c.terms];
      c.terms.push(word);
      c.rows = rows;
      broadened.add(at);
    }
    // otherwise its most common phrase alone must reach the floor
    for (let at = phraseStart; at < phraseStart + variants.size; at++) {
      const c = candidates[at]!;
      if (!broadened.has(at) && df[c.terms[0]!]! < minRows) c.rows = [];
    }
    // the largest first; one mostly (≥ 80%) inside a kept sibling adds nothing to it
    const ranked = candidates
      .map((c, i) => ({ ...c, i }))
      .filter((c) => c.rows.length >= minRows && c.rows.length < 0.9 * size)
      .sort((a, b) => b.rows.length - a.rows.length || a.i - b.i);
    const keep: typeof ranked = [];
    const rowSib = new Map<number, number[]>();
    for (const c of ranked) {
      if (keep.length >= maxSub) break;
      const shared = new Map<number, number>();
      for (const d of c.rows) for (const k of rowSib.get(d) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
      if ([...shared.values()].some((x) => x >= 0.8 * c.rows.length)) continue;
      for (const d of c.rows) {
        const list = rowSib.get(d);
        if (list === undefined) rowSib.set(d, [keep.length]);
        else list.push(keep.length);
      }
      keep.push(c);
    }
    keep.sort((a, b) => a.i - b.i);
    for (const c of keep) {
      out.push(themes.length);
      themes.push(c.label === undefined ? { terms: c.terms, parent, rows: c.rows } : { terms: c.terms, parent, rows: c.rows, labelTerms: c.label });
    }
    return out;
  }

  // 7. main theme per comment
  const topOfHead = new Map<number, number>();
  tops.forEach((top, k) => {
    for (const h of top.heads) topOfHead.set(h, k);
  });
  const inSub = (draft: number, d: number): boolean => binaryHas(themes[draft]!.rows, d);
  for (let i = 0; i < N; i++) {
    const d = included[i]!;
    if (rowTops.isEmpty(d)) continue;
    const g = topics.main[i]!;
    const h = g >= 0 ? topicHead[g]! : -1;
    let k = h >= 0 ? (topOfHead.get(h) ?? -1) : -1;
    if (k < 0 || !rowTops.has(d, k)) {
      k = -1;
      let bestIdf = -1;
      rowTops.forEach(d, (c) => {
        const idf = Math.log(N / df[tops[c]!.heads[0]!]!);
        if (idf > bestIdf || (idf === bestIdf && c < k)) {
          k = c;
          bestIdf = idf;
        }
      });
    }
    let pick = topDraft[k]!;
    for (const s of subDrafts[k]!) {
      if (inSub(s, d)) {
        pick = s;
        break;
      }
    }
    main[d] = pick;
  }
  // at most `maxTotal` themes: the smallest sub-themes go (their rows stay in the parent)
  const maxTotal = settings.maxTotal ?? 3 * settings.maxThemes;
  const target = themes.map((_, i) => i);
  const subs = themes
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.parent !== null)
    .sort((a, b) => b.t.rows.length - a.t.rows.length || a.i - b.i);
  for (const { i } of subs.slice(Math.max(0, maxTotal - tops.length))) target[i] = -1;
  const found: Discovery = { corpus, index, themes, main };
  return dropDuplicates(target.every((t, i) => t === i) ? found : remapDrafts(found, target));
}

/** True when two words of six letters or more differ by one letter (substituted, added or dropped). */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length < 6 || b.length < 6 || Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // past the first difference, the rest is the same (one letter substituted, or one dropped)
  const skipA = a.length >= b.length ? 1 : 0;
  const skipB = b.length >= a.length ? 1 : 0;
  for (let x = i + skipA, y = i + skipB; x < a.length || y < b.length; x++, y++) if (a[x] !== b[y]) return false;
  return true;
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
  return remapDrafts(found, target);
}

/**
 * Removes drafts: target[i] is i to keep draft i, another draft to fold it into (its rows' main
 * theme moves there), or -1 to drop it (its main rows fall back to its parent, or to none).
 */
export function remapDrafts(found: Discovery, target: readonly number[]): Discovery {
  const { themes, main } = found;
  const newIndex = new Int32Array(themes.length).fill(-1);
  const kept: DraftTheme[] = [];
  themes.forEach((t, i) => {
    if (target[i] !== i) return;
    newIndex[i] = kept.length;
    kept.push(t);
  });
  const resolve = (i: number): number => {
    for (let step = 0; step <= themes.length; step++) {
      if (target[i] === i) return newIndex[i]!;
      const next = target[i]!;
      if (next < 0) {
        const parent = themes[i]!.parent;
        if (parent === null) return -1;
        i = parent;
      } else i = next;
    }
    return -1;
  };
  const remapped: DraftTheme[] = [];
  for (const t of kept) {
    if (t.parent === null) {
      remapped.push(t);
      continue;
    }
    const { within: oldWithin, ...rest } = t;
    const parent = resolve(t.parent);
    const moved: DraftTheme = { ...rest, parent: parent < 0 ? null : parent };
    const within = oldWithin === undefined ? -1 : resolve(oldWithin);
    remapped.push(within < 0 || within === moved.parent ? moved : { ...moved, within });
  }
  const mainOut = Int32Array.from(main, (g) => (g < 0 ? g : resolve(g)));
  return { ...found, themes: remapped, main: mainOut };
}
