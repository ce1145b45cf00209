/**
 * Dates as exports write them → 'YYYY-MM-DD', the calendar date as written (no time-zone
 * shifting; epoch numbers are read as UTC). Locale and TZ independent.
 *
 * Accepted: ISO `2025-09-07`, `2025-09-07T12:57:44Z`, `2025-09-07 12:57`, `2025/09/07`;
 * slash dates `9/7/2025`, `09/07/25 13:05` (order from `order`, or from a part > 12);
 * dotted `7.9.2025` (always day first); month names `7 Sep 2025`, `Sep 7, 2025`,
 * `Sunday, September 7, 2025`; epoch seconds (9-10 digits) and milliseconds (12-13 digits).
 */

export type DateOrder = 'ymd' | 'mdy' | 'dmy';

export type ParsedDate =
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'ambiguous' } // slash date with both parts ≤ 12 and no order given
  | { readonly kind: 'invalid' };

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
const SLASH = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?:$|[\sT,])/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:$|[\s,])/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})(?:$|[\s,T])/;
const MONTH_NAME_DAY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:$|[\s,T])/;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const EPOCH_SECONDS = /^\d{9,10}(?:\.\d+)?$/;
const EPOCH_MILLIS = /^\d{12,13}$/;

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['may', 5], ['jun', 6],
  ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

export function parseDate(raw: string, order: DateOrder | null = null): ParsedDate {
  const value = raw.trim();
  if (value === '') return { kind: 'invalid' };
  let match = ISO.exec(value);
  if (match !== null) return build(Number(match[1]), Number(match[2]), Number(match[3]));
  match = SLASH.exec(value);
  if (match !== null) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = fullYear(match[3] as string);
    const resolved = order === 'mdy' || order === 'dmy' ? order : first > 12 ? 'dmy' : second > 12 ? 'mdy' : null;
    if (resolved === null) return first === second ? build(year, first, second) : { kind: 'ambiguous' };
    return resolved === 'mdy' ? build(year, first, second) : build(year, second, first);
  }
  match = DOTTED.exec(value);
  if (match !== null) return build(fullYear(match[3] as string), Number(match[2]), Number(match[1]));
  if (EPOCH_MILLIS.test(value)) return fromEpoch(Number(value));
  if (EPOCH_SECONDS.test(value)) return fromEpoch(Number(value) * 1000);
  const named = value.replace(WEEKDAY, '');
  match = DAY_MONTH_NAME.exec(named);
  if (match !== null) return buildNamed(match[3] as string, match[2] as string, match[1] as string);
  match = MONTH_NAME_DAY.exec(named);
  if (match !== null) return buildNamed(match[3] as string, match[1] as string, match[2] as string);
  return { kind: 'invalid' };
}

/** The two numbers of a slash date (`03/04/2025` → [3, 4]), or null when the value is not one. */
export function slashParts(raw: string): readonly [number, number] | null {
  const match = SLASH.exec(raw.trim());
  return match === null ? null : [Number(match[1]), Number(match[2])];
}

/** True when the value is an ISO (year-first) date. */
export const isIsoDate = (raw: string): boolean => ISO.test(raw.trim());

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

function buildNamed(year: string, month: string, day: string): ParsedDate {
  const number = MONTHS.get(month.toLowerCase().slice(0, month.toLowerCase().startsWith('sept') ? 4 : 3));
  if (number === undefined) return { kind: 'invalid' };
  return build(Number(year), number, Number(day));
}

function build(year: number, month: number, day: number): ParsedDate {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { kind: 'invalid' };
  }
  return { kind: 'date', iso: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` };
}

function fromEpoch(millis: number): ParsedDate {
  const date = new Date(millis);
  if (Number.isNaN(date.getTime())) return { kind: 'invalid' };
  return build(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const pad = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
