/** KPIs of any subset of analysed rows: the KpiSet the report shows overall, per segment, theme and period. */
import { csat } from './csat.js';
import { meanEstimate } from './mean-estimate.js';
import { nps } from './nps.js';
import { proportion } from './proportion.js';
import { ratingBandCounts } from './rating-bands.js';
import type { KpiMapping, KpiSet, KpiTable } from './types.js';

/** Label codes in KpiTable.label (the order of LABELS in src/pipeline/workers/packed.ts). */
export const SENTIMENT_POSITIVE = 1;
export const SENTIMENT_NEGATIVE = 2;

/** What kpiSet needs besides the rows: which KPI columns the input has. */
export type KpiContext = {
  readonly mapping: KpiMapping;
};

/** The column's values of the rows (all rows when `rows` is absent), in row order; NaN (or a column not kept) → null. */
function* pick(column: Float64Array, rows: ArrayLike<number> | undefined, length: number): Iterable<number | null> {
  const count = rows === undefined ? length : rows.length;
  for (let k = 0; k < count; k++) {
    const value = column[rows === undefined ? k : (rows[k] as number)];
    yield value === undefined || Number.isNaN(value) ? null : value;
  }
}

/**
 * NPS, CSAT, CES, mean rating and the shares of low and high ratings (null when the column is
 * absent; the rating bands also need the detected scale), and sentiment, of the rows at `rows`
 * (indices into the table, in the order the statistics are summed), or of every row.
 */
export function kpiSet(table: KpiTable, context: KpiContext, rows?: ArrayLike<number>): KpiSet {
  const { mapping } = context;
  const n = rows === undefined ? table.length : rows.length;
  const column = (values: Float64Array): Iterable<number | null> => pick(values, rows, n);
  let negative = 0;
  let positive = 0;
  for (let k = 0; k < n; k++) {
    const label = table.label[rows === undefined ? k : (rows[k] as number)];
    if (label === SENTIMENT_NEGATIVE) negative += 1;
    else if (label === SENTIMENT_POSITIVE) positive += 1;
  }
  const scale = mapping.rating === null ? null : mapping.ratingScale;
  const bands = scale === null ? null : ratingBandCounts(column(table.rating), scale);
  return {
    nps: mapping.nps === null ? null : nps(column(table.nps)),
    csat: mapping.csat === null ? null : csat(column(table.csat), mapping.csatScale?.max ?? 5),
    ces: mapping.ces === null ? null : meanEstimate(column(table.ces)),
    rating: mapping.rating === null ? null : meanEstimate(column(table.rating)),
    ratingLow: bands === null ? null : proportion(bands.low, bands.n),
    ratingHigh: bands === null ? null : proportion(bands.high, bands.n),
    sentiment: {
      mean: meanEstimate(column(table.score)),
      negativeShare: proportion(negative, n),
      positiveShare: proportion(positive, n),
    },
  };
}
