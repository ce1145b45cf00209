/**
 * Horizontal dot-and-whisker rows: one row per item, one dot (with its 95% interval) per series.
 * Used for a KPI before and after, and for theme changes in percentage points. Each dot with
 * its whisker is one `.mark`.
 */
import { frame, legend, xAxis, zeroLine, type Box, type ChartText, type PlotValue } from './_frame.js';
import { extent, linear, niceDomain } from './scale.js';
import { el, text } from './svg.js';

export type DotValue = PlotValue;

export type DotRow = {
  readonly label: string;
  /** One value per series (null: nothing to draw for that series). */
  readonly values: readonly (DotValue | null)[];
  /** Colour override per row (e.g. worse/better), else the series colour. */
  readonly color?: string;
};

export type DotWhiskerOptions = ChartText & {
  readonly series: readonly { readonly name: string; readonly color: string }[];
  readonly xLabel: string;
  readonly format: (value: number) => string;
  /** Always include 0 in the axis (for differences). */
  readonly includeZero?: boolean;
  readonly width?: number;
  readonly labelWidth?: number;
};

const ROW = 26;

export function dotWhiskers(rows: readonly DotRow[], options: DotWhiskerOptions): string {
  const width = options.width ?? 720;
  const labelWidth = options.labelWidth ?? 200;
  const showLegend = options.series.length > 1;
  const top = showLegend ? 30 : 12;
  const height = top + rows.length * ROW + 48;
  const box: Box = { left: labelWidth, right: width - 24, top, bottom: top + rows.length * ROW };
  const values = rows.flatMap((row) => row.values.flatMap((v) => (v === null ? [] : [v.value, ...(v.interval ?? [])])));
  const range = extent(options.includeZero === true ? [0, ...values] : values) ?? [0, 1];
  const nice = niceDomain(range[0], range[1], 6);
  const x = linear(nice.domain, [box.left, box.right]);

  const parts: string[] = [];
  const offsets = options.series.length === 1 ? [0] : options.series.map((_, i) => (i - (options.series.length - 1) / 2) * 8);
  rows.forEach((row, r) => {
    const centre = top + r * ROW + ROW / 2;
    const room = Math.floor((labelWidth - 12) / 6.6);
    const label = Array.from(row.label).length > room ? `${Array.from(row.label).slice(0, room - 1).join('')}…` : row.label;
    parts.push(el('text', { x: box.left - 8, y: centre + 4, 'text-anchor': 'end', class: 'row-label' }, el('title', {}, text(row.label)), text(label)));
    row.values.forEach((value, s) => {
      if (value === null) return;
      const color = row.color ?? options.series[s]?.color ?? '#000';
      const cy = centre + (offsets[s] ?? 0);
      const whisker =
        value.interval === null
          ? ''
          : el('line', { x1: x(value.interval[0]), x2: x(value.interval[1]), y1: cy, y2: cy, stroke: color, 'stroke-width': 2, class: 'whisker' });
      const dot =
        s === 0 && options.series.length > 1
          ? el('circle', { cx: x(value.value), cy, r: 4.5, fill: '#fff', stroke: color, 'stroke-width': 2 })
          : el('circle', { cx: x(value.value), cy, r: 4.5, fill: color });
      parts.push(el('g', { class: 'mark' }, el('title', {}, text(value.tooltip)), whisker, dot));
    });
  });

  return frame(options, width, height, [
    xAxis(x, nice.ticks, box, options.format, options.xLabel),
    zeroLine(x, nice.domain, box, true),
    ...parts,
    showLegend ? legend(options.series.map((s, i) => ({ name: s.name, color: s.color, shape: i === 0 ? 'circle' : 'circle' })), box.left, 16) : '',
  ]);
}
