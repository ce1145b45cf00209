import type { Contribution, SentimentLabel, Thresholds } from './types.js';
import type { CxEntry } from './types.js';
import { createScorer, type Scorer } from './create-scorer.js';
import { DEFAULT_THRESHOLDS } from './thresholds.js';

export type ClauseExplanation = {
  /** The clause as written (text.slice(start, end)). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly label: SentimentLabel;
  readonly weight: number;
  readonly contributions: readonly Contribution[];
};

export type SentimentExplanation = {
  readonly text: string;
  readonly score: number;
  readonly label: SentimentLabel;
  readonly clauses: readonly ClauseExplanation[];
};

const cache = new Map<string, Scorer>();

/**
 * Scores one text and says why, for `cx sentiment`: the comment score and label, and per clause its text,
 * score, label, weight in the comment and the words and rules that moved it.
 * @example explainSentiment('delivery was quick but support was rude').clauses.map(c => c.label) // ['positive', 'negative']
 */
export function explainSentiment(
  text: string,
  options: { readonly thresholds?: Thresholds; readonly extraLexicon?: readonly CxEntry[] } = {},
): SentimentExplanation {
  const key = options.extraLexicon === undefined ? JSON.stringify(options.thresholds ?? null) : '';
  let scorer = key === '' ? undefined : cache.get(key);
  if (scorer === undefined) {
    scorer = createScorer(options);
    if (key !== '') cache.set(key, scorer);
  }
  const t = options.thresholds ?? DEFAULT_THRESHOLDS;
  const result = scorer.score(text);
  return {
    text,
    score: result.score,
    label: result.label,
    clauses: result.clauses.map((c) => ({
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      score: c.score,
      label: c.score >= t.positive ? 'positive' : c.score <= t.negative ? 'negative' : 'neutral',
      weight: c.weight,
      contributions: c.contributions,
    })),
  };
}
