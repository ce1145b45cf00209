/**
 * Lines over periods with 95% interval bands (a shaded polygon from the interval ends); gaps
 * where a period has no value. Each plotted point is one `.mark` with a <title> tooltip.
 */
import { frame, legend, legendRows, yAxis, zeroLine, type Box, type ChartText, type PlotValue } from './_frame.js';
import { extent, linear, niceDomain } from './scale.js';
import { el, num, text } from './svg.js';

export type LinePoint = PlotValue;

export type LineSeries = {
  readonly name: string;
  readonly color: string;
  /** One entry per period; null = no value in that period. */
  readonly points: readonly (LinePoint | null)[];
};

export type LineBandOptions = ChartText & {
  readonly periods: readonly string[];
  readonly yLabel: string;
  readonly xLabel: string;
  readonly format: (value: number) => string;
  /** Fixed y domain (e.g. 0-100 for shares); else from the data. */
  readonly domain?: readonly [number, number];
  readonly width?: number;
  readonly height?: number;
};

/** Every k-th period label so they do not collide. */
export function labelEvery(periods: number, plotWidth: number, labelWidth = 64): number {
  return Math.max(1, Math.ceil((periods * labelWidth) / Math.max(1, plotWidth)));
}

export function lineBands(series: readonly LineSeries[], options: LineBandOptions): string {
  const width = options.width ?? 720;
  const legendItems = series.length > 1 ? series.map((s) => ({ name: s.name, color: s.color, shape: 'line' as const })) : [];
  const legendHeight = legendRows(legendItems, width - 84) * 18;
  const height = (options.height ?? 220) + legendHeight;
  const box: Box = { left: 64, right: width - 20, top: 14 + legendHeight, bottom: height - 48 };
  const count = options.periods.length;
  const step = (box.right - box.left) / Math.max(1, count);
  const xAt = (i: number): number => box.left + step * (i + 0.5);
  const all = series.flatMap((s) => s.points.flatMap((p) => (p === null ? [] : [p.value, ...(p.interval ?? [])])));
  const range = options.domain ?? extent(all) ?? [0, 1];
  const nice = niceDomain(range[0], range[1], 5);
  const y = linear(nice.domain, [box.bottom, box.top]);

  const every = labelEvery(count, box.right - box.left);
  const xTicks: string[] = [];
  options.periods.forEach((period, i) => {
    if (i % every !== 0) return;
    xTicks.push(el('text', { x: xAt(i), y: box.bottom + 16, 'text-anchor': 'middle', class: 'tick' }, text(period)));
  });

  const layers: string[] = [];
  for (const line of series) {
    // Runs of consecutive periods with a value: one band and one path per run.
    let run: { i: number; p: LinePoint }[] = [];
    const flush = (): void => {
      if (run.length === 0) return;
      const banded = run.filter((entry) => entry.p.interval !== null);
      if (banded.length === run.length && run.length > 1) {
        const upper = run.map(({ i, p }) => `${num(xAt(i))},${num(y(p.interval![1]))}`);
        const lower = [...run].reverse().map(({ i, p }) => `${num(xAt(i))},${num(y(p.interval![0]))}`);
        layers.push(el('polygon', { points: [...upper, ...lower].join(' '), fill: line.color, 'fill-opacity': 0.16, class: 'band' }));
      }
      if (run.length > 1) {
        layers.push(el('polyline', { points: run.map(({ i, p }) => `${num(xAt(i))},${num(y(p.value))}`).join(' '), fill: 'none', stroke: line.color, 'stroke-width': 2.2, class: 'line' }));
      }
      run = [];
    };
    line.points.forEach((point, i) => {
      if (point === null) flush();
      else run.push({ i, p: point });
    });
    flush();
  }
  const marks: string[] = [];
  for (const line of series) {
    line.points.forEach((point, i) => {
      if (point === null) return;
      const whisker =
        point.interval === null
          ? ''
          : el('line', { x1: xAt(i), x2: xAt(i), y1: y(point.interval[0]), y2: y(point.interval[1]), stroke: line.color, 'stroke-opacity': 0.5, class: 'whisker' });
      marks.push(el('g', { class: 'mark' }, el('title', {}, text(point.tooltip)), whisker, el('circle', { cx: xAt(i), cy: y(point.value), r: 3.5, fill: line.color, stroke: '#fff' })));
    });
  }

  return frame(options, width, height, [
    yAxis(y, nice.ticks, box, options.format, options.yLabel),
    el('line', { x1: box.left, x2: box.right, y1: box.bottom, y2: box.bottom, class: 'axis' }),
    el('g', { class: 'x-axis' }, ...xTicks, el('text', { x: (box.left + box.right) / 2, y: box.bottom + 34, 'text-anchor': 'middle', class: 'axis-label' }, text(options.xLabel))),
    zeroLine(y, nice.domain, box, false),
    ...layers,
    el('g', { class: 'marks' }, ...marks),
    legendItems.length > 0 ? legend(legendItems, box.left, 16, box.right - box.left) : '',
  ]);
}
