/**
 * KPIs per calendar period, for the HTML report's time charts: volume, % negative and the
 * outcome KPI (NPS, else CSAT, else rating) with their 95% intervals, and the share of the top
 * pain-point themes. Weeks (ISO, Monday first) when the data spans at most 26 of them, else
 * months. Periods between the first and last date are all listed, empty ones with n = 0.
 * Pure: rows and themes in, numbers out.
 */
import { periodOf } from '../delta/periods.js';
import { kpiSet, type KpiContext } from './kpi-set.js';
import type { DatedKpiTable, SeriesOutcome, TimeSeries } from './types.js';

/** Most weekly periods before switching to months. */
export const MAX_WEEKS = 26;

const DAY_MS = 86_400_000;
const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * The series, or null when no row has a date.
 * @param themeRows row indices (ascending) of each tracked theme, in `themeIds` order.
 */
export function timeSeries(
  rows: DatedKpiTable,
  context: KpiContext,
  themeIds: readonly string[],
  themeRows: readonly (readonly number[])[],
): TimeSeries | null {
  let first: string | null = null;
  let last: string | null = null;
  let undated = 0;
  const dateOf = (index: number): string | null => {
    const code = rows.date[index] as number;
    return code < 0 ? null : (rows.dates[code] as string);
  };
  for (let index = 0; index < rows.length; index++) {
    const date = dateOf(index);
    if (date === null) {
      undated += 1;
      continue;
    }
    const day = date.slice(0, 10);
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  if (first === null || last === null) return null;

  const weeks = Math.floor((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${periodOf(first, 'week').from}T00:00:00Z`)) / DAY_MS / 7) + 1;
  const unit = weeks <= MAX_WEEKS ? 'week' : 'month';
  const periods = [periodOf(first, unit)];
  while (periods[periods.length - 1]!.to < last) periods.push(periodOf(nextDay(periods[periods.length - 1]!.to), unit));
  const position = new Map(periods.map((period, index) => [period.label, index]));

  const members: number[][] = periods.map(() => []);
  const periodOfRow = new Int32Array(rows.length).fill(-1);
  // Rows share few dates: each date's period is looked up once.
  const periodOfDate = rows.dates.map((date) => position.get(periodOf(date.slice(0, 10), unit).label) ?? -1);
  for (let index = 0; index < rows.length; index++) {
    const code = rows.date[index] as number;
    const at = code < 0 ? -1 : (periodOfDate[code] as number);
    if (at < 0) continue;
    members[at]!.push(index);
    periodOfRow[index] = at;
  }
  const themeCounts = themeRows.map((indices) => {
    const counts = new Array<number>(periods.length).fill(0);
    for (const index of indices) {
      const at = periodOfRow[index] ?? -1;
      if (at >= 0) counts[at]! += 1;
    }
    return counts;
  });

  const { mapping } = context;
  const outcome: SeriesOutcome | null = mapping.nps !== null ? 'nps' : mapping.csat !== null ? 'csat' : mapping.rating !== null ? 'rating' : null;
  return {
    unit,
    first,
    last,
    outcome,
    themes: themeIds,
    undated,
    points: periods.map((period, at) => {
      const periodRows = members[at]!;
      const kpis = kpiSet(rows, context, periodRows);
      const n = periodRows.length;
      return {
        period: period.label,
        from: period.from,
        to: period.to,
        n,
        negativeShare: kpis.sentiment.negativeShare,
        outcome: outcome === null ? null : kpis[outcome],
        themes: themeIds.map((id, t) => {
          const count = themeCounts[t]![at]!;
          return { id, count, share: n === 0 ? 0 : count / n };
        }),
      };
    }),
  };
}
