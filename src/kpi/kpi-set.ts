/** KPIs of any subset of analysed rows: the KpiSet the report shows overall, per segment, theme and period. */
import { csat } from './csat.js';
import { meanEstimate } from './mean-estimate.js';
import { nps } from './nps.js';
import { proportion } from './proportion.js';
import { ratingBandCounts } from './rating-bands.js';
import type { KpiColumns, KpiRow, KpiSet } from './types.js';

/** What kpiSet needs besides the rows: which KPI columns the input has. */
export type KpiContext = {
  readonly mapping: KpiColumns;
};

function* pick<T>(rows: Iterable<KpiRow>, get: (row: KpiRow) => T): Iterable<T> {
  for (const row of rows) yield get(row);
}

/**
 * NPS, CSAT, CES, mean rating and the shares of low and high ratings (null when the column is
 * absent; the rating bands also need the detected scale), and sentiment.
 */
export function kpiSet(rows: readonly KpiRow[], context: KpiContext): KpiSet {
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
