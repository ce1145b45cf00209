import { csatCounts, meanAndVariance, npsCounts, ratingBandCounts, type MeanAndVariance } from '../kpi/index.js';
import { npsDifference } from './nps-difference.js';
import {
  DELTA_MIN_N_MEAN,
  DELTA_MIN_N_NPS,
  DELTA_MIN_N_PROPORTION,
  SIGNIFICANCE_LEVEL,
} from './sample-size.js';
import { twoProportion } from './two-proportion.js';
import type { CompareKpisOptions, Direction, KpiDelta, KpiName, KpiRecord, KpiTest, Polarity } from './types.js';
import { welch } from './welch.js';

/**
 * KPI deltas between a baseline and a current set of rows: NPS, CSAT, CES, rating, mean
 * sentiment, % negative and volume, each with baseline and current value and n, delta
 * (current − baseline), 95% interval, p-value, significance and direction.
 *
 * With `ratingScale`, also the share of low ratings (1-2★ on 1-5; the bottom quarter of the scale,
 * kpi ratingBands), lower is better.
 *
 * Tests used (see each function): NPS — npsDifference (adjusted Wald, z); CSAT top-2-box, the
 * share of low ratings and % negative — twoProportion (Newcombe interval; pooled z, or Fisher's exact when an expected
 * cell is below 5), in percent and percentage points; CES, rating, sentiment — Welch's t.
 * Volume is the row count of each side: delta = current − baseline rows, with no test (a count
 * of rows is not a sample estimate), never significant, direction 'unchanged'.
 *
 * Insufficient data: fewer than DELTA_MIN_N_NPS (30) NPS scores, DELTA_MIN_N_PROPORTION (30)
 * CSAT scores or sentiment labels, or DELTA_MIN_N_MEAN (10) values for a mean, on either side →
 * delta, ci95 and pValue null, significant false, `insufficient: { needed }`.
 * A KPI with no values on either side (e.g. no CES column) is left out.
 *
 * Significance: pValue < 0.05. Direction: the sign of delta judged by the KPI's polarity (higher
 * NPS, CSAT, rating, sentiment and — by default, CES 2.0 "made it easy" — CES is better; higher
 * % negative is worse), regardless of significance; 'unchanged' when delta is 0 or null.
 */
export function compareKpis(
  baselineRows: readonly KpiRecord[],
  currentRows: readonly KpiRecord[],
  options: CompareKpisOptions = {},
): KpiDelta[] {
  const csatScale = options.csatScale ?? 5;
  const kpis: KpiDelta[] = [];

  // NPS
  const npsBefore = npsCounts(baselineRows.map((row) => row.nps));
  const npsAfter = npsCounts(currentRows.map((row) => row.nps));
  if (npsBefore.n + npsAfter.n > 0) {
    const value = (c: typeof npsBefore): number | null => (c.n === 0 ? null : (100 * (c.promoters - c.detractors)) / c.n);
    const enough = npsBefore.n >= DELTA_MIN_N_NPS && npsAfter.n >= DELTA_MIN_N_NPS;
    const result = enough ? npsDifference(npsBefore, npsAfter) : null;
    kpis.push(
      entry('nps', 'points', 'higher-is-better', { value: value(npsBefore), n: npsBefore.n }, { value: value(npsAfter), n: npsAfter.n }, result, 'adjusted-wald-z', DELTA_MIN_N_NPS),
    );
  }

  // CSAT top-2-box
  const csatBefore = csatCounts(baselineRows.map((row) => row.csat), csatScale);
  const csatAfter = csatCounts(currentRows.map((row) => row.csat), csatScale);
  if (csatBefore.n + csatAfter.n > 0) {
    kpis.push(
      proportionEntry('csat', 'higher-is-better', csatBefore.topTwoBox, csatBefore.n, csatAfter.topTwoBox, csatAfter.n),
    );
  }

  // Means
  const means: readonly [KpiName, (row: KpiRecord) => number | null, Polarity][] = [
    ['ces', (row) => row.ces, options.cesHigherIsBetter === false ? 'lower-is-better' : 'higher-is-better'],
    ['rating', (row) => row.rating, 'higher-is-better'],
    ['sentiment', (row) => row.sentiment?.score ?? null, 'higher-is-better'],
  ];
  for (const [name, accessor, polarity] of means) {
    const before = meanAndVariance(baselineRows.map(accessor));
    const after = meanAndVariance(currentRows.map(accessor));
    if (before.n + after.n === 0) continue;
    kpis.push(meanEntry(name, polarity, before, after));
    if (name === 'rating' && options.ratingScale) {
      const low = (rows: readonly KpiRecord[]) => ratingBandCounts(rows.map((row) => row.rating), options.ratingScale as { min: number; max: number });
      const lowBefore = low(baselineRows);
      const lowAfter = low(currentRows);
      kpis.push(proportionEntry('ratingLow', 'lower-is-better', lowBefore.low, lowBefore.n, lowAfter.low, lowAfter.n));
    }
  }

  // % negative
  const negatives = (rows: readonly KpiRecord[]): { k: number; n: number } => {
    let k = 0;
    let n = 0;
    for (const row of rows) {
      if (!row.sentiment) continue;
      n++;
      if (row.sentiment.label === 'negative') k++;
    }
    return { k, n };
  };
  const negativeBefore = negatives(baselineRows);
  const negativeAfter = negatives(currentRows);
  if (negativeBefore.n + negativeAfter.n > 0) {
    kpis.push(proportionEntry('negative', 'lower-is-better', negativeBefore.k, negativeBefore.n, negativeAfter.k, negativeAfter.n));
  }

  // Volume
  kpis.push({
    name: 'volume',
    unit: 'rows',
    polarity: 'none',
    baseline: { value: baselineRows.length, n: baselineRows.length },
    current: { value: currentRows.length, n: currentRows.length },
    delta: currentRows.length - baselineRows.length,
    ci95: null,
    pValue: null,
    test: null,
    significant: false,
    direction: 'unchanged',
  });
  return kpis;
}

function proportionEntry(name: KpiName, polarity: Polarity, k1: number, n1: number, k2: number, n2: number): KpiDelta {
  const enough = n1 >= DELTA_MIN_N_PROPORTION && n2 >= DELTA_MIN_N_PROPORTION;
  const result = enough ? twoProportion(k1, n1, k2, n2) : null;
  return entry(
    name,
    'percent',
    polarity,
    { value: n1 === 0 ? null : (100 * k1) / n1, n: n1 },
    { value: n2 === 0 ? null : (100 * k2) / n2, n: n2 },
    result,
    result?.test ?? 'two-proportion-z',
    DELTA_MIN_N_PROPORTION,
  );
}

function meanEntry(name: KpiName, polarity: Polarity, before: MeanAndVariance, after: MeanAndVariance): KpiDelta {
  const enough = before.n >= DELTA_MIN_N_MEAN && after.n >= DELTA_MIN_N_MEAN;
  const result = enough ? welch(before, after) : null;
  return entry(
    name,
    'scale',
    polarity,
    { value: before.n === 0 ? null : before.mean, n: before.n },
    { value: after.n === 0 ? null : after.mean, n: after.n },
    result,
    'welch-t',
    DELTA_MIN_N_MEAN,
  );
}

function entry(
  name: KpiName,
  unit: KpiDelta['unit'],
  polarity: Polarity,
  baseline: KpiDelta['baseline'],
  current: KpiDelta['current'],
  result: { readonly delta: number; readonly ci95: readonly [number, number]; readonly pValue: number } | null,
  test: KpiTest,
  needed: number,
): KpiDelta {
  if (result === null) {
    return {
      name, unit, polarity, baseline, current,
      delta: null, ci95: null, pValue: null, test: null, significant: false, direction: 'unchanged',
      insufficient: { needed },
    };
  }
  return {
    name, unit, polarity, baseline, current,
    delta: result.delta,
    ci95: result.ci95,
    pValue: result.pValue,
    test,
    significant: result.pValue < SIGNIFICANCE_LEVEL,
    direction: direction(result.delta, polarity),
  };
}

/** The direction of a change judged by polarity: 'better', 'worse' or 'unchanged'. */
export function direction(delta: number | null, polarity: Polarity): Direction {
  if (delta === null || delta === 0 || polarity === 'none' || Number.isNaN(delta)) return 'unchanged';
  const up = delta > 0;
  return up === (polarity === 'higher-is-better') ? 'better' : 'worse';
}
