/**
 * Tables of the delta "where / mix / why" sections that keep one line per row at any width from 80
 * columns up: every number column is exactly as wide as its widest cell (numbers are never cut or
 * wrapped), the one text column (segment, segment column or theme) takes what is left, and a text
 * too long for it is cut with an ellipsis. Below that the columns marked `drop` go first (fitColumns).
 */
import { fitColumns, makeTable, type Column } from './_table.js';

/** A column whose cell is one text; `flexible` marks the text column that takes the rest and is cut to fit (`room` characters). */
export type FitColumn<Row> = Omit<Column, 'width'> & {
  readonly flexible?: boolean;
  readonly cell: (row: Row, room: number) => string;
};

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Characters a terminal shows for `text` (colour codes left out). */
export const visibleLength = (text: string): number => Array.from(text.replace(ANSI, '')).length;

/** Words wrapped to `width`, every line starting with `indent`. */
export function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && visibleLength(line) + 1 + visibleLength(word) > width) {
      lines.push(line);
      line = indent + word;
    } else line += (line.trim() === '' ? '' : ' ') + word;
  }
  lines.push(line);
  return lines.join('\n');
}

/** `text` in at most `room` characters: cut with '…' when longer (whitespace runs become one space). */
export function ellipsis(text: string, room: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' '));
  if (chars.length <= room) return chars.join('');
  if (room <= 1) return '…'.slice(0, Math.max(0, room));
  return `${chars.slice(0, room - 1).join('').trimEnd()}…`;
}

/**
 * 'region = North' in `room` characters: the column name is cut first (down to 6 characters), then
 * the value, so the value a reader looks for stays readable as long as it can.
 */
export function segmentLabel(column: string, value: string, room: number): string {
  const full = `${column} = ${value}`;
  if (Array.from(full).length <= room) return full;
  const columnRoom = Math.max(Math.min(6, Array.from(column).length), room - 3 - Array.from(value).length);
  const name = ellipsis(column, columnRoom);
  return ellipsis(`${name} = ${value}`, room);
}

/** The table as text: rows on one line each, within `width` whenever the number columns fit. */
export function fittedTable<Row>(columns: readonly FitColumn<Row>[], rows: readonly Row[], width: number, bold: (text: string) => string): string {
  // Number columns: their widest cell (colour codes do not count) plus the two padding spaces.
  const measured = columns.map((column) => ({
    ...column,
    width: column.flexible === true ? null : Math.max(visibleLength(column.head), ...rows.map((row) => visibleLength(column.cell(row, Infinity)))) + 2,
  }));
  const kept = fitColumns(measured, width);
  const table = makeTable(kept, width, bold, true);
  const widths = table.options.colWidths.map((w) => w ?? 0);
  for (const row of rows) table.push(kept.map((column, index) => column.cell(row, Math.max(1, (widths[index] ?? 3) - 2))));
  return table.toString();
}
