export type * from './types.js';
export type { ClauseExplanation, SentimentExplanation } from './explain.js';
export type { LinearModel, LinearModelMeta } from './linear-model.js';
export type { DenseFeature, FeatureGroup } from './features.js';

export { DEFAULT_THRESHOLDS } from './thresholds.js';

export { createScorer, type Scorer } from './create-scorer.js';
export { createRuleScorer, type RuleScorer, type ScorerOptions } from './scorer.js';
export { explainSentiment } from './explain.js';
// The learned layer's pieces, for scripts/train-sentiment.mjs (training must compute features exactly as scoring does).
export { DENSE_FEATURES, DENSE_COUNT, denseFeatures, hashedSlots } from './features.js';
export { classLogits, fromBytes, loadLinearModel, gatedScore, softmax3 } from './linear-model.js';
