/**
 * The analysed rows, column by column: what is kept per row after tokenizing is numbers in typed
 * arrays (line, scores, sentiment, date and segment codes) — no object per row. Measured on a
 * 100k-row export, an object per row cost 161 bytes of heap beyond its comment; here a row costs
 * 4 (line) + 8 (sentiment score) + 1 (label) + 8 per KPI column the input has + 4 (date) + 4 per
 * `--by` column, plus its id string when the input has an id column. Dates and segment values
 * are codes into tables of the distinct values (a million rows name a few hundred days).
 *
 * The comment's text is not stored here: `text(i)` reads it from the doc store that also keeps
 * the comment's tokens (src/pipeline/compact-docs.ts).
 */
import type { AnalysedRow, AnalysedRows } from './types.js';
import { PackedStrings } from './packed-strings.js';
import { LABELS } from './workers/packed.js';

const LABEL_CODE = new Map(LABELS.map((label, code) => [label, code]));
/** Distinct dates and segment values coded per column beyond which new values are still coded but not looked up (bounds the map). */
const MAX_LOOKUP = 100_000;

/** Distinct strings ↔ codes, in order of first appearance. */
class Codes {
  readonly values: string[] = [];
  private readonly lookup = new Map<string, number>();

  codeOf(value: string): number {
    const known = this.lookup.get(value);
    if (known !== undefined) return known;
    const code = this.values.length;
    this.values.push(value);
    if (this.lookup.size < MAX_LOOKUP) this.lookup.set(value, code);
    return code;
  }
}

/** One row as it is added: its values before sentiment (which arrives later, in the same order). */
export type RowValues = {
  readonly line: number;
  readonly id: string | null;
  readonly date: string | null;
  readonly nps: number | null;
  readonly csat: number | null;
  readonly ces: number | null;
  readonly rating: number | null;
  /** Values of the `by` columns, in the order given. */
  readonly by: readonly string[];
};

export class RowTableBuilder {
  private size = 0;
  private scored = 0;
  private capacity = 0;
  private line: Int32Array = new Int32Array(0);
  private score: Float64Array = new Float64Array(0);
  private label: Uint8Array = new Uint8Array(0);
  private nps: Float64Array = new Float64Array(0);
  private csat: Float64Array = new Float64Array(0);
  private ces: Float64Array = new Float64Array(0);
  private rating: Float64Array = new Float64Array(0);
  private date: Int32Array = new Int32Array(0);
  private readonly by: Int32Array[];
  private readonly dates = new Codes();
  private readonly byValues: Codes[];
  private ids: PackedStrings | null = null;

  /**
   * `columns`: which KPI columns the input has (the others take no memory); `byColumns`: how many
   * `--by` columns; `withIds`: whether rows have an id.
   */
  constructor(
    private readonly columns: { readonly nps: boolean; readonly csat: boolean; readonly ces: boolean; readonly rating: boolean },
    byColumns: number,
    withIds: boolean,
  ) {
    this.by = Array.from({ length: byColumns }, () => new Int32Array(0));
    this.byValues = Array.from({ length: byColumns }, () => new Codes());
    if (withIds) this.ids = new PackedStrings();
  }

  get length(): number {
    return this.size;
  }

  add(row: RowValues): void {
    if (this.size === this.capacity) this.grow(Math.max(1024, this.capacity * 2));
    const at = this.size++;
    this.line[at] = row.line;
    if (this.columns.nps) this.nps[at] = row.nps ?? Number.NaN;
    if (this.columns.csat) this.csat[at] = row.csat ?? Number.NaN;
    if (this.columns.ces) this.ces[at] = row.ces ?? Number.NaN;
    if (this.columns.rating) this.rating[at] = row.rating ?? Number.NaN;
    this.date[at] = row.date === null ? -1 : this.dates.codeOf(row.date);
    for (let c = 0; c < this.by.length; c++) (this.by[c] as Int32Array)[at] = (this.byValues[c] as Codes).codeOf(row.by[c] ?? '');
    this.ids?.add(row.id);
  }

  /** Row `index`'s line and date, read back to settle D/M versus M/D after the last record. */
  dateOf(index: number): { readonly line: number; readonly date: string | null } {
    const code = this.date[index] as number;
    return { line: this.line[index] as number, date: code < 0 ? null : (this.dates.values[code] as string) };
  }

  /** Replaces row `index`'s date (D/M versus M/D settled after the last record). */
  setDate(index: number, date: string | null): void {
    this.date[index] = date === null ? -1 : this.dates.codeOf(date);
  }

  /** Sentiment of the next `scores.length` rows, in the order they were added. */
  addSentiment(scores: Float64Array, labels: Uint8Array): void {
    this.score.set(scores, this.scored);
    this.label.set(labels, this.scored);
    this.scored += scores.length;
  }

  /** The table; `text(i)` gives row i's comment (null: not kept). Trims the columns to their length. */
  build(text: ((index: number) => string) | null): AnalysedRows {
    if (this.scored !== this.size) throw new Error(`rows out of step: ${this.size} added, ${this.scored} scored`);
    this.grow(this.size);
    const ids = this.ids;
    return {
      length: this.size,
      line: this.line,
      score: this.score,
      label: this.label,
      nps: this.nps,
      csat: this.csat,
      ces: this.ces,
      rating: this.rating,
      date: this.date,
      dates: this.dates.values,
      by: this.by,
      byValues: this.byValues.map((codes) => codes.values),
      id: ids === null ? () => null : (index) => ids.get(index),
      text,
    };
  }

  private grow(capacity: number): void {
    if (capacity === this.capacity) return;
    const resized = <T extends Int32Array | Float64Array | Uint8Array>(array: T, make: (n: number) => T, used: boolean): T => {
      if (!used) return array;
      const next = make(capacity);
      next.set(array.subarray(0, Math.min(array.length, capacity)));
      return next;
    };
    const f64 = (n: number): Float64Array => new Float64Array(n);
    this.line = resized(this.line, (n) => new Int32Array(n), true);
    this.score = resized(this.score, f64, true);
    this.label = resized(this.label, (n) => new Uint8Array(n), true);
    this.nps = resized(this.nps, f64, this.columns.nps);
    this.csat = resized(this.csat, f64, this.columns.csat);
    this.ces = resized(this.ces, f64, this.columns.ces);
    this.rating = resized(this.rating, f64, this.columns.rating);
    this.date = resized(this.date, (n) => new Int32Array(n), true);
    for (let c = 0; c < this.by.length; c++) this.by[c] = resized(this.by[c] as Int32Array, (n) => new Int32Array(n), true);
    this.capacity = capacity;
  }
}

/** Row `index` as an object (for code that compares rows one by one, and tests). */
export function rowAt(rows: AnalysedRows, index: number): AnalysedRow {
  const value = (column: Float64Array): number | null => {
    const v = column[index];
    return v === undefined || Number.isNaN(v) ? null : v;
  };
  const date = rows.date[index] as number;
  return {
    line: rows.line[index] as number,
    id: rows.id(index),
    text: rows.text?.(index) ?? '',
    date: date < 0 ? null : (rows.dates[date] as string),
    nps: value(rows.nps),
    csat: value(rows.csat),
    ces: value(rows.ces),
    rating: value(rows.rating),
    score: rows.score[index] as number,
    label: LABELS[rows.label[index] as number] ?? 'neutral',
    by: rows.by.map((codes, c) => rows.byValues[c]?.[codes[index] as number] ?? ''),
  };
}

/** A table from row objects (tests and hand-built inputs). */
export function rowTable(list: readonly AnalysedRow[]): AnalysedRows {
  const has = (get: (row: AnalysedRow) => number | null): boolean => list.some((row) => get(row) !== null);
  const builder = new RowTableBuilder(
    { nps: has((row) => row.nps), csat: has((row) => row.csat), ces: has((row) => row.ces), rating: has((row) => row.rating) },
    list[0]?.by.length ?? 0,
    list.some((row) => row.id !== null),
  );
  for (const row of list) builder.add(row);
  builder.addSentiment(Float64Array.from(list, (row) => row.score), Uint8Array.from(list, (row) => LABEL_CODE.get(row.label) ?? 0));
  return builder.build((index) => list[index]?.text ?? '');
}

/**
 * Several tables as one, rows in order (`cx delta` of two files): the KPI, sentiment, line and
 * date columns copied into one set of typed arrays (a KPI column one table lacks is NaN there;
 * dates are recoded into one table of distinct dates), `id` and `text` read from the table a row
 * came from. Segment codes are not joined (`by` is empty): each input has its own columns.
 */
export function joinRows(tables: readonly AnalysedRows[]): AnalysedRows {
  if (tables.length === 1) return tables[0] as AnalysedRows;
  const length = tables.reduce((sum, table) => sum + table.length, 0);
  const starts = new Int32Array(tables.length);
  for (let t = 1; t < tables.length; t++) starts[t] = (starts[t - 1] as number) + (tables[t - 1] as AnalysedRows).length;
  const joined = (get: (table: AnalysedRows) => Float64Array): Float64Array => {
    if (tables.every((table) => get(table).length === 0)) return new Float64Array(0);
    const out = new Float64Array(length).fill(Number.NaN);
    tables.forEach((table, t) => {
      const column = get(table);
      if (column.length > 0) out.set(column.subarray(0, table.length), starts[t] as number);
    });
    return out;
  };
  const line = new Int32Array(length);
  const score = new Float64Array(length);
  const label = new Uint8Array(length);
  const date = new Int32Array(length);
  const dates = new Codes();
  tables.forEach((table, t) => {
    const start = starts[t] as number;
    line.set(table.line.subarray(0, table.length), start);
    score.set(table.score.subarray(0, table.length), start);
    label.set(table.label.subarray(0, table.length), start);
    const recode = Int32Array.from(table.dates, (value) => dates.codeOf(value));
    for (let index = 0; index < table.length; index++) {
      const code = table.date[index] as number;
      date[start + index] = code < 0 ? -1 : (recode[code] as number);
    }
  });
  /** The table row `index` comes from, and its index there. */
  const locate = (index: number): [AnalysedRows, number] => {
    let t = tables.length - 1;
    while (t > 0 && (starts[t] as number) > index) t--;
    return [tables[t] as AnalysedRows, index - (starts[t] as number)];
  };
  return {
    length,
    line,
    score,
    label,
    nps: joined((table) => table.nps),
    csat: joined((table) => table.csat),
    ces: joined((table) => table.ces),
    rating: joined((table) => table.rating),
    date,
    dates: dates.values,
    by: [],
    byValues: [],
    id: (index) => {
      const [table, at] = locate(index);
      return table.id(at);
    },
    text: tables.some((table) => table.text === null)
      ? null
      : (index) => {
          const [table, at] = locate(index);
          return (table.text as (index: number) => string)(at);
        },
  };
}

/** Row `index`'s value in a score column, null when missing. */
export function valueAt(column: Float64Array, index: number): number | null {
  const value = column[index];
  return value === undefined || Number.isNaN(value) ? null : value;
}

/** Row `index`'s date ('YYYY-MM-DD'), or null. */
export function dateAt(rows: AnalysedRows, index: number): string | null {
  const code = rows.date[index] as number;
  return code < 0 ? null : (rows.dates[code] as string);
}
