/**
 * Step 1 — candidate words: the nouns among the `candidates` most frequent content words of the
 * export (one-word phrases of the term index), the subjects topics are grouped from. A theme is a topic or a problem, so only
 * words that name a thing found one: nouns customers do not mostly write as verbs (word-class.ts,
 * `verbShare`) and phrasal compounds ("top-up"). Adjectives and verbs ("slow", "friendly", "charged")
 * never make a theme alone; they come in through phrases ("slow delivery", "friendly staff"), which
 * name sub-themes and labels. Number words and generic nouns ("time", "people") are spread over every
 * topic and left out; evaluative words ("good", "terrible") are no one-word phrase at all.
 */
import type { Corpus, TermIndex } from '../term-index.js';
import type { WordVectors } from '../../vectors/index.js';
import { isAdjectiveWord, isNounWord, numberWords } from '../word-class.js';
import { genericNouns } from '../model/generic-nouns.js';
import type { DiscoveryDefaults } from './defaults.js';

export type Candidates = {
  /** Term index of each candidate, most frequent first. */
  readonly terms: readonly number[];
  /** Word-vector row of each candidate, -1 for none. */
  readonly vector: Int32Array;
  /** 1 for a noun (a topic word), 0 for an adjective: evidence for the topic it is nearest to, never a topic or a label itself (04-assign.ts). */
  readonly noun: Uint8Array;
};

/**
 * How many times as common a word is in the export as in English: its share of comments over the
 * share English text gives a word of its frequency rank r (the vectors list words most frequent
 * first). By Zipf's law a word of rank r is about 0.1 / r of the running words (Zipf 1949; Manning &
 * Schütze 1999, §1.4.3), so about 20 · 0.1 / r = 2 / r of comments of twenty words use it. Words the
 * vectors lack are rarer than their 40,000th word: taken as specific (lift of a rank-40,000 word).
 */
export function lift(share: number, rank: number): number {
  return (share * (rank < 0 ? 40_000 : rank + 1)) / 2;
}

/**
 * What a frequent word can do in a theme: 'topic' for a noun customers do not mostly write as a verb
 * (`verbShare`) or a phrasal compound ("top-up"); 'describes' for an adjective with a vector and at
 * least `attachLift` lift ("slow", "friendly": evidence for the topic nearest in meaning, when
 * `attachWords`); null for the rest (verbs: "give", "check" are said about every topic).
 */
export function wordRole(
  surface: string,
  stem: string,
  verbShare: number,
  wordLift: number,
  hasVector: boolean,
  settings: Pick<DiscoveryDefaults, 'verbShare' | 'attachWords' | 'attachLift'>,
): 'topic' | 'describes' | null {
  if (stem.includes('-') || (isNounWord(surface) && verbShare < settings.verbShare)) return 'topic';
  return settings.attachWords && hasVector && isAdjectiveWord(surface) && wordLift >= settings.attachLift ? 'describes' : null;
}

export function pickCandidates(
  corpus: Corpus,
  index: TermIndex,
  included: number,
  vectors: WordVectors | undefined,
  settings: DiscoveryDefaults,
): Candidates {
  const generic = new Set(genericNouns);
  const terms: number[] = [];
  const vector: number[] = [];
  const noun: number[] = [];
  let seen = 0;
  for (let t = 0; t < index.terms.length && seen < settings.candidates; t++) {
    const term = index.terms[t]!;
    if (term.words.length !== 1) continue;
    const w = term.words[0]!;
    const surface = corpus.surfaces[w]!;
    const stem = corpus.stems[w]!;
    if (numberWords.has(surface) || generic.has(surface)) continue;
    let row = vectors === undefined ? -1 : vectors.indexOf(surface);
    if (row < 0 && vectors !== undefined) row = vectors.indexOf(stem);
    const wordLift = lift(term.df / included, row);
    if (vectors !== undefined && wordLift < settings.minLift) continue;
    seen++;
    const role = wordRole(surface, stem, corpus.verbShare[w]!, wordLift, row >= 0, settings);
    if (role === null) continue;
    terms.push(t);
    vector.push(row);
    noun.push(role === 'topic' ? 1 : 0);
  }
  return { terms, vector: Int32Array.from(vector), noun: Uint8Array.from(noun) };
}
