import { describe, expect, it } from 'vitest';
import { compareKpis, deltaReport, hasSignificantDecline, type KpiRecord } from '../../src/delta/index.js';

type Sentiment = NonNullable<KpiRecord['sentiment']>;
const empty: KpiRecord = { nps: null, csat: null, ces: null, rating: null, sentiment: null };

/** Rows from per-field lists (missing entries are null). */
function rows(n: number, fields: { nps?: number[]; csat?: number[]; ces?: number[]; rating?: number[]; sentiment?: Sentiment[] }): readonly KpiRecord[] {
  return Object.freeze(
    Array.from({ length: n }, (_, i) =>
      Object.freeze({
        ...empty,
        nps: fields.nps?.[i] ?? null,
        csat: fields.csat?.[i] ?? null,
        ces: fields.ces?.[i] ?? null,
        rating: fields.rating?.[i] ?? null,
        sentiment: fields.sentiment?.[i] ?? null,
      }),
    ),
  );
}
const times = <T,>(value: T, count: number): T[] => Array.from({ length: count }, () => value);
const npsScores = (promoters: number, passives: number, detractors: number): number[] => [...times(10, promoters), ...times(8, passives), ...times(2, detractors)];
const labels = (negative: number, other: number): Sentiment[] => [...times({ score: -0.5, label: 'negative' as const }, negative), ...times({ score: 0.5, label: 'positive' as const }, other)];

describe('compareKpis', () => {
  it('NPS 30 → −10 on 100 vs 100 is −40 points, significant, worse (see npsDifference test for the hand working)', () => {
    const kpis = compareKpis(rows(100, { nps: npsScores(50, 30, 20) }), rows(100, { nps: npsScores(30, 30, 40) }));
    const nps = kpis.find((kpi) => kpi.name === 'nps');
    expect(nps).toMatchObject({
      unit: 'points', polarity: 'higher-is-better',
      baseline: { value: 30, n: 100 }, current: { value: -10, n: 100 },
      delta: -40, test: 'adjusted-wald-z', significant: true, direction: 'worse',
    });
    expect(nps?.pValue).toBeCloseTo(0.000531, 5);
    expect(nps?.insufficient).toBeUndefined();
  });

  it('% negative 20% → 35% is +15 pp, p = 0.01753 (see twoProportion test), significant and worse', () => {
    const kpis = compareKpis(rows(100, { sentiment: labels(20, 80) }), rows(100, { sentiment: labels(35, 65) }));
    const negative = kpis.find((kpi) => kpi.name === 'negative');
    expect(negative).toMatchObject({ unit: 'percent', polarity: 'lower-is-better', baseline: { value: 20, n: 100 }, current: { value: 35, n: 100 }, significant: true, direction: 'worse', test: 'two-proportion-z' });
    expect(negative?.delta).toBeCloseTo(15, 10);
    expect(negative?.pValue).toBeCloseTo(0.01753, 5);
    expect(hasSignificantDecline({ kpis })).toBe(true);
  });

  it('with a rating scale, compares the mean rating (Welch) and the share of 1-2★: 20% → 35% is +15 pp, p = 0.01753, worse', () => {
    // 1-2★ share uses the same counts as the % negative case above: 20/100 → 35/100.
    const before = rows(100, { rating: [...times(1, 20), ...times(4, 80)] });
    const after = rows(100, { rating: [...times(2, 35), ...times(5, 65)] });
    const kpis = compareKpis(before, after, { ratingScale: { min: 1, max: 5 } });
    expect(kpis.map((kpi) => kpi.name)).toEqual(['rating', 'ratingLow', 'volume']);
    const low = kpis.find((kpi) => kpi.name === 'ratingLow');
    expect(low).toMatchObject({ unit: 'percent', polarity: 'lower-is-better', baseline: { value: 20, n: 100 }, current: { value: 35, n: 100 }, significant: true, direction: 'worse' });
    expect(low?.pValue).toBeCloseTo(0.01753, 5);
    // mean 0.2·1 + 0.8·4 = 3.4 → 0.35·2 + 0.65·5 = 3.95: +0.55★ by Welch.
    expect(kpis.find((kpi) => kpi.name === 'rating')).toMatchObject({ test: 'welch-t', baseline: { value: expect.closeTo(3.4, 12) }, current: { value: expect.closeTo(3.95, 12) } });
    expect(compareKpis(before, after).map((kpi) => kpi.name)).toEqual(['rating', 'volume']);
  });

  it('mean sentiment uses Welch: R sleep data scaled by 1/10 gives delta −0.158, p = 0.07939', () => {
    const sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const asSentiment = (values: number[]): Sentiment[] => values.map((v) => ({ score: v / 10, label: 'neutral' as const }));
    const kpis = compareKpis(rows(10, { sentiment: asSentiment(sleep2) }), rows(10, { sentiment: asSentiment(sleep1) }));
    const sentiment = kpis.find((kpi) => kpi.name === 'sentiment');
    expect(sentiment?.delta).toBeCloseTo(-0.158, 12);
    expect(sentiment?.pValue).toBeCloseTo(0.07939, 5);
    expect(sentiment?.ci95?.[0]).toBeCloseTo(-0.33654832, 7);
    expect(sentiment).toMatchObject({ test: 'welch-t', significant: false, direction: 'worse' });
    // 10 rows per side are too few for % negative (30 needed): reported, not tested.
    expect(kpis.find((kpi) => kpi.name === 'negative')).toMatchObject({ delta: null, ci95: null, pValue: null, significant: false, direction: 'unchanged', insufficient: { needed: 30 } });
  });

  it('says "insufficient" for NPS with fewer than 30 scores on a side, and leaves out KPIs with no data', () => {
    const kpis = compareKpis(rows(29, { nps: npsScores(29, 0, 0) }), rows(100, { nps: npsScores(0, 0, 100) }));
    expect(kpis.map((kpi) => kpi.name)).toEqual(['nps', 'volume']);
    expect(kpis[0]).toMatchObject({
      baseline: { value: 100, n: 29 }, current: { value: -100, n: 100 },
      delta: null, ci95: null, pValue: null, test: null, significant: false, direction: 'unchanged', insufficient: { needed: 30 },
    });
    expect(hasSignificantDecline({ kpis })).toBe(false);
  });

  it('volume compares row counts without a test', () => {
    const kpis = compareKpis(rows(40, {}), rows(55, {}));
    expect(kpis).toEqual([
      { name: 'volume', unit: 'rows', polarity: 'none', baseline: { value: 40, n: 40 }, current: { value: 55, n: 55 }, delta: 15, ci95: null, pValue: null, test: null, significant: false, direction: 'unchanged' },
    ]);
  });

  it('CSAT top-2-box 30% → 100% on 40 vs 40 is better (z = 6.563 by hand: p̄ = 0.65, SE = 0.106654); CES polarity can be reversed', () => {
    const csat = [...times(5, 3), ...times(2, 7)];
    const kpis = compareKpis(
      rows(40, { csat: [...csat, ...csat, ...csat, ...csat], ces: times(3, 20).concat(times(4, 20)) }),
      rows(40, { csat: times(5, 40), ces: times(6, 20).concat(times(5, 20)) }),
      { cesHigherIsBetter: false },
    );
    expect(kpis.find((kpi) => kpi.name === 'csat')).toMatchObject({ baseline: { value: 30, n: 40 }, current: { value: 100, n: 40 }, test: 'two-proportion-z', significant: true, direction: 'better' });
    const ces = kpis.find((kpi) => kpi.name === 'ces');
    expect(ces).toMatchObject({ polarity: 'lower-is-better', significant: true, direction: 'worse' });
    expect(ces?.baseline.value).toBeCloseTo(3.5, 12);
    expect(ces?.current.value).toBeCloseTo(5.5, 12);
    expect(ces?.delta).toBeCloseTo(2, 12);
  });

  it('deltaReport adds schemaVersion "1.1" and keeps the parts', () => {
    const kpis = compareKpis(rows(1, {}), rows(2, {}));
    const report = deltaReport({
      baseline: { label: '2025-03', from: '2025-03-01', to: '2025-03-31', n: 1 },
      current: { label: '2025-04', from: '2025-04-01', to: '2025-04-30', n: 2 },
      kpis, themes: [], terms: { overRepresented: [], underRepresented: [] }, where: [], decomposition: [], drivers: [],
    });
    expect(report.schemaVersion).toBe('1.1');
    expect(Object.keys(report)).toEqual(['schemaVersion', 'baseline', 'current', 'kpis', 'themes', 'terms', 'where', 'decomposition', 'drivers']);
    expect(hasSignificantDecline(report)).toBe(false);
  });
});
