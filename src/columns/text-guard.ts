/**
 * The guard after reading: detection sees a sample, the file may differ. While the records stream
 * past, count how many have the chosen text and each other prose column filled; when the text
 * leaves more than half the rows empty while another prose column is filled on more than half,
 * the analysis covers the wrong column (a developer's replies, an "Other" box) and the analyst
 * must be told loudly, with the numbers and the flag.
 */
import type { ColumnMapping } from './types.js';

/** Share of rows the text must leave empty, and another prose column fill, for the guard to speak. */
export const GUARD_SHARE = 0.5;

export type TextFill = {
  readonly rows: number;
  readonly text: readonly string[];
  readonly textFilled: number;
  /** Other prose columns, in detection's order (best first), and the rows where each is filled. */
  readonly alternatives: readonly { readonly column: string; readonly filled: number }[];
};

const filled = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

/** Counts fills while reading; `add` takes each record's fields, `result` the totals. */
export class TextFillCounter {
  private rows = 0;
  private textFilled = 0;
  private readonly text: readonly string[];
  private readonly alternatives: readonly string[];
  private readonly counts: number[];
  private readonly skipLines: ReadonlySet<number>;

  constructor(mapping: ColumnMapping) {
    this.text = mapping.text.map((assignment) => assignment.column);
    this.alternatives = mapping.textAlternatives ?? [];
    this.counts = this.alternatives.map(() => 0);
    this.skipLines = new Set(mapping.headerLines ?? []);
  }

  add(line: number, fields: Readonly<Record<string, string>>): void {
    if (this.alternatives.length === 0 || this.skipLines.has(line)) return;
    this.rows += 1;
    if (this.text.some((column) => filled(fields[column]))) this.textFilled += 1;
    for (let i = 0; i < this.alternatives.length; i++) if (filled(fields[this.alternatives[i] as string])) this.counts[i] = (this.counts[i] as number) + 1;
  }

  result(): TextFill {
    return {
      rows: this.rows,
      text: this.text,
      textFilled: this.textFilled,
      alternatives: this.alternatives.map((column, i) => ({ column, filled: this.counts[i] as number })),
    };
  }
}

const count = (n: number): string => n.toLocaleString('en-US');
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;

/** The warning when the text leaves most rows empty while another prose column is filled on most, else null. */
export function sparseTextWarning(fill: TextFill): string | null {
  const empty = fill.rows - fill.textFilled;
  if (fill.rows === 0 || empty <= GUARD_SHARE * fill.rows) return null;
  const better = fill.alternatives.find((alternative) => alternative.filled > GUARD_SHARE * fill.rows && alternative.filled > fill.textFilled);
  if (better === undefined) return null;
  const text = fill.text.map((column) => JSON.stringify(column)).join(' + ');
  return (
    `the text column ${text} is empty on ${count(empty)} of ${count(fill.rows)} rows (${percent(empty, fill.rows)}), ` +
    `while ${JSON.stringify(better.column)} is filled on ${count(better.filled)} (${percent(better.filled, fill.rows)}): ` +
    `only ${count(fill.textFilled)} rows are analysed. Use --text ${JSON.stringify(better.column)} to analyse that column ` +
    `(--strict makes this an error)`
  );
}
