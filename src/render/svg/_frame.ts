/** Shared pieces of every chart: the accessible <svg> root, plot margins and axes. */
import { el, num, text } from './svg.js';
import type { Scale } from './scale.js';

/** Every chart has an id (unique in the page), a title and a description for screen readers. */
export type ChartText = {
  readonly id: string;
  readonly title: string;
  readonly desc: string;
};

/** A plotted estimate: its value, its 95% interval (null: none), and the tooltip of its mark. */
export type PlotValue = {
  readonly value: number;
  readonly interval: readonly [number, number] | null;
  readonly tooltip: string;
};

export type Box = { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };

/** The <svg> root: role="img", labelled by its <title> and described by its <desc>. */
export function frame(chart: ChartText, width: number, height: number, body: readonly string[]): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      class: 'chart',
      id: chart.id,
      role: 'img',
      'aria-labelledby': `${chart.id}-title ${chart.id}-desc`,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 12,
    },
    el('title', { id: `${chart.id}-title` }, text(chart.title)),
    el('desc', { id: `${chart.id}-desc` }, text(chart.desc)),
    ...body,
  );
}

/** Horizontal axis at `y`: gridlines up to `top`, tick labels below, the axis label centred. */
export function xAxis(scale: Scale, ticks: readonly number[], box: Box, format: (value: number) => string, label: string): string {
  const parts: string[] = [];
  for (const tick of ticks) {
    const x = scale(tick);
    parts.push(el('line', { x1: x, x2: x, y1: box.top, y2: box.bottom, class: 'grid' }));
    parts.push(el('text', { x, y: box.bottom + 16, 'text-anchor': 'middle', class: 'tick' }, text(format(tick))));
  }
  parts.push(el('line', { x1: box.left, x2: box.right, y1: box.bottom, y2: box.bottom, class: 'axis' }));
  parts.push(el('text', { x: (box.left + box.right) / 2, y: box.bottom + 34, 'text-anchor': 'middle', class: 'axis-label' }, text(label)));
  return el('g', { class: 'x-axis' }, ...parts);
}

/** Vertical axis at `box.left`: gridlines, tick labels left of it, the label rotated. */
export function yAxis(scale: Scale, ticks: readonly number[], box: Box, format: (value: number) => string, label: string): string {
  const parts: string[] = [];
  for (const tick of ticks) {
    const y = scale(tick);
    parts.push(el('line', { x1: box.left, x2: box.right, y1: y, y2: y, class: 'grid' }));
    parts.push(el('text', { x: box.left - 6, y: y + 4, 'text-anchor': 'end', class: 'tick' }, text(format(tick))));
  }
  parts.push(el('line', { x1: box.left, x2: box.left, y1: box.top, y2: box.bottom, class: 'axis' }));
  const middle = (box.top + box.bottom) / 2;
  parts.push(
    el('text', { x: 14, y: middle, 'text-anchor': 'middle', transform: `rotate(-90 14 ${num(middle)})`, class: 'axis-label' }, text(label)),
  );
  return el('g', { class: 'y-axis' }, ...parts);
}

/** A reference line (e.g. zero) across the plot. */
export function zeroLine(scale: Scale, domain: readonly [number, number], box: Box, vertical: boolean): string {
  if (!(domain[0] <= 0 && domain[1] >= 0)) return '';
  const at = scale(0);
  return vertical
    ? el('line', { x1: at, x2: at, y1: box.top, y2: box.bottom, class: 'zero' })
    : el('line', { x1: box.left, x2: box.right, y1: at, y2: at, class: 'zero' });
}

export type LegendItem = { readonly name: string; readonly color: string; readonly shape?: 'circle' | 'square' | 'line' | 'band' };

/** Approximate width of a legend entry (swatch, gap, text at ~6.2 px per character). */
const entryWidth = (item: LegendItem): number => 30 + Array.from(item.name).length * 6.2;

/** Rows the legend needs within `width` (entries wrap to a new row 18 px lower). */
export function legendRows(items: readonly LegendItem[], width: number): number {
  let rows = items.length === 0 ? 0 : 1;
  let used = 0;
  for (const item of items) {
    if (used > 0 && used + entryWidth(item) > width) {
      rows += 1;
      used = 0;
    }
    used += entryWidth(item);
  }
  return rows;
}

/** Swatches with names, left to right, wrapping within `width`. */
export function legend(items: readonly LegendItem[], x: number, y: number, width = Infinity): string {
  const parts: string[] = [];
  let at = x;
  for (const item of items) {
    if (at > x && at - x + entryWidth(item) > width) {
      at = x;
      y += 18;
    }
    const shape = item.shape ?? 'square';
    if (shape === 'circle') parts.push(el('circle', { cx: at + 5, cy: y - 4, r: 5, fill: item.color }));
    else if (shape === 'line') parts.push(el('line', { x1: at, x2: at + 14, y1: y - 4, y2: y - 4, stroke: item.color, 'stroke-width': 2.5 }));
    else if (shape === 'band') parts.push(el('rect', { x: at, y: y - 10, width: 14, height: 12, fill: item.color, 'fill-opacity': 0.18 }));
    else parts.push(el('rect', { x: at, y: y - 9, width: 10, height: 10, fill: item.color }));
    parts.push(el('text', { x: at + 18, y, class: 'legend' }, text(item.name)));
    at += entryWidth(item);
  }
  return el('g', { class: 'legend' }, ...parts);
}
