/** KPIs of any subset of analysed rows, with the functions of src/kpi. */
import type { ColumnMapping } from '../columns/types.js';
import { csat, meanEstimate, nps, proportion, ratingBandCounts } from '../kpi/index.js';
import type { Thresholds } from '../sentiment/types.js';
import type { AnalysedRow } from './collect.js';
import type { KpiSet } from './types.js';

export type KpiContext = {
  readonly mapping: ColumnMapping;
  readonly thresholds: Thresholds;
};

function* pick<T>(rows: Iterable<AnalysedRow>, get: (row: AnalysedRow) => T): Iterable<T> {
  for (const row of rows) yield get(row);
}

/**
 * NPS, CSAT, CES, mean rating and the shares of low and high ratings (null when the column is
 * absent; the rating bands also need the detected scale), and sentiment.
 */
export function kpiSet(rows: readonly AnalysedRow[], context: KpiContext): KpiSet {
  const { mapping } = context;
  let negative = 0;
  let positive = 0;
  for (const row of rows) {
    if (row.label === 'negative') negative += 1;
    else if (row.label === 'positive') positive += 1;
  }
  const scale = mapping.rating === null ? null : mapping.ratingScale;
  const bands = scale === null ? null : ratingBandCounts(pick(rows, (row) => row.rating), scale);
  return {
    nps: mapping.nps === null ? null : nps(pick(rows, (row) => row.nps)),
    csat: mapping.csat === null ? null : csat(pick(rows, (row) => row.csat), mapping.csatScale?.max ?? 5),
    ces: mapping.ces === null ? null : meanEstimate(pick(rows, (row) => row.ces)),
    rating: mapping.rating === null ? null : meanEstimate(pick(rows, (row) => row.rating)),
    ratingLow: bands === null ? null : proportion(bands.low, bands.n),
    ratingHigh: bands === null ? null : proportion(bands.high, bands.n),
    sentiment: {
      mean: meanEstimate(pick(rows, (row) => row.score)),
      negativeShare: proportion(negative, rows.length),
      positiveShare: proportion(positive, rows.length),
    },
  };
}
