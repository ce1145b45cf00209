/**
 * A scatter of points with vertical 95% interval whiskers, labelled where labels fit: pain
 * points and delights by share of comments (x) against their cost on the outcome (y).
 * Each point is one `.mark` (a <g> holding the whisker, the dot and a <title> tooltip).
 */
import { frame, legend, xAxis, yAxis, zeroLine, type Box, type ChartText } from './_frame.js';
import { extent, linear, niceDomain } from './scale.js';
import { el, text } from './svg.js';

export type ScatterPoint = {
  readonly label: string;
  /** Short tag drawn beside the dot ("P1", "D2"), matching the table. */
  readonly tag: string;
  readonly x: number;
  readonly y: number;
  /** The y interval, or null (no whisker). */
  readonly yInterval: readonly [number, number] | null;
  readonly group: number;
  /** Tooltip text. */
  readonly tooltip: string;
};

export type ScatterGroup = { readonly name: string; readonly color: string; readonly shape: 'circle' | 'square' };

export type ScatterOptions = ChartText & {
  readonly groups: readonly ScatterGroup[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly formatX: (value: number) => string;
  readonly formatY: (value: number) => string;
  readonly width?: number;
  readonly height?: number;
};

type Placed = { x: number; y: number; w: number; h: number };

const overlaps = (a: Placed, b: Placed): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export function scatterWhiskers(points: readonly ScatterPoint[], options: ScatterOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 380;
  const box: Box = { left: 64, right: width - 20, top: 28, bottom: height - 48 };
  const xs = extent([0, ...points.map((p) => p.x)]) ?? [0, 1];
  const ys = extent([0, ...points.flatMap((p) => [p.y, ...(p.yInterval ?? [])])]) ?? [-1, 1];
  const xNice = niceDomain(xs[0], xs[1] * 1.08, 6);
  const yNice = niceDomain(ys[0], ys[1], 6);
  const x = linear(xNice.domain, [box.left, box.right]);
  const y = linear(yNice.domain, [box.bottom, box.top]);

  const marks: string[] = [];
  const taken: Placed[] = points.map((p) => ({ x: x(p.x) - 6, y: y(p.y) - 6, w: 12, h: 12 }));
  const labels: string[] = [];
  points.forEach((point, index) => {
    const group = options.groups[point.group] ?? options.groups[0]!;
    const cx = x(point.x);
    const cy = y(point.y);
    const whisker =
      point.yInterval === null
        ? ''
        : el(
            'g',
            { class: 'whisker', stroke: group.color },
            el('line', { x1: cx, x2: cx, y1: y(point.yInterval[0]), y2: y(point.yInterval[1]) }),
            el('line', { x1: cx - 4, x2: cx + 4, y1: y(point.yInterval[0]), y2: y(point.yInterval[0]) }),
            el('line', { x1: cx - 4, x2: cx + 4, y1: y(point.yInterval[1]), y2: y(point.yInterval[1]) }),
          );
    const dot =
      group.shape === 'square'
        ? el('rect', { x: cx - 5, y: cy - 5, width: 10, height: 10, fill: group.color, stroke: '#fff' })
        : el('circle', { cx, cy, r: 5.5, fill: group.color, stroke: '#fff' });
    marks.push(el('g', { class: 'mark', 'data-index': index }, el('title', {}, text(point.tooltip)), whisker, dot));

    // Label: the tag always (right, else left), the name too when it fits without overlap.
    const name = `${point.tag} ${Array.from(point.label).length > 22 ? `${Array.from(point.label).slice(0, 21).join('')}…` : point.label}`;
    const candidates = [
      { text: name, anchor: 'start', at: cx + 8 },
      { text: name, anchor: 'end', at: cx - 8 },
      { text: point.tag, anchor: 'start', at: cx + 8 },
      { text: point.tag, anchor: 'end', at: cx - 8 },
    ] as const;
    for (const candidate of candidates) {
      const w = Array.from(candidate.text).length * 6.4;
      const rect: Placed = { x: candidate.anchor === 'start' ? candidate.at : candidate.at - w, y: cy - 8, w, h: 14 };
      if (rect.x < box.left || rect.x + rect.w > box.right) continue;
      if (taken.some((other, k) => k !== index && overlaps(rect, other))) continue;
      taken.push(rect);
      labels.push(el('text', { x: candidate.at, y: cy + 4, 'text-anchor': candidate.anchor, class: 'point-label' }, text(candidate.text)));
      break;
    }
  });

  return frame(options, width, height, [
    xAxis(x, xNice.ticks, box, options.formatX, options.xLabel),
    yAxis(y, yNice.ticks, box, options.formatY, options.yLabel),
    zeroLine(y, yNice.domain, box, false),
    el('g', { class: 'marks' }, ...marks),
    el('g', { class: 'labels' }, ...labels),
    legend(options.groups.map((g) => ({ name: g.name, color: g.color, shape: g.shape === 'square' ? 'square' : 'circle' })), box.left, 16),
  ]);
}
