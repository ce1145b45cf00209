// Shared by the terminal renderers: cli-table3 tables whose widths are fitted to the terminal
// (and the chalk palette, from _palette.ts). cli-table3's own colours are switched off (its
// colour library would detect the terminal by itself).
import Table from 'cli-table3';

export { palette } from './_palette.js';

export type Column = {
  readonly head: string;
  /** Fixed width (content + 2 padding), or null to share what is left. */
  readonly width: number | null;
  readonly align?: 'left' | 'right';
  /** Columns with a drop order are left out, lowest first, until the table fits. */
  readonly drop?: number;
};

const MIN_FLEX = 14;

/** The columns that fit `width`: optional ones are dropped (lowest `drop` first) until they do. */
export function fitColumns<C extends Column>(columns: readonly C[], width: number): C[] {
  let kept = [...columns];
  const need = (cols: readonly C[]): number =>
    cols.reduce((sum, c) => sum + (c.width ?? MIN_FLEX), 0) + cols.length + 1;
  while (need(kept) > width) {
    const droppable = kept.filter((c) => c.drop !== undefined).sort((a, b) => (a.drop as number) - (b.drop as number))[0];
    if (droppable === undefined) break;
    kept = kept.filter((c) => c !== droppable);
  }
  return kept;
}

/** A table whose total width (borders included) fits `width` when it can. */
export function makeTable(columns: readonly Column[], width: number, bold: (text: string) => string, compact = false): Table.Table {
  const borders = columns.length + 1;
  const fixedTotal = columns.reduce((sum, column) => sum + (column.width ?? 0), 0);
  const flexible = columns.filter((column) => column.width === null).length;
  const rest = Math.max(MIN_FLEX * flexible, width - borders - fixedTotal);
  const share = flexible === 0 ? 0 : Math.floor(rest / flexible);
  return new Table({
    head: columns.map((column) => bold(column.head)),
    colWidths: columns.map((column) => column.width ?? share),
    colAligns: columns.map((column) => column.align ?? 'left'),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact },
  });
}

/** Total inner width of a table built by makeTable (for a row spanning every column). */
export function spanWidth(table: Table.Table): number {
  const widths = table.options.colWidths.map((w) => w ?? 0);
  return widths.reduce((sum, w) => sum + w, 0) + widths.length - 1 - 2;
}
