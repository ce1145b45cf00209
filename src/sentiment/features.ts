/**
 * Features of the learned layer (docs/sentiment.md, "Learned layer"): dense features read from what the rules saw,
 * and hashed word and word-pair features. Training (scripts/train-sentiment.mjs) and scoring use these same
 * functions, so a model always sees the features it was trained on.
 */
import type { Token } from '../tokenize/types.js';
import type { SentimentResult } from './types.js';
import { DEFAULT_THRESHOLDS } from './thresholds.js';
import {
  EV_COMPLAINT_QUESTION, EV_CONTRAST, EV_DAMPENER, EV_EMOJI, EV_EMPHASIS, EV_EXCLAMATION, EV_FAILURE, EV_INFO_QUESTION,
  EV_INTENSIFIER, EV_IRREALIS, EV_LOYALTY, EV_NEG_N, EV_NEG_SUM, EV_NEGATED_POS, EV_NEGATION, EV_NEUTRAL_CLAUSES,
  EV_POS_N, EV_POS_SUM, EV_QUESTION_MARKS, EV_WORDS, EV_LUKEWARM, EV_RATING_SUM, EV_RATINGS,
} from './rule-events.js';

/** A dense feature: its name and the group it belongs to (the ablation table in docs/sentiment.md is by group). */
export type DenseFeature = { readonly name: string; readonly group: FeatureGroup };

export type FeatureGroup = 'bias' | 'rule score' | 'polarity' | 'balance' | 'negation' | 'failure' | 'degree' | 'emphasis' | 'question' | 'structure' | 'emoji' | 'lukewarm' | 'rating';

/** The dense features, in the order of the weight rows. */
export const DENSE_FEATURES: readonly DenseFeature[] = Object.freeze([
  { name: 'bias', group: 'bias' },
  { name: 'rule score', group: 'rule score' },
  { name: 'rule score magnitude', group: 'rule score' },
  { name: 'rules say positive', group: 'rule score' },
  { name: 'rules say negative', group: 'rule score' },
  { name: 'positive evidence', group: 'polarity' },
  { name: 'negative evidence', group: 'polarity' },
  { name: 'strongest positive clause', group: 'polarity' },
  { name: 'strongest negative clause', group: 'polarity' },
  { name: 'positive words', group: 'polarity' },
  { name: 'negative words', group: 'polarity' },
  { name: 'mixed opinion', group: 'polarity' },
  { name: 'no sentiment words', group: 'polarity' },
  { name: 'negations', group: 'negation' },
  { name: 'negated praise', group: 'negation' },
  { name: 'failure/delay', group: 'failure' },
  { name: 'loyalty', group: 'failure' },
  { name: 'irrealis', group: 'failure' },
  { name: 'intensifiers', group: 'degree' },
  { name: 'dampeners', group: 'degree' },
  { name: 'emphasis', group: 'emphasis' },
  { name: 'exclamation', group: 'emphasis' },
  { name: 'information question share', group: 'question' },
  { name: 'question × rule score', group: 'question' },
  { name: 'complaint question', group: 'question' },
  { name: 'question marks', group: 'question' },
  { name: 'contrast', group: 'structure' },
  { name: 'clauses without sentiment', group: 'structure' },
  { name: 'length', group: 'structure' },
  { name: 'emoji', group: 'emoji' },
  { name: 'opinion balance', group: 'balance' },
  { name: 'mixed clauses', group: 'balance' },
  { name: 'lukewarm words', group: 'lukewarm' },
  { name: 'lukewarm share', group: 'lukewarm' },
  { name: 'stated rating', group: 'rating' },
  { name: 'stated middling rating', group: 'rating' },
]);

export const DENSE_COUNT = DENSE_FEATURES.length;

/** What the rules alone would label positive / negative (features are defined at the default thresholds). */
const POSITIVE = DEFAULT_THRESHOLDS.positive;
const NEGATIVE = DEFAULT_THRESHOLDS.negative;

/** log(1 + n) for the small counts most comments have (a table: the features are on the per-row hot path). */
const LOG1P: Float64Array = Float64Array.from({ length: 64 }, (_, n) => Math.log1p(n));

/** log(1 + n) of a count. */
function logCount(n: number): number {
  return n < 64 ? (LOG1P[n | 0] as number) : Math.log1p(n);
}

/** v / (scale + |v|): a bounded, odd squashing of a valence sum (cheaper than tanh on the hot path). */
function squash(v: number, scale: number): number {
  return v / (scale + Math.abs(v));
}

/**
 * Fills `out[0 … DENSE_COUNT)` from a rule result and its evidence. Every value is bounded (a squashed sum, log1p of
 * a count, a share), so no feature dominates by scale; valence sums are on VADER's −4 … +4 word scale, hence 4.
 */
export function denseFeatures(rules: SentimentResult, ev: Float64Array, out: Float64Array): void {
  let maxClause = 0;
  let minClause = 0;
  let positiveClauses = 0;
  let negativeClauses = 0;
  const list = rules.clauses;
  for (let k = 0; k < list.length; k++) {
    const score = (list[k] as { score: number }).score;
    if (score > maxClause) maxClause = score;
    if (score < minClause) minClause = score;
    if (score >= POSITIVE) positiveClauses++;
    else if (score <= NEGATIVE) negativeClauses++;
  }
  const positiveSum = ev[EV_POS_SUM] as number;
  const negativeSum = -(ev[EV_NEG_SUM] as number);
  const clauses = Math.max(1, list.length);
  const s = rules.score;
  const pos = squash(ev[EV_POS_SUM] as number, 4);
  const neg = squash(ev[EV_NEG_SUM] as number, 4);
  const info = (ev[EV_INFO_QUESTION] as number) / clauses;
  let k = 0;
  out[k++] = 1;
  out[k++] = s;
  out[k++] = Math.abs(s);
  out[k++] = s >= POSITIVE ? 1 : 0;
  out[k++] = s <= NEGATIVE ? 1 : 0;
  out[k++] = pos;
  out[k++] = neg;
  out[k++] = maxClause;
  out[k++] = minClause;
  out[k++] = logCount(ev[EV_POS_N] as number);
  out[k++] = logCount(ev[EV_NEG_N] as number);
  out[k++] = Math.min(pos, -neg);
  out[k++] = s === 0 ? 1 : 0;
  out[k++] = logCount(ev[EV_NEGATION] as number);
  out[k++] = logCount(ev[EV_NEGATED_POS] as number);
  out[k++] = squash(ev[EV_FAILURE] as number, 2);
  out[k++] = squash(ev[EV_LOYALTY] as number, 2);
  out[k++] = Math.min(ev[EV_IRREALIS] as number, 2) / 2;
  out[k++] = logCount(ev[EV_INTENSIFIER] as number);
  out[k++] = logCount(ev[EV_DAMPENER] as number);
  out[k++] = logCount(ev[EV_EMPHASIS] as number);
  out[k++] = Math.min(ev[EV_EXCLAMATION] as number, 4) / 4;
  out[k++] = info;
  out[k++] = info > 0 ? s : 0;
  out[k++] = Math.min(ev[EV_COMPLAINT_QUESTION] as number, 1);
  out[k++] = Math.min(ev[EV_QUESTION_MARKS] as number, 3) / 3;
  out[k++] = Math.min(ev[EV_CONTRAST] as number, 1);
  out[k++] = (ev[EV_NEUTRAL_CLAUSES] as number) / clauses;
  out[k++] = logCount(ev[EV_WORDS] as number) / 5;
  out[k++] = squash(ev[EV_EMOJI] as number, 4);
  // 1 − |P − N| / (P + N) over the positive and negative valence sums: 0 one-sided, 1 evenly mixed (a 3★ review)
  out[k++] = positiveSum + negativeSum > 0 ? 1 - Math.abs(positiveSum - negativeSum) / (positiveSum + negativeSum) : 0;
  // the smaller of the positive and negative clause counts, per clause: opinions that disagree clause by clause
  out[k++] = Math.min(positiveClauses, negativeClauses) / clauses;
  const lukewarm = ev[EV_LUKEWARM] as number;
  out[k++] = logCount(lukewarm);
  // lukewarm wording among all the opinion words: 1 when "ok" or "decent" is all the praise there is
  out[k++] = lukewarm > 0 ? lukewarm / (lukewarm + (ev[EV_POS_N] as number) + (ev[EV_NEG_N] as number)) : 0;
  const ratings = ev[EV_RATINGS] as number;
  const rating = ratings > 0 ? (ev[EV_RATING_SUM] as number) / ratings : 0;
  out[k++] = rating;
  out[k++] = ratings > 0 && Math.abs(rating) <= 0.25 ? 1 : 0;
}

/** 32-bit FNV-1a over UTF-16 code units (Fowler, Noll & Vo; offset basis 2166136261, prime 16777619). */
export function fnv1a(s: string, seed = 2166136261): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Mixes two hashes into one (MurmurHash3's 32-bit finaliser over a ⊕ rotated b): the hash of a word pair. */
export function pairHash(a: number, b: number): number {
  let h = (a ^ ((b << 15) | (b >>> 17)) ^ 0x9e3779b9) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Whether a token takes part in the hashed features: words, numbers, hashtags, emoji, emoticons, "!" and "?". */
function hashable(t: Token): boolean {
  if (t.kind === 'punct') {
    const c = t.text.charCodeAt(0);
    return c === 33 || c === 63;
  }
  return t.kind !== 'url' && t.kind !== 'email' && t.kind !== 'mention';
}

/** The norm a token is hashed by: "!!!" and "!" hash alike, numbers as one "0" word. */
function hashNorm(t: Token): string {
  if (t.kind === 'punct') return t.text.charCodeAt(0) === 33 ? '!' : '?';
  if (t.kind === 'number') return '0';
  return t.norm;
}

/**
 * Hashed unigram and bigram feature slots of a text, written to `out` (length ≥ 2 × tokens): slot = top `bits` bits
 * of the hash. Returns the number of slots written; each counts 1 (a repeated word counts again). `hashOf(k)` may
 * return a cached unigram hash for token k, or -1 to have it computed.
 */
export function hashedSlots(tokens: readonly Token[], bits: number, out: Int32Array, hashOf?: (k: number) => number): number {
  const shift = 32 - bits;
  let n = 0;
  let prev = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!hashable(t)) {
      prev = -1;
      continue;
    }
    let h = hashOf === undefined ? -1 : hashOf(k);
    if (h < 0) h = fnv1a(hashNorm(t));
    out[n++] = h >>> shift;
    if (prev >= 0) out[n++] = pairHash(prev, h) >>> shift;
    prev = h;
  }
  return n;
}

/** The unigram hash of a token, as hashedSlots computes it (for a per-vocabulary cache). */
export function tokenHash(t: Token): number {
  return fnv1a(hashNorm(t));
}
