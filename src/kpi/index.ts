/**
 * kpi: the statistics of one sample — NPS, CSAT, means and proportions with 95% intervals, theme
 * impact on KPIs and theme ranking — plus the distributions they rest on. Pure functions.
 */
export type * from './types.js';
export { MIN_N_IMPACT, MIN_N_MEAN, MIN_N_NPS, MIN_N_PROPORTION } from './sample-size.js';
export { nps, npsCounts, npsFromCounts, npsGroup, npsAdjustedWald } from './nps.js';
export { csat, csatCounts, isCsatScore } from './csat.js';
export { meanEstimate, meanAndVariance } from './mean-estimate.js';
export { proportion } from './proportion.js';
export { wilson } from './wilson.js';
export { createImpactCalculator, npsImpact, csatImpact, meanImpact } from './impact.js';
export { summarizeAspects } from './aspect-summary.js';
export { chooseOutcome, orderChildren, rankCost, rankThemes, themeLean, themeVerdict } from './rank.js';
export { sentimentEffect } from './sentiment-effect.js';
export { ratingBands, ratingBandCounts } from './rating-bands.js';
export { Z95, erfc, normalCdf, normalTwoSidedP } from './normal.js';
export { studentTCdf, studentTQuantile, studentTTwoSidedP } from './student-t.js';
export { regularizedIncompleteBeta } from './incomplete-beta.js';
export { logGamma, logFactorial } from './log-gamma.js';
export { kpiSet, type KpiContext } from './kpi-set.js';
export { timeSeries } from './time-series.js';
