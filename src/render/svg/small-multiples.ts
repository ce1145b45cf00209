/**
 * Small multiples of dot-and-whisker rows: one panel per group (a segment column), each row a
 * value with its change and 95% interval, every panel on the same x scale so panels compare at a
 * glance. One `.mark` per drawn value; a row without a value (too small to test) shows its label only.
 */
import { frame, xAxis, zeroLine, type Box, type ChartText, type PlotValue } from './_frame.js';
import { extent, linear, niceDomain } from './scale.js';
import { el, text } from './svg.js';

export type MultipleRow = { readonly label: string; readonly value: PlotValue | null; readonly color: string };
export type MultiplePanel = { readonly title: string; readonly rows: readonly MultipleRow[] };

export type SmallMultiplesOptions = ChartText & {
  readonly xLabel: string;
  readonly format: (value: number) => string;
  /** Width of one panel (default 420) and of its row labels (default 140). */
  readonly panelWidth?: number;
  readonly labelWidth?: number;
};

const ROW = 24;

/** The panels as one SVG per panel, sharing the x domain (0 always included). */
export function smallMultiples(panels: readonly MultiplePanel[], options: SmallMultiplesOptions): string[] {
  const width = options.panelWidth ?? 420;
  const labelWidth = options.labelWidth ?? 140;
  const values = panels.flatMap((panel) => panel.rows.flatMap((row) => (row.value === null ? [] : [row.value.value, ...(row.value.interval ?? [])])));
  const range = extent([0, ...values]) ?? [0, 1];
  const nice = niceDomain(range[0], range[1], 5);
  return panels.map((panel, index) => {
    const top = 26;
    const height = top + panel.rows.length * ROW + 44;
    const box: Box = { left: labelWidth, right: width - 16, top, bottom: top + panel.rows.length * ROW };
    const x = linear(nice.domain, [box.left, box.right]);
    const room = Math.floor((labelWidth - 12) / 6.6);
    const parts: string[] = [el('text', { x: 4, y: 16, class: 'panel-title', 'font-weight': 650 }, text(panel.title))];
    panel.rows.forEach((row, r) => {
      const cy = top + r * ROW + ROW / 2;
      const label = Array.from(row.label).length > room ? `${Array.from(row.label).slice(0, room - 1).join('')}…` : row.label;
      parts.push(el('text', { x: box.left - 8, y: cy + 4, 'text-anchor': 'end', class: 'row-label' }, el('title', {}, text(row.label)), text(label)));
      if (row.value === null) return;
      const whisker =
        row.value.interval === null
          ? ''
          : el('line', { x1: x(row.value.interval[0]), x2: x(row.value.interval[1]), y1: cy, y2: cy, stroke: row.color, 'stroke-width': 2, class: 'whisker' });
      parts.push(el('g', { class: 'mark' }, el('title', {}, text(row.value.tooltip)), whisker, el('circle', { cx: x(row.value.value), cy, r: 4.5, fill: row.color })));
    });
    return frame(
      { id: `${options.id}-${index}`, title: `${options.title}: ${panel.title}`, desc: options.desc },
      width,
      height,
      [xAxis(x, nice.ticks, box, options.format, options.xLabel), zeroLine(x, nice.domain, box, true), ...parts],
    );
  });
}
