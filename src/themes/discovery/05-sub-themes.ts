/**
 * Step 5 — sub-themes: the specific things customers say inside a topic, in their own phrases. The
 * candidates are the topic's other words ("fare" and "charged" under "price") and the phrases of
 * the index that contain one of its words ("battery life", "charger cable"), phrases with the same
 * words in another order as one. A phrase that adds one word to the topic's ("battery" + "life")
 * stands for that word wherever the topic's comments use it ("the battery has a short life"), when
 * the word is `subLift` times as common among the topic's comments as among all. A sub-theme's rows are the topic's comments that use it; one
 * needs `subShare` of the topic's comments, less than `subMaxShare` of them, and not most (80%)
 * inside a sub-theme already kept; the `maxSub` largest are kept. A topic word that `memberMaxShare` or more of the topic's
 * comments use is the topic itself ("card" in a bank's card questions), not a specific thing in it: no sub-theme
 * (its comments would hold every specific phrase — "virtual card", "card arrived" — and crowd them out).
 */
import type { Corpus, TermIndex } from '../term-index.js';
import { rowsOfTerm, type DocTerms } from '../structures/doc-terms.js';
import { intersectSorted, unionSorted } from '../structures/sorted-rows.js';
import type { Candidates } from './01-candidates.js';
import type { Topic } from './04-assign.js';
import type { DiscoveryDefaults } from './defaults.js';

type SubTheme = {
  readonly terms: readonly number[];
  readonly rows: readonly number[];
  /** Phrases it is named by, when its rows come from a word beside the topic's (see the module comment). */
  readonly labelTerms?: readonly number[];
};

/** The one-word term of each content word, -1 for none. */
export function unigramTerms(index: TermIndex, wordCount: number): Int32Array {
  const out = new Int32Array(wordCount).fill(-1);
  index.terms.forEach((term, t) => {
    if (term.words.length === 1) out[term.words[0]!] = t;
  });
  return out;
}

/** Phrase terms (two or more words) per content word, by df desc. */
export function phrasesByWord(index: TermIndex, wordCount: number): number[][] {
  const out: number[][] = Array.from({ length: wordCount }, () => []);
  index.terms.forEach((term, t) => {
    if (term.words.length < 2) return;
    for (const w of new Set(term.words)) out[w]!.push(t);
  });
  return out;
}

export function subThemes(
  topic: Topic,
  candidates: Candidates,
  corpus: Corpus,
  index: TermIndex,
  phrases: readonly (readonly number[])[],
  unigram: Int32Array,
  docs: DocTerms,
  included: number,
  minDf: number,
  settings: DiscoveryDefaults,
  /** One entry per doc, all 0, left all 0 (scratch shared by the topics' calls: no array of the rows' size per topic). */
  owner: Uint32Array,
): SubTheme[] {
  const size = topic.rows.length;
  const minRows = Math.max(minDf, Math.ceil(size * settings.subShare));
  // a member word's rows stay a view of the postings (copied only when kept)
  const pool: { terms: number[]; rows: ArrayLike<number>; word?: number }[] = [];
  const memberWords = new Set(topic.members.map((i) => index.terms[candidates.terms[i]!]!.words[0]!));
  if (topic.members.length > 1) {
    for (const i of topic.members) {
      const rows = rowsOfTerm(docs, candidates.terms[i]!);
      if (rows.length < settings.memberMaxShare * size) pool.push({ terms: [candidates.terms[i]!], rows });
    }
  }
  const variants = new Map<string, number>();
  const seen = new Set<number>();
  for (const i of topic.members) {
    const word = index.terms[candidates.terms[i]!]!.words[0]!;
    for (const t of phrases[word] ?? []) {
      if (seen.has(t)) continue;
      seen.add(t);
      const extra = index.terms[t]!.words.filter((w) => !memberWords.has(w));
      const word = extra.length === 1 ? unigram[extra[0]!]! : -1;
      // (a phrase in fewer comments than a sub-theme needs cannot make one alone: no rows copied for it)
      if (word < 0 && index.terms[t]!.df < minRows) continue;
      const key = word >= 0 ? `+${word}` : index.terms[t]!.words.map((w) => corpus.stems[w]!).sort().join(' ');
      const at = variants.get(key);
      if (at === undefined) {
        variants.set(key, pool.length);
        pool.push(word >= 0 ? { terms: [t], rows: [], word } : { terms: [t], rows: intersectSorted(topic.rows, rowsOfTerm(docs, t)) });
      } else {
        pool[at]!.terms.push(t);
        if (word < 0) pool[at]!.rows = unionSorted(pool[at]!.rows as number[], intersectSorted(topic.rows, rowsOfTerm(docs, t)));
      }
    }
  }
  // the topic and one more word, however it is put ("battery" + "life": "battery life", "life of the
  // battery", "the battery has a short life"): the topic's comments using that word, when it is
  // `subLift` times as common among them as among all; named by its phrases. Otherwise its phrases'
  // own comments.
  const named: (readonly number[] | undefined)[] = pool.map(() => undefined);
  pool.forEach((c, k) => {
    if (c.word === undefined) return;
    const df = index.terms[c.word]!.df;
    const rows = df >= minRows ? intersectSorted(topic.rows, rowsOfTerm(docs, c.word)) : [];
    if (rows.length >= minRows && rows.length * included >= settings.subLift * size * df) {
      named[k] = [...c.terms];
      c.terms.push(c.word);
      c.rows = rows;
      return;
    }
    let own: number[] = [];
    for (const t of c.terms) if (index.terms[t]!.df >= minRows || c.terms.length > 1) own = unionSorted(own, intersectSorted(topic.rows, rowsOfTerm(docs, t)));
    c.rows = own;
  });
  const ranked = pool
    .map((c, k) => ({ ...c, k }))
    .filter((c) => c.rows.length >= minRows && c.rows.length < settings.subMaxShare * size)
    .sort((a, b) => b.rows.length - a.rows.length || a.k - b.k);
  const keep: typeof ranked = [];
  // the kept sub-themes each row is in, one bit each (maxSub ≤ 32), and the rows they share with a candidate
  if (settings.maxSub > 32) throw new Error('discoveryDefaults.maxSub is at most 32 (one bit per sub-theme)');
  const shared = new Int32Array(settings.maxSub);
  for (const c of ranked) {
    if (keep.length >= settings.maxSub) break;
    shared.fill(0);
    const rows = c.rows;
    for (let i = 0; i < rows.length; i++) {
      for (let m = owner[rows[i]!]!; m !== 0; m &= m - 1) shared[31 - Math.clz32(m & -m)]!++;
    }
    let overlaps = false;
    for (let k = 0; k < keep.length; k++) if (shared[k]! >= 0.8 * rows.length) overlaps = true;
    if (overlaps) continue;
    const bit = 1 << keep.length;
    for (let i = 0; i < rows.length; i++) owner[rows[i]!]! |= bit;
    keep.push(c);
  }
  for (const c of keep) for (let i = 0; i < c.rows.length; i++) owner[c.rows[i]!] = 0;
  return keep
    .sort((a, b) => a.k - b.k)
    .map((c) => {
      const rows = Array.isArray(c.rows) ? (c.rows as number[]) : copyRows(c.rows);
      return named[c.k] === undefined ? { terms: c.terms, rows } : { terms: c.terms, rows, labelTerms: named[c.k]! };
    });
}

/** A typed view's values as a plain array (a loop: Array.from goes through the iterator). */
function copyRows(view: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < view.length; i++) out.push(view[i]!);
  return out;
}
