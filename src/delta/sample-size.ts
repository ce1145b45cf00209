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
 * - A theme's change must also matter in practice: its 95% interval clears 1 percentage point of
 *   the rows, and it is at least 10% of the larger of its two shares (9% → 18% passes; 40% → 41.5%
 *   on a million rows, significant but not worth a slide, does not).
 */
export const DELTA_MIN_N_NPS = 30;
export const DELTA_MIN_N_PROPORTION = 30;
export const DELTA_MIN_N_MEAN = 10;
export const DELTA_MIN_N_THEME_SIDE = 30;
export const DELTA_MIN_THEME_MENTIONS = 10;
export const NEW_THEME_MIN_COUNT = 5;
/** Smallest theme share change (percentage points) the 95% interval must clear to be flagged. */
export const DELTA_MIN_SHARE_CHANGE = 1;
/** Smallest theme share change relative to the larger of its two shares (0-1) flagged as a change. */
export const DELTA_MIN_RELATIVE_CHANGE = 0.1;
/** Significance level for p-values (KPIs) and q-values (themes). */
export const SIGNIFICANCE_LEVEL = 0.05;

/** Settings of the "where and why" part of a delta (issue 20), each with its reason. */
export const DRIVER_DEFAULTS = Object.freeze({
  /** Theme contributors listed each way: a slide holds about five causes per direction. */
  eachWay: 5,
  /** Example comments per listed theme: two show what it is about without filling the screen. */
  examples: 2,
  /**
   * Current-side comments of a theme searched for its examples (the first in input order): two good
   * quotes are found among a few thousand, and a theme of 100,000 comments is not scanned whole.
   */
  exampleCandidates: 2000,
  /** Values per segment column tested, the largest by rows: beyond ~50 a segment list is no longer read. */
  maxSegmentValues: 50,
});
