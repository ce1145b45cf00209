/**
 * The planted cases of issue 20 on fixtures written by scripts/make-delta-where.mjs (own sentences):
 * a drop in one region only, a channel-mix change with nothing changing inside channels, a new
 * complaint theme, and a control. Expected numbers are computed here from the CSV itself.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { delta, type DeltaOutput } from '../../src/pipeline.js';

type Row = { readonly quarter: 1 | 2; readonly nps: number; readonly region: string; readonly channel: string };

/** The fixture's rows: response_id,submitted_at,nps,region,channel,comment (the comment is last, so a split of the first five fields is exact). */
function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8').trim().split('\n').slice(1).map((line) => {
    const [, date, nps, region, channel] = line.split(',') as [string, string, string, string, string];
    return { quarter: date < '2025-04-01' ? 1 : 2, nps: Number(nps), region, channel };
  });
}
/** NPS coded per respondent: mean of +100 / 0 / −100. */
const npsOf = (rows: readonly Row[]): number => (100 * (rows.filter((r) => r.nps >= 9).length - rows.filter((r) => r.nps <= 6).length)) / rows.length;

async function run(name: string): Promise<{ output: DeltaOutput; rows: Row[] }> {
  const path = `fixtures/delta-where-${name}.csv`;
  const result = await delta({ inputs: [{ path }], period: 'quarter', threads: 1 });
  return { output: result.output as DeltaOutput, rows: readRows(path) };
}

describe('delta where/why on delta-where-region.csv (NPS drop in North only, new outage complaints there)', () => {
  let output: DeltaOutput;
  let rows: Row[];
  beforeAll(async () => ({ output, rows } = await run('region')), 60_000);

  it('finds the drop in North, exactly, and in no other region', () => {
    const side = (quarter: 1 | 2, region: string): Row[] => rows.filter((r) => r.quarter === quarter && r.region === region);
    for (const region of ['North', 'South', 'East', 'West']) {
      const entry = output.where.find((w) => w.column === 'region' && w.value === region && w.name === 'nps');
      const expected = npsOf(side(2, region)) - npsOf(side(1, region));
      expect(entry?.delta).toBeCloseTo(expected, 10);
      expect(entry?.baseline.n).toBe(300);
      expect(entry?.current.n).toBe(300);
    }
    // Worked from the generator's strata: Q1 every region 117 P / 90 passive / 93 D → NPS 8 … (see above);
    // North Q2 loses 90 answers (30%) to detractors.
    const flagged = output.where.filter((w) => w.column === 'region' && w.significant);
    expect(new Set(flagged.map((w) => w.value))).toEqual(new Set(['North']));
    expect(flagged.find((w) => w.name === 'nps')?.delta).toBeCloseTo(npsOf(side(2, 'North')) - npsOf(side(1, 'North')), 10);
    // Significant declines come first.
    expect(output.where[0]?.significant).toBe(true);
    expect(output.where[0]?.direction).toBe('worse');
  });

  it('calls the region drop real change, not mix (the regions kept their shares)', () => {
    const byRegion = output.decomposition.find((d) => d.column === 'region' && d.kpi === 'nps');
    expect(byRegion?.mix.value).toBeCloseTo(0, 10);
    expect(byRegion?.rate.value).toBeCloseTo(npsOf(rows.filter((r) => r.quarter === 2)) - npsOf(rows.filter((r) => r.quarter === 1)), 10);
    expect(byRegion?.rate.ci95[1]).toBeLessThan(0);
  });

  it('names the new outage complaint as the top "why" contributor', () => {
    const top = output.drivers[0];
    expect(top?.kind).toBe('theme');
    expect(top?.label).toMatch(/outage/);
    expect(top?.new).toBe(true);
    expect(top?.significant).toBe(true);
    expect(top?.contribution.value).toBeLessThan(0);
    expect(top?.examples.length).toBe(2);
    for (const text of top?.examples ?? []) expect(text.toLowerCase()).toContain('outage');
    const total = output.drivers.reduce((sum, d) => sum + d.contribution.value, 0);
    expect(total).toBeCloseTo(output.kpis.find((k) => k.name === 'nps')?.delta as number, 8);
  });
});

describe('delta where/why on delta-where-mix.csv (phone 20% → 40%, nothing changes inside channels)', () => {
  let output: DeltaOutput;
  let rows: Row[];
  beforeAll(async () => ({ output, rows } = await run('mix')), 60_000);

  it('puts the drop in mix: the mix interval excludes 0, the rate interval contains it', () => {
    const d = output.decomposition.find((entry) => entry.column === 'channel' && entry.kpi === 'nps');
    // Kitagawa from the CSV: w and k of phone and web in each quarter.
    let mix = 0;
    let rate = 0;
    for (const channel of ['phone', 'web']) {
      const q1 = rows.filter((r) => r.quarter === 1);
      const q2 = rows.filter((r) => r.quarter === 2);
      const w1 = q1.filter((r) => r.channel === channel).length / q1.length;
      const w2 = q2.filter((r) => r.channel === channel).length / q2.length;
      const k1 = npsOf(q1.filter((r) => r.channel === channel));
      const k2 = npsOf(q2.filter((r) => r.channel === channel));
      mix += ((w2 - w1) * (k1 + k2)) / 2;
      rate += ((k2 - k1) * (w1 + w2)) / 2;
    }
    expect(d?.mix.value).toBeCloseTo(mix, 10);
    expect(d?.rate.value).toBeCloseTo(rate, 10);
    expect(d?.mix.ci95[1]).toBeLessThan(0);
    expect(d?.rate.ci95[0]).toBeLessThan(0);
    expect(d?.rate.ci95[1]).toBeGreaterThan(0);
    const phone = d?.segments.find((s) => s.value === 'phone');
    expect(phone?.baseline.share).toBe(0.2);
    expect(phone?.current.share).toBe(0.4);
  });

  it('finds no significant change inside either channel', () => {
    expect(output.where.filter((w) => w.column === 'channel' && w.name === 'nps' && w.significant)).toEqual([]);
  });
});

describe('delta where/why on delta-where-control.csv (one process for both quarters)', () => {
  let output: DeltaOutput;
  beforeAll(async () => ({ output } = await run('control')), 60_000);

  it('flags nothing: no KPI, no segment change, no theme contribution; mix and rate intervals contain 0', () => {
    expect(output.kpis.filter((k) => k.significant)).toEqual([]);
    expect(output.where.filter((w) => w.significant)).toEqual([]);
    expect(output.drivers.filter((d) => d.significant)).toEqual([]);
    for (const d of output.decomposition) {
      expect(d.mix.ci95[0]).toBeLessThanOrEqual(0);
      expect(d.mix.ci95[1]).toBeGreaterThanOrEqual(0);
      expect(d.rate.ci95[0]).toBeLessThanOrEqual(0);
      expect(d.rate.ci95[1]).toBeGreaterThanOrEqual(0);
    }
    // Every segment value was tested (300 rows a side), none named too small.
    expect(output.where.filter((w) => w.insufficient !== undefined)).toEqual([]);
  });
});
