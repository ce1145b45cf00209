/**
 * Theme discovery, in ordered steps (one file each):
 *   1. candidates   the most frequent content words (01-candidates.ts)
 *   2. similarity   word vectors blended with the export's co-occurrence (02-similarity.ts)
 *   3. cluster      average linkage into topics (03-cluster.ts)
 *   4. assign       a comment joins every topic that has one of its words; the top-level themes (04-assign.ts)
 *   5. sub-themes   the customers' specific phrases inside a topic (05-sub-themes.ts)
 *   6. main theme   per comment: the topic whose words weigh most in it, then its first sub-theme in it
 * Labels, ids and aspect scores are given afterwards (discover-themes.ts, labels.ts).
 * Near-linear in rows: similarities are between candidate words only, never between comments.
 */
import type { ThemeText } from '../theme-text.js';
import { buildCorpus, indexTerms } from '../term-index.js';
import { evaluativeWords } from '../model/evaluative-words.js';
import { buildDocTerms } from '../structures/doc-terms.js';
import { discoveryDefaults } from './defaults.js';
import { pickCandidates } from './01-candidates.js';
import { candidateSimilarity } from './02-similarity.js';
import { clusterCandidates } from './03-cluster.js';
import { assignTopics } from './04-assign.js';
import { phrasesByWord, subThemes, unigramTerms } from './05-sub-themes.js';
import { dropDuplicates, remapDrafts } from './drafts.js';
import type { Discovery, DiscoveryInput, DraftTheme } from './types.js';

export type { Discovery } from './types.js';
export { remapDrafts } from './drafts.js';

/** Least comments a phrase is in to count (0.1% of the comments, at least 3). */
function minSupport(corpusSize: number): number {
  return Math.max(discoveryDefaults.minDfFloor, Math.ceil(corpusSize * discoveryDefaults.minDfShare));
}

export function discover(
  docs: ThemeText,
  include: (d: number) => boolean,
  contentStem: (norm: string) => string | null,
  input: DiscoveryInput,
): Discovery {
  const settings = discoveryDefaults;
  const n = docs.length;
  const corpus = buildCorpus(docs, include, contentStem, input.compounds);
  let N = 0;
  for (let d = 0; d < n; d++) if (include(d)) N++;
  const minDf = minSupport(input.corpusSize);
  const notAlone = new Set<string>();
  for (const word of evaluativeWords) {
    const s = contentStem(word);
    if (s !== null) notAlone.add(s);
  }
  const index = indexTerms(corpus, {
    minDf,
    maxDf: Math.max(minDf, Math.floor(N * 0.5)),
    maxTerms: settings.maxTerms,
    notAlone,
    ...(input.dropPhrase === undefined ? {} : { drop: input.dropPhrase }),
  });
  const K = index.terms.length;
  const main = new Int32Array(n).fill(-1);
  if (N === 0 || K === 0) return { corpus, index, themes: [], main };
  const docTerms = buildDocTerms(n, K, (d, visit) => index.forEachOccurrence(d, visit));

  const candidates = pickCandidates(corpus, index, N, input.vectors, settings);
  const similarity = candidateSimilarity(candidates, docTerms, K, N, input.vectors, settings);
  const groups = clusterCandidates(candidates, similarity, settings);
  const topics = assignTopics(groups, candidates, similarity.similarity, docTerms, n, N, input.maxThemes, minDf, settings);
  const phrases = phrasesByWord(index, corpus.stems.length);
  const unigram = unigramTerms(index, corpus.stems.length);

  const themes: DraftTheme[] = [];
  const subsOf: number[][] = [];
  const topDraft: number[] = [];
  const owner = new Uint32Array(n);
  for (const topic of topics) {
    const members = topic.members.map((i) => candidates.terms[i]!);
    const own = new Set(members);
    const phraseTerms: number[] = [];
    const listed = new Set<number>();
    for (const t of members) {
      for (const p of phrases[index.terms[t]!.words[0]!] ?? []) {
        if (own.has(p) || listed.has(p)) continue;
        listed.add(p);
        phraseTerms.push(p);
      }
    }
    phraseTerms.sort((a, b) => index.terms[b]!.df - index.terms[a]!.df || a - b);
    const at = themes.length;
    topDraft.push(at);
    themes.push({
      terms: [...members, ...phraseTerms].slice(0, Math.max(settings.maxKeywords, members.length)),
      parent: null,
      rows: topic.rows,
      labelTerms: [...members, ...phraseTerms],
      ...(topic.attached.length === 0 ? {} : { describedBy: topic.attached.map((i) => candidates.terms[i]!) }),
    });
    const subs: number[] = [];
    for (const sub of subThemes(topic, candidates, corpus, index, phrases, unigram, docTerms, N, minDf, settings, owner)) {
      subs.push(themes.length);
      themes.push(sub.labelTerms === undefined ? { terms: sub.terms, parent: at, rows: sub.rows } : { terms: sub.terms, parent: at, rows: sub.rows, labelTerms: sub.labelTerms });
    }
    subsOf.push(subs);
  }

  // 6. main theme: the topic whose words weigh most in the comment (sum of their idf), then its first sub-theme there
  const weight = new Float64Array(K);
  const topicOf = new Int32Array(K).fill(-1);
  topics.forEach((topic, k) => {
    for (const i of topic.members) {
      const t = candidates.terms[i]!;
      topicOf[t] = k;
      weight[t] = Math.log(N / index.terms[t]!.df);
    }
  });
  const score = new Float64Array(topics.length);
  // the topics of a comment's terms, once per term (a comment's terms are distinct: at most K)
  const hit = new Int32Array(K);
  const { docTerms: terms, docTermStart: termStart } = docTerms;
  for (let d = 0; d < n; d++) {
    let hits = 0;
    for (let p = termStart[d]!, end = termStart[d + 1]!; p < end; p++) {
      const t = terms[p]!;
      const k = topicOf[t]!;
      if (k < 0) continue;
      score[k]! += weight[t]!;
      hit[hits++] = k;
    }
    if (hits === 0) continue;
    let best = -1;
    for (let i = 0; i < hits; i++) {
      const k = hit[i]!;
      if (best < 0 || score[k]! > score[best]! || (score[k] === score[best] && k < best)) best = k;
    }
    for (let i = 0; i < hits; i++) score[hit[i]!] = 0;
    main[d] = topDraft[best]!;
  }
  // …then its first sub-theme there: each sub-theme's rows visited once, in the topic's order (a row
  // still at its topic takes the first sub-theme that has it)
  topics.forEach((_, k) => {
    const top = topDraft[k]!;
    for (const s of subsOf[k]!) {
      const rows = themes[s]!.rows;
      for (let i = 0; i < rows.length; i++) {
        const d = rows[i]!;
        if (main[d] === top) main[d] = s;
      }
    }
  });

  // at most maxTotalFactor × maxThemes themes: the smallest sub-themes go (their rows stay in the parent)
  const maxTotal = settings.maxTotalFactor * input.maxThemes;
  const target = themes.map((_, i) => i);
  const subs = themes
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.parent !== null)
    .sort((a, b) => b.t.rows.length - a.t.rows.length || a.i - b.i);
  for (const { i } of subs.slice(Math.max(0, maxTotal - topics.length))) target[i] = -1;
  const found: Discovery = { corpus, index, themes, main };
  return dropDuplicates(target.every((t, i) => t === i) ? found : remapDrafts(found, target));
}
