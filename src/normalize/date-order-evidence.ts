/**
 * D/M versus M/D decided by the whole file, in the one pass that normalises it. When the sample
 * could not tell, every slash date is still read: a value only one order allows (a part above 12)
 * is read that way and counted as evidence; a value both orders allow (03/04/2025) is read
 * provisionally as M/D and remembered by its row. After the last record, `settleDateOrder` reads
 * the evidence: the order the file's values allow (the majority if both occur), the provisional
 * dates swapped where it is D/M — or, when no value anywhere settles it, those dates left out and
 * counted as `date_ambiguous`, so the analysis still runs and says that period splits need
 * --date-format. Costs one counter per slash date and one integer per provisional row.
 */
import { parseDate, slashParts, type DateOrder, type ParsedDate } from './parse-date.js';
import type { InvalidValue } from './types.js';

/** A slash date both orders allow, read as M/D until the file decides. */
export type ProvisionalDate = { readonly kind: 'provisional'; readonly iso: string };

/** Values echoed as examples of undecided dates. */
const EXAMPLES = 10;

export class DateOrderEvidence {
  /** Values only D/M allows (first part above 12), and only M/D (second part above 12). */
  dayFirst = 0;
  monthFirst = 0;
  /** Provisional reads so far. */
  pending = 0;
  /** The first provisional values, with their lines (for the report). */
  readonly examples: { readonly line: number; readonly value: string }[] = [];

  /** Reads one date value as `parseDate` does with no order given, keeping evidence; ambiguous slash dates come back provisional. */
  read(raw: string, line: number): ParsedDate | ProvisionalDate {
    const parts = slashParts(raw);
    if (parts !== null) {
      const [first, second] = parts;
      if (first > 12 && second <= 12) this.dayFirst += 1;
      else if (second > 12 && first <= 12) this.monthFirst += 1;
      else if (first !== second && first <= 12 && second <= 12) {
        const read = parseDate(raw, 'mdy');
        if (read.kind === 'date') {
          this.pending += 1;
          if (this.examples.length < EXAMPLES) this.examples.push({ line, value: raw.trim() });
          return { kind: 'provisional', iso: read.iso };
        }
      }
    }
    return parseDate(raw, null);
  }

  /** The order the values allow, the majority when both occur; null when no value settles it. */
  verdict(): 'dmy' | 'mdy' | null {
    if (this.dayFirst === 0 && this.monthFirst === 0) return null;
    return this.dayFirst >= this.monthFirst ? 'dmy' : 'mdy';
  }
}

/** `2025-03-04` read as M/D → `2025-04-03` read as D/M. */
export const swapMonthDay = (iso: string): string => `${iso.slice(0, 4)}-${iso.slice(8, 10)}-${iso.slice(5, 7)}`;

export type SettledDates<T> = {
  readonly rows: readonly T[];
  /** The order used for the provisional dates, or null when the file could not tell (their dates removed). */
  readonly order: DateOrder | null;
  /** One `date_ambiguous` value per date left out (values echoed for the first few). */
  readonly invalid: readonly InvalidValue[];
};

/**
 * The rows with their provisional dates settled (`provisional` holds their indexes, in order):
 * kept as M/D, swapped for D/M, or removed when the file cannot tell. Returns the same array when
 * nothing changes.
 */
export function settleDateOrder<T extends { readonly line: number; readonly date: string | null }>(
  rows: readonly T[],
  provisional: readonly number[],
  evidence: DateOrderEvidence,
): SettledDates<T> {
  const order = evidence.verdict();
  if (provisional.length === 0 || order === 'mdy') return { rows, order: provisional.length === 0 ? null : order, invalid: [] };
  const out = rows.slice();
  const invalid: InvalidValue[] = [];
  const examples = new Map(evidence.examples.map((example) => [example.line, example.value]));
  for (const index of provisional) {
    const row = out[index] as T;
    if (row.date === null) continue;
    if (order === 'dmy') out[index] = { ...row, date: swapMonthDay(row.date) };
    else {
      out[index] = { ...row, date: null };
      invalid.push({ line: row.line, kpi: 'date', reason: 'date_ambiguous', value: examples.get(row.line) ?? row.date });
    }
  }
  return { rows: out, order, invalid };
}

/** The sentence for the analyst when the file could not tell D/M from M/D. */
export function undecidedDatesWarning(column: string, evidence: DateOrderEvidence): string {
  const example = evidence.examples[0]?.value.split(/[\sT,]/)[0] ?? '';
  return (
    `dates like ${example} in column "${column}" could be D/M or M/D and no value in the file settles it: ` +
    `${evidence.pending.toLocaleString('en-US')} dates are left out, so period splits (trends, delta by date) need --date-format dmy or mdy`
  );
}
