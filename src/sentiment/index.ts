export type * from './types.js';
export type { CxEntry } from './lexicon.js';
export type { ClauseExplanation, SentimentExplanation } from './explain.js';
import type { Thresholds } from './types.js';

export const defaultThresholds: Thresholds = { positive: 0.05, negative: -0.05 };

export { createScorer, constants as sentimentConstants, type Scorer, type ScorerOptions } from './scorer.js';
export { explainSentiment } from './explain.js';
export { cxLexicon } from './model/cx-lexicon.js';
