/** Day/month order of the date column, decided once from the sample. */
import { CxError } from '../errors.js';
import { isIsoDate, parseDate, slashParts, type DateOrder } from '../normalize/index.js';
import type { RawRecord } from '../read/types.js';
import type { ColumnMapping } from './types.js';

/**
 * 'mdy' / 'dmy' from slash dates where one part is above 12 (the majority wins if both occur);
 * 'dmy' for dotted dates (7.9.2025); 'ymd' when the dates are ISO; null without a date column or
 * any readable date. Throws CxError('ambiguous_date') when slash dates such as 03/04/2025 occur
 * and no value settles the order.
 */
export function resolveDateFormat(
  mapping: ColumnMapping,
  sample: readonly RawRecord[],
  override?: DateOrder,
  /** 'defer': return null instead of throwing, and let the whole file decide (DateOrderEvidence in src/normalize). */
  ambiguous: 'throw' | 'defer' = 'throw',
): DateOrder | null {
  if (override !== undefined) return override;
  if (mapping.date === null) return null;
  const column = mapping.date.column;
  let dayFirst = 0;
  let monthFirst = 0;
  let example: string | null = null;
  let iso = 0;
  let dotted = 0;
  for (const record of sample) {
    const raw = (record.fields[column] ?? '').trim();
    if (raw === '') continue;
    const parts = slashParts(raw);
    if (parts !== null) {
      const [first, second] = parts;
      if (first > 12 && second <= 12) dayFirst += 1;
      else if (second > 12 && first <= 12) monthFirst += 1;
      else if (first !== second && example === null) example = raw.split(/[\sT,]/)[0] ?? raw;
    } else if (isIsoDate(raw)) iso += 1;
    else if (/^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(raw) && parseDate(raw).kind === 'date') dotted += 1;
  }
  if (dayFirst > 0 || monthFirst > 0) return dayFirst >= monthFirst ? 'dmy' : 'mdy';
  if (example !== null && ambiguous === 'defer') return null;
  if (example !== null) {
    throw new CxError(
      'ambiguous_date',
      `dates like ${example} in column "${column}" could be D/M or M/D: pass --date-format dmy or mdy`,
      { column },
    );
  }
  if (dotted > 0 && dotted >= iso) return 'dmy';
  if (iso > 0) return 'ymd';
  return null;
}
