/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings as UTC day numbers (days since 1970-01-01), so no
 * local time zone or daylight-saving shift can move a date.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Day number of a valid 'YYYY-MM-DD' date, or null (bad format or impossible date like 02-30). */
export function dayNumber(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

/** 'YYYY-MM-DD' of a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Parts of a day number: year, month 1-12, day of month, ISO weekday 1 (Mon) - 7 (Sun). */
export function dayParts(day: number): { year: number; month: number; date: number; weekday: number } {
  const d = new Date(day * DAY_MS);
  const weekday = d.getUTCDay();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: weekday === 0 ? 7 : weekday };
}

/** Day number of the first day of a month (month may overflow: 13 = January next year). */
export function monthStart(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / DAY_MS;
}
