/**
 * Step 5 — sub-themes: the specific things customers say inside a topic, in their own phrases. The
 * candidates are the topic's other words ("fare" and "charged" under "price") and the phrases of
 * the index that contain one of its words ("battery life", "charger cable"), phrases with the same
 * words in another order as one. A sub-theme's rows are the topic's comments that use it; one
 * needs `subShare` of the topic's comments, less than `subMaxShare` of them, and not most (80%)
 * inside a sub-theme already kept; the `maxSub` largest are kept.
 */
import type { Corpus, TermIndex } from '../term-index.js';
import { rowsOfTerm, type DocTerms } from '../structures/doc-terms.js';
import { intersectSorted, unionSorted } from '../structures/sorted-rows.js';
import type { Candidates } from './01-candidates.js';
import type { Topic } from './04-assign.js';
import type { DiscoveryDefaults } from './defaults.js';

type SubTheme = { readonly terms: readonly number[]; readonly rows: readonly number[] };

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
  docs: DocTerms,
  minDf: number,
  settings: DiscoveryDefaults,
): SubTheme[] {
  const size = topic.rows.length;
  const minRows = Math.max(minDf, Math.ceil(size * settings.subShare));
  const pool: { terms: number[]; rows: number[] }[] = [];
  if (topic.members.length > 1) {
    for (const i of topic.members) pool.push({ terms: [candidates.terms[i]!], rows: Array.from(rowsOfTerm(docs, candidates.terms[i]!)) });
  }
  const variants = new Map<string, number>();
  const seen = new Set<number>();
  for (const i of topic.members) {
    const word = index.terms[candidates.terms[i]!]!.words[0]!;
    for (const t of phrases[word] ?? []) {
      if (seen.has(t)) continue;
      seen.add(t);
      const key = index.terms[t]!.words.map((w) => corpus.stems[w]!).sort().join(' ');
      const rows = intersectSorted(topic.rows, rowsOfTerm(docs, t));
      const at = variants.get(key);
      if (at === undefined) {
        variants.set(key, pool.length);
        pool.push({ terms: [t], rows });
      } else {
        pool[at]!.terms.push(t);
        pool[at]!.rows = unionSorted(pool[at]!.rows, rows);
      }
    }
  }
  const ranked = pool
    .map((c, k) => ({ ...c, k }))
    .filter((c) => c.rows.length >= minRows && c.rows.length < settings.subMaxShare * size)
    .sort((a, b) => b.rows.length - a.rows.length || a.k - b.k);
  const keep: typeof ranked = [];
  const owner = new Map<number, number[]>();
  for (const c of ranked) {
    if (keep.length >= settings.maxSub) break;
    const shared = new Map<number, number>();
    for (const d of c.rows) for (const k of owner.get(d) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    if ([...shared.values()].some((x) => x >= 0.8 * c.rows.length)) continue;
    for (const d of c.rows) {
      const list = owner.get(d);
      if (list === undefined) owner.set(d, [keep.length]);
      else list.push(keep.length);
    }
    keep.push(c);
  }
  return keep.sort((a, b) => a.k - b.k).map((c) => ({ terms: c.terms, rows: c.rows }));
}
