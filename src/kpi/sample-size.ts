/**
 * Minimum sample sizes below which cx reports `{ kind: 'insufficient', n, needed }` instead of a
 * figure with an interval.
 *
 * Why these numbers: an interval on fewer responses is so wide it misleads more than it informs.
 * With n = 10 the 95% NPS interval is already about ±50 points and the Wilson interval of a
 * proportion about ±25 points; below that cx says "insufficient data". A mean needs n ≥ 2 for a
 * sample variance at all. A theme impact needs this many scored rows both inside and outside the
 * theme, since it compares the two.
 */

/** NPS needs at least 10 valid 0-10 scores. */
export const MIN_N_NPS = 10;
/** CSAT top-2-box and other proportions (e.g. % negative) need at least 10 observations. */
export const MIN_N_PROPORTION = 10;
/** A mean with a t interval (CES, rating, sentiment) needs at least 2 values. */
export const MIN_N_MEAN = 2;
/** A theme impact needs at least 10 scored rows in the theme and 10 outside it. */
export const MIN_N_IMPACT = 10;
