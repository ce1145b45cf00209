import { DEFAULT_THRESHOLDS } from '../sentiment/index.js';
import { finiteSorted } from './_finite-sorted.js';
import type { AspectSummary } from './types.js';

/**
 * Aspect sentiment summary of a theme: mean of its per-row aspect scores and the shares of
 * negative and positive mentions.
 *
 * What it is for: the theme's `sentiment: {mean, negativeShare}` and the inputs of rankThemes.
 *
 * Formula in words: mean = Σ scores / n; negativeShare = #(score ≤ negative threshold) / n;
 * positiveShare = #(score ≥ positive threshold) / n. Default thresholds ±0.05, as for comment
 * labels (VADER's convention: Hutto & Gilbert 2014, ICWSM).
 *
 * Edge cases: non-finite scores are skipped; n = 0 gives mean 0 and shares 0.
 *
 * @example summarizeAspects([-0.6, -0.2, 0, 0.4]) // { n: 4, mean: -0.1, negativeShare: 0.5, positiveShare: 0.25 }
 */
export function summarizeAspects(
  scores: Iterable<number>,
  thresholds: { readonly positive: number; readonly negative: number } = DEFAULT_THRESHOLDS,
): AspectSummary {
  let n = 0;
  let sum = 0;
  let negative = 0;
  let positive = 0;
  // In ascending order, so the mean does not depend on the order of the rows.
  for (const score of finiteSorted(scores)) {
    n++;
    sum += score;
    if (score <= thresholds.negative) negative++;
    else if (score >= thresholds.positive) positive++;
  }
  if (n === 0) return { n: 0, mean: 0, negativeShare: 0, positiveShare: 0 };
  return { n, mean: sum / n, negativeShare: negative / n, positiveShare: positive / n };
}
