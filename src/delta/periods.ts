import { dayNumber, dayParts, formatDay, monthStart } from './_dates.js';
import type { DateRange, DateSplit, Period, PeriodUnit } from './types.js';

/**
 * Period helpers for `cx delta --split`, `--period` and explicit ranges. Dates are 'YYYY-MM-DD'
 * strings handled as UTC calendar days (no local time). Weeks are ISO 8601 weeks (Monday to
 * Sunday, labelled by ISO week-year: '2025-W14'); months '2025-04'; quarters '2025-Q2'
 * (Q1 = January-March); years '2025' (calendar years, January-December).
 */

/**
 * Split row indices at a date: before `splitDate` → baseline, on or after → current; rows whose
 * date is null or not a valid 'YYYY-MM-DD' → undated. Throws RangeError for an invalid splitDate.
 *
 * @example splitByDate(['2025-03-31', null, '2025-04-01'], '2025-04-01')
 * // { baseline: [0], current: [2], undated: [1] }
 */
export function splitByDate(dates: readonly (string | null)[], splitDate: string): DateSplit {
  const split = dayNumber(splitDate);
  if (split === null) throw new RangeError(`split date must be a valid YYYY-MM-DD date, got "${splitDate}"`);
  const baseline: number[] = [];
  const current: number[] = [];
  const undated: number[] = [];
  dates.forEach((date, index) => {
    const day = date === null ? null : dayNumber(date);
    if (day === null) undated.push(index);
    else if (day < split) baseline.push(index);
    else current.push(index);
  });
  return { baseline, current, undated };
}

/**
 * Indices of the rows whose date lies in [range.from, range.to] (both inclusive), ascending.
 * Throws RangeError for an invalid bound or from > to.
 *
 * @example selectDateRange(['2025-01-31', '2025-02-01', '2025-02-28'], { from: '2025-02-01', to: '2025-02-28' }) // [1, 2]
 */
export function selectDateRange(dates: readonly (string | null)[], range: DateRange): number[] {
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  if (from === null || to === null) throw new RangeError(`date range bounds must be YYYY-MM-DD, got "${range.from}" … "${range.to}"`);
  if (from > to) throw new RangeError(`date range starts after it ends: ${range.from} > ${range.to}`);
  const selected: number[] = [];
  dates.forEach((date, index) => {
    const day = date === null ? null : dayNumber(date);
    if (day !== null && day >= from && day <= to) selected.push(index);
  });
  return selected;
}

/**
 * The period (week, month, quarter or year) containing a date.
 *
 * @example periodOf('2025-04-06', 'week') // { from: '2025-03-31', to: '2025-04-06', label: '2025-W14' }
 */
export function periodOf(date: string, unit: PeriodUnit): Period {
  const day = dayNumber(date);
  if (day === null) throw new RangeError(`expected a YYYY-MM-DD date, got "${date}"`);
  return periodOfDay(day, unit);
}

function periodOfDay(day: number, unit: PeriodUnit): Period {
  const { year, month, weekday } = dayParts(day);
  if (unit === 'week') {
    const monday = day - (weekday - 1);
    // ISO week-year and number: the week's Thursday decides the year.
    const thursday = monday + 3;
    const isoYear = dayParts(thursday).year;
    const week = Math.floor((thursday - monthStart(isoYear, 1)) / 7) + 1;
    return { from: formatDay(monday), to: formatDay(monday + 6), label: `${isoYear}-W${String(week).padStart(2, '0')}` };
  }
  if (unit === 'month') {
    return {
      from: formatDay(monthStart(year, month)),
      to: formatDay(monthStart(year, month + 1) - 1),
      label: `${year}-${String(month).padStart(2, '0')}`,
    };
  }
  if (unit === 'year') {
    return { from: formatDay(monthStart(year, 1)), to: formatDay(monthStart(year + 1, 1) - 1), label: String(year) };
  }
  const quarter = Math.floor((month - 1) / 3) + 1;
  const firstMonth = 3 * (quarter - 1) + 1;
  return {
    from: formatDay(monthStart(year, firstMonth)),
    to: formatDay(monthStart(year, firstMonth + 3) - 1),
    label: `${year}-Q${quarter}`,
  };
}

/**
 * The last complete period in the data (current) and the period before it (baseline).
 *
 * Rule: only the period holding the latest date can be incomplete, and it counts as complete
 * exactly when the latest date is its last day (data "extends to" its end). Otherwise the current
 * period is the one before it. Returns null when there are no valid dates or no valid date falls
 * before the current period (nothing to compare with). The baseline may be partly covered when
 * the data starts inside it; the caller reports each side's n.
 *
 * @example
 * // data 2025-03-01 … 2025-04-30 → { baseline: March, current: April }
 * // data 2025-03-01 … 2025-04-29 → { baseline: February, current: March } (April incomplete)
 * lastCompletePeriods(dates, 'month')
 */
export function lastCompletePeriods(
  dates: readonly (string | null)[],
  unit: PeriodUnit,
): { readonly baseline: Period; readonly current: Period } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const date of dates) {
    const day = date === null ? null : dayNumber(date);
    if (day === null) continue;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (!Number.isFinite(last)) return null;
  const latest = periodOfDay(last, unit);
  const current = formatDay(last) === latest.to ? latest : periodOfDay((dayNumber(latest.from) as number) - 1, unit);
  const baseline = periodOfDay((dayNumber(current.from) as number) - 1, unit);
  if (first > (dayNumber(baseline.to) as number)) return null;
  return { baseline, current };
}
