export type * from './types.js';
import type { Token } from '../tokenize/types.js';
import type { SentimentResult, Thresholds } from './types.js';

export const defaultThresholds: Thresholds = { positive: 0.05, negative: -0.05 };

export type Scorer = {
  /** Scores a comment clause by clause. Pass the tokens when already tokenized (themes reuse clause token ranges). */
  readonly score: (text: string, tokens?: readonly Token[]) => SentimentResult;
};

export function createScorer(options: { readonly thresholds?: Thresholds } = {}): Scorer {
  void options;
  throw new Error('not implemented yet (sentiment stage)');
}
