/** Vertical bars over periods (volume). Each bar is one `.mark` with a <title> tooltip. */
import { frame, yAxis, type Box, type ChartText } from './_frame.js';
import { labelEvery } from './line-bands.js';
import { linear, niceDomain } from './scale.js';
import { el, text } from './svg.js';

export type BarOptions = ChartText & {
  readonly periods: readonly string[];
  readonly yLabel: string;
  readonly xLabel: string;
  readonly color: string;
  readonly tooltip: (index: number) => string;
  readonly width?: number;
  readonly height?: number;
};

export function bars(values: readonly number[], options: BarOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 200;
  const box: Box = { left: 64, right: width - 20, top: 12, bottom: height - 48 };
  const nice = niceDomain(0, Math.max(1, ...values), 4);
  const y = linear(nice.domain, [box.bottom, box.top]);
  const step = (box.right - box.left) / Math.max(1, values.length);
  const every = labelEvery(values.length, box.right - box.left);
  const parts: string[] = [];
  values.forEach((value, i) => {
    const x = box.left + step * i + step * 0.15;
    parts.push(
      el('rect', { x, y: y(value), width: step * 0.7, height: Math.max(0, box.bottom - y(value)), fill: options.color, class: 'mark' }, el('title', {}, text(options.tooltip(i)))),
    );
    if (i % every === 0) parts.push(el('text', { x: x + step * 0.35, y: box.bottom + 16, 'text-anchor': 'middle', class: 'tick' }, text(options.periods[i] ?? '')));
  });
  return frame(options, width, height, [
    yAxis(y, nice.ticks, box, (v) => String(v), options.yLabel),
    el('line', { x1: box.left, x2: box.right, y1: box.bottom, y2: box.bottom, class: 'axis' }),
    ...parts,
    el('text', { x: (box.left + box.right) / 2, y: box.bottom + 34, 'text-anchor': 'middle', class: 'axis-label' }, text(options.xLabel)),
  ]);
}
