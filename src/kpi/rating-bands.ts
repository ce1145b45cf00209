/**
 * The low and high bands of a rating scale, and how many ratings fall in each.
 *
 * What it is for: "share of 1-2★ and of 4-5★ reviews" on any scale — the rating counterpart of
 * NPS detractors/promoters and CSAT top-2-box.
 *
 * Formula in words: the bottom and top quarter of the scale's range,
 *   low  = value ≤ min + (max − min)/4,   high = value ≥ max − (max − min)/4.
 * 1-5 → 1-2★ and 4-5★ (half stars: 2.5 is neither); 1-7 → 1-2 and 6-7; 1-10 → 1-3 and 8-10;
 * 0-10 → 0-2 and 8-10; 0-100 → 0-25 and 75-100.
 *
 * Edge cases: null and non-finite values are not counted; a scale with max ≤ min → RangeError.
 *
 * @example ratingBands({ min: 1, max: 5 }) // { low: 2, high: 4 }
 */
export function ratingBands(scale: { readonly min: number; readonly max: number }): { readonly low: number; readonly high: number } {
  if (!(scale.max > scale.min)) throw new RangeError(`rating scale needs max > min, got ${scale.min}-${scale.max}`);
  const quarter = (scale.max - scale.min) / 4;
  return { low: scale.min + quarter, high: scale.max - quarter };
}

/**
 * Ratings counted, and how many are in the low and the high band (see ratingBands).
 *
 * @example ratingBandCounts([1, 2, 3, 4, 5, 5, null], { min: 1, max: 5 }) // { n: 6, low: 2, high: 3 }
 */
export function ratingBandCounts(
  values: Iterable<number | null>,
  scale: { readonly min: number; readonly max: number },
): { readonly n: number; readonly low: number; readonly high: number } {
  const bands = ratingBands(scale);
  let n = 0;
  let low = 0;
  let high = 0;
  for (const value of values) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    n++;
    if (value <= bands.low) low++;
    else if (value >= bands.high) high++;
  }
  return { n, low, high };
}
