import { describe, expect, it } from 'vitest';
import { dotWhiskers, el, lineBands, linear, niceDomain, scatterWhiskers, tickStep } from '../../src/render/svg/index.js';

const marks = (svg: string): number => (svg.match(/class="mark"/g) ?? []).length;

describe('scales', () => {
  it('picks 1-2-5 steps and widens the domain to whole steps', () => {
    // 87 / 5 intervals = 17.4 → 2 × 10 = 20.
    expect(tickStep(0, 87, 5)).toBe(20);
    expect(niceDomain(0, 87, 5)).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
    expect(niceDomain(-11.6, 2.2, 5).ticks).toEqual([-12, -10, -8, -6, -4, -2, 0, 2, 4]);
    expect(linear([0, 10], [0, 100])(2.5)).toBe(25);
  });
});

describe('el', () => {
  it('escapes attribute values and drops null ones', () => {
    expect(el('text', { x: 1.006, title: '"><script>', y: null }, 'a')).toBe('<text x="1.01" title="&quot;&gt;&lt;script&gt;">a</text>');
  });
});

describe('charts', () => {
  const chart = { id: 'c', title: 'T <b>', desc: 'D & d' };
  it('scatterWhiskers: one mark per point, an escaped title and desc', () => {
    const svg = scatterWhiskers(
      [
        { label: '<img src=x>', tag: 'P1', x: 12, y: -8, yInterval: [-9.8, -5.7], group: 0, tooltip: 'a' },
        { label: 'b', tag: 'D1', x: 14, y: 3, yInterval: null, group: 1, tooltip: 'b' },
      ],
      { ...chart, groups: [{ name: 'pain', color: '#D55E00', shape: 'circle' }, { name: 'delight', color: '#0072B2', shape: 'square' }], xLabel: 'x', yLabel: 'y', formatX: String, formatY: String },
    );
    expect(marks(svg)).toBe(2);
    expect(svg).toContain('<title id="c-title">T &lt;b&gt;</title><desc id="c-desc">D &amp; d</desc>');
    expect(svg).toContain('role="img" aria-labelledby="c-title c-desc"');
    expect(svg).not.toContain('<img');
  });
  it('dotWhiskers: one mark per non-null value', () => {
    const svg = dotWhiskers(
      [
        { label: 'NPS', values: [{ value: -11.6, interval: [-19.7, -3.4], tooltip: 'x' }, null] },
        { label: 'CSAT', values: [{ value: 1, interval: null, tooltip: 'y' }, { value: 2, interval: [1, 3], tooltip: 'z' }] },
      ],
      { ...chart, series: [{ name: 'a', color: '#000' }, { name: 'b', color: '#111' }], xLabel: 'x', format: String, includeZero: true },
    );
    expect(marks(svg)).toBe(3);
  });
  it('lineBands: one mark per period with a value, a band only over runs with intervals', () => {
    const svg = lineBands(
      [{ name: 's', color: '#000', points: [{ value: 1, interval: [0, 2], tooltip: 'a' }, null, { value: 2, interval: [1, 3], tooltip: 'b' }, { value: 3, interval: [2, 4], tooltip: 'c' }] }],
      { ...chart, periods: ['W1', 'W2', 'W3', 'W4'], xLabel: 'week', yLabel: 'y', format: String },
    );
    expect(marks(svg)).toBe(3);
    // W1 alone draws no band or line; W3-W4 draw one of each.
    expect((svg.match(/class="band"/g) ?? []).length).toBe(1);
    expect((svg.match(/class="line"/g) ?? []).length).toBe(1);
  });
});
