import type { Thresholds } from './types.js';

/**
 * Default label thresholds: score ≥ 0.05 positive, ≤ −0.05 negative (VADER's convention, Hutto & Gilbert 2014).
 * The learned layer maps its most probable class onto these (linear-model.ts, scoreFromProbabilities), so with the
 * defaults the label is the model's most probable class. The one place the value is written.
 */
export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({ positive: 0.05, negative: -0.05 });
