/**
 * Minimum data for a delta. Below these, cx reports "insufficient data" (delta, interval and
 * p-value null, never significant) instead of a change (issue 5 §8: "never call a change
 * significant on tiny counts").
 *
 * - NPS and proportions (CSAT top-2-box, % negative, theme shares): 30 responses per side. Below
 *   that an NPS difference has a 95% interval wider than ±45 points: nothing useful to say.
 * - Means (CES, rating, sentiment): 10 values per side, so Welch's df ≥ 9 and the variance
 *   estimates are not wild.
 * - Themes: 30 rows per side and at least 10 mentions on the two sides together; a theme is
 *   'new' (or 'gone') when it has 0 mentions on one side and at least 5 on the other.
 */
export const DELTA_MIN_N_NPS = 30;
export const DELTA_MIN_N_PROPORTION = 30;
export const DELTA_MIN_N_MEAN = 10;
export const DELTA_MIN_N_THEME_SIDE = 30;
export const DELTA_MIN_THEME_MENTIONS = 10;
export const NEW_THEME_MIN_COUNT = 5;
/** Significance level for p-values (KPIs) and q-values (themes). */
export const SIGNIFICANCE_LEVEL = 0.05;
