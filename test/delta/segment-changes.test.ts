import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, segmentChanges, segmentDecomposition, compareKpis, type KpiRecord } from '../../src/delta/index.js';

const empty: KpiRecord = { nps: null, csat: null, ces: null, rating: null, sentiment: null };
const answers = (promoters: number, passives: number, detractors: number): KpiRecord[] => [
  ...Array.from({ length: promoters }, () => ({ ...empty, nps: 10 })),
  ...Array.from({ length: passives }, () => ({ ...empty, nps: 8 })),
  ...Array.from({ length: detractors }, () => ({ ...empty, nps: 2 })),
];

/**
 * Two regions × two sides. North: NPS 40 → −20 (60/20/20 → 20/40/40 of 100); South: 40 → 40;
 * "Isle": 5 answers a side, too small to test.
 */
function build() {
  const parts: { side: 1 | 2; region: string; rows: KpiRecord[] }[] = [
    { side: 1, region: 'North', rows: answers(60, 20, 20) },
    { side: 2, region: 'North', rows: answers(20, 40, 40) },
    { side: 1, region: 'South', rows: answers(60, 20, 20) },
    { side: 2, region: 'South', rows: answers(60, 20, 20) },
    { side: 1, region: 'Isle', rows: answers(2, 2, 1) },
    { side: 2, region: 'Isle', rows: answers(1, 2, 2) },
  ];
  const records: KpiRecord[] = [];
  const regions: string[] = [];
  const baseline: number[] = [];
  const current: number[] = [];
  for (const part of parts) {
    for (const row of part.rows) {
      (part.side === 1 ? baseline : current).push(records.length);
      records.push(Object.freeze(row));
      regions.push(part.region);
    }
  }
  return { records: Object.freeze(records), segments: [{ column: 'region', values: regions }], baseline, current };
}

describe('segmentChanges', () => {
  it('tests each KPI inside each value with the overall tests, q by Benjamini-Hochberg over all of them, declines first', () => {
    const { records, segments, baseline, current } = build();
    const changes = segmentChanges(records, segments, baseline, current);
    expect(changes.map((c) => [c.value, c.name])).toEqual([['North', 'nps'], ['South', 'nps'], ['Isle', 'nps']]);
    const [north, south, isle] = changes;
    // The same numbers compareKpis gives on North's rows alone (adjusted-Wald NPS difference).
    const direct = compareKpis(baseline.slice(0, 100).map((i) => records[i]!), current.slice(0, 100).map((i) => records[i]!))[0]!;
    expect(north).toMatchObject({ column: 'region', value: 'North', delta: -60, ci95: direct.ci95, pValue: direct.pValue, significant: true, direction: 'worse' });
    expect(north?.baseline).toEqual({ value: 40, n: 100 });
    expect(north?.current).toEqual({ value: -20, n: 100 });
    const q = benjaminiHochberg([north!.pValue!, south!.pValue!]);
    expect(north?.qValue).toBeCloseTo(q[0]!, 12);
    expect(south).toMatchObject({ delta: 0, pValue: 1, qValue: 1, significant: false });
    expect(isle).toMatchObject({ value: 'Isle', delta: null, qValue: null, significant: false, insufficient: { needed: 30 } });
  });

  it('tests only the largest values of a column when told so', () => {
    const { records, segments, baseline, current } = build();
    expect(segmentChanges(records, segments, baseline, current, { maxValues: 2 }).map((c) => c.value)).toEqual(['North', 'South']);
  });
});

describe('segmentDecomposition', () => {
  it('splits NPS by region into mix and rate over every value, summing to the change', () => {
    const { records, segments, baseline, current } = build();
    const kpis = compareKpis(baseline.map((i) => records[i]!), current.map((i) => records[i]!));
    const [entry] = segmentDecomposition(records, segments, baseline, current, kpis);
    // Shares 100/205, 100/205, 5/205 on both sides: mix 0. K₁ = (40·100 + 40·100 + 20·5)/205, K₂ = (−20·100 + 40·100 − 20·5)/205.
    expect(entry?.kpi).toBe('nps');
    expect(entry?.mix.value).toBeCloseTo(0, 12);
    expect(entry?.rate.value).toBeCloseTo((-20 * 100 + 40 * 100 - 20 * 5) / 205 - (40 * 100 + 40 * 100 + 20 * 5) / 205, 10);
    expect(entry?.segments.map((s) => s.value).sort()).toEqual(['Isle', 'North', 'South']);
  });
});

describe('segmentChanges drill-down', () => {
  it('does not flag a channel whose change is only the region drop passing through it (explainedBy)', () => {
    // Every region × channel cell has 100 answers a side, NPS 40 (60/20/20); in the current period
    // North's cells fall to NPS −20 (20/40/40) in both channels. North: 40 → −20; web and app: 40 → 10,
    // significant too (p ≈ 0.003), but without North's rows both channels are unchanged.
    const records: KpiRecord[] = [];
    const region: string[] = [];
    const channel: string[] = [];
    const baseline: number[] = [];
    const current: number[] = [];
    for (const side of [1, 2] as const) {
      for (const r of ['North', 'South']) {
        for (const c of ['web', 'app']) {
          for (const row of side === 2 && r === 'North' ? answers(20, 40, 40) : answers(60, 20, 20)) {
            (side === 1 ? baseline : current).push(records.length);
            records.push(row);
            region.push(r);
            channel.push(c);
          }
        }
      }
    }
    const changes = segmentChanges(records, [{ column: 'region', values: region }, { column: 'channel', values: channel }], baseline, current);
    const find = (column: string, value: string) => changes.find((c) => c.column === column && c.value === value);
    expect(find('region', 'North')).toMatchObject({ delta: -60, significant: true, explainedBy: null });
    for (const value of ['web', 'app']) {
      const entry = find('channel', value);
      expect(entry?.delta).toBe(-30);
      expect(entry?.qValue).toBeLessThan(0.05);
      expect(entry).toMatchObject({ significant: false, explainedBy: { column: 'region', value: 'North' } });
    }
    expect(find('region', 'South')).toMatchObject({ delta: 0, significant: false, explainedBy: null });
  });
});
