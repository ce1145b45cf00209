import { isCsatScore, npsGroup, ratingBands } from '../kpi/index.js';
import type { CompareKpisOptions, KpiName, KpiRecord } from './types.js';

/** The KPIs that are a mean of one number per respondent (all but volume). */
export type CodedKpi = Exclude<KpiName, 'volume'>;

/**
 * Each KPI as the mean of one number per respondent, so that a segment's KPI is the mean over its
 * rows and the whole sample's KPI is the share-weighted sum of the segments' — which is what makes
 * the mix/rate decomposition exact (src/delta/kitagawa.ts).
 *
 * - NPS: promoter (9-10) +100, passive (7-8) 0, detractor (0-6) −100; the mean is the NPS.
 * - CSAT top-2-box, low ratings, % negative: 100 for a response in the box, else 0 (percent).
 * - CES, rating, sentiment: the value itself.
 * null: the row has no valid value for that KPI (it is left out of that KPI, as in compareKpis).
 *
 * @example kpiCoder('nps')({ nps: 10, … }) // 100; kpiCoder('nps')({ nps: 7, … }) // 0
 */
export function kpiCoder(name: CodedKpi, options: CompareKpisOptions = {}): (record: KpiRecord) => number | null {
  switch (name) {
    case 'nps':
      return (record) => {
        const group = npsGroup(record.nps);
        return group === null ? null : group === 'promoter' ? 100 : group === 'detractor' ? -100 : 0;
      };
    case 'csat': {
      const scale = options.csatScale ?? 5;
      return (record) => (isCsatScore(record.csat, scale) ? (record.csat >= scale - 1 ? 100 : 0) : null);
    }
    case 'ratingLow': {
      const scale = options.ratingScale;
      if (scale === null || scale === undefined) return () => null;
      const low = ratingBands(scale).low;
      return (record) => (typeof record.rating === 'number' && Number.isFinite(record.rating) ? (record.rating <= low ? 100 : 0) : null);
    }
    case 'negative':
      return (record) => (record.sentiment === null ? null : record.sentiment.label === 'negative' ? 100 : 0);
    case 'ces':
      return (record) => finite(record.ces);
    case 'rating':
      return (record) => finite(record.rating);
    case 'sentiment':
      return (record) => (record.sentiment === null ? null : finite(record.sentiment.score));
  }
}

const finite = (value: number | null): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
