// A hand-built delta output for the delta renderers: a significant NPS drop, 30 significant
// worsenings (the "226 significant changes" in miniature), one improvement, one new and
// one gone theme, stable ones, and words on both sides of |z| = 1.96.
import type { DeltaReport, KpiDecomposition, KpiDelta, SegmentKpiChange, ThemeDelta, ThemeDriver } from '../../src/delta/index.js';
import type { DeltaOutput } from '../../src/pipeline.js';

export const kpi = (over: Partial<KpiDelta> & Pick<KpiDelta, 'name' | 'unit' | 'polarity'>): KpiDelta => ({
  baseline: { value: 22.1, n: 1000 },
  current: { value: 10.5, n: 1000 },
  delta: -11.6,
  ci95: [-19.6, -3.5],
  pValue: 0.0051,
  test: 'adjusted-wald-z',
  significant: true,
  direction: 'worse',
  ...over,
});

export const theme = (over: Partial<ThemeDelta> & Pick<ThemeDelta, 'id' | 'label' | 'status'>): ThemeDelta => ({
  baseline: { count: 90, share: 0.09 },
  current: { count: 180, share: 0.18 },
  delta: 9,
  ci95: [6, 12],
  pValue: 1e-8,
  qValue: 1e-7,
  test: 'two-proportion-z',
  significant: true,
  lean: 'negative',
  worsening: true,
  sentiment: { baseline: -0.5, current: -0.5, change: 0 },
  nps: { baseline: -87.8, current: -88.3, change: -0.5, baselineN: 90, currentN: 180 },
  ...over,
});

/** 30 significant worsenings: 'worse-01' (+3.0 pp) … 'worse-30' (+1.55 pp), largest last in input order. */
const worsenings = Array.from({ length: 30 }, (_, i) =>
  theme({ id: `worse-${String(i + 1).padStart(2, '0')}`, label: `complaint ${i + 1}`, status: 'rising', delta: 1.5 + (i + 1) * 0.05, ci95: [0.2, 3 + i * 0.1] }),
);

/** The two sides every delta test report compares. */
export const sides: Pick<DeltaReport, 'schemaVersion' | 'baseline' | 'current'> = {
  schemaVersion: '1.1',
  baseline: { label: 'before 2025-04-01', from: '2025-03-01', to: '2025-03-31', n: 1000 },
  current: { label: 'from 2025-04-01', from: '2025-04-01', to: '2025-04-30', n: 1000 },
};

export const report: DeltaReport = {
  ...sides,
  kpis: [
    kpi({ name: 'nps', unit: 'points', polarity: 'higher-is-better' }),
    kpi({
      name: 'sentiment', unit: 'scale', polarity: 'higher-is-better', baseline: { value: 0.08, n: 1000 }, current: { value: 0.03, n: 1000 },
      delta: -0.05, ci95: [-0.052, -0.001], pValue: 0.04, test: 'welch-t', significant: true, direction: 'worse',
    }),
    kpi({
      name: 'negative', unit: 'percent', polarity: 'lower-is-better', baseline: { value: 32.1, n: 1000 }, current: { value: 32.1, n: 1000 },
      delta: 0.001, ci95: [-4, 4], pValue: 0.99, test: 'two-proportion-z', significant: false, direction: 'worse',
    }),
    kpi({
      name: 'ces', unit: 'scale', polarity: 'higher-is-better', baseline: { value: 5, n: 4 }, current: { value: 6, n: 3 },
      delta: null, ci95: null, pValue: null, test: null, significant: false, direction: 'unchanged', insufficient: { needed: 10 },
    }),
    kpi({ name: 'volume', unit: 'rows', polarity: 'none', baseline: { value: 1000, n: 1000 }, current: { value: 1000, n: 1000 }, delta: 0, ci95: null, pValue: null, test: null, significant: false, direction: 'unchanged' }),
  ],
  themes: [
    theme({ id: 'quick', label: 'quick delivery', status: 'stable', significant: false, worsening: false, delta: -0.4, ci95: [-2, 1.2], qValue: 0.9, lean: 'positive' }),
    theme({ id: 'payment', label: 'payment | <checkout>', status: 'rising', delta: 7.6, ci95: [4, 11.2] }),
    theme({ id: 'refund-fixed', label: 'refund', status: 'falling', worsening: false, delta: -4, ci95: [-6, -2] }),
    theme({ id: 'gift-wrap', label: 'gift wrap', status: 'new', worsening: false, significant: false, baseline: { count: 0, share: 0 }, delta: 1.2, ci95: null, qValue: null, lean: 'positive' }),
    theme({ id: 'fax', label: 'fax', status: 'gone', worsening: false, significant: false, current: { count: 0, share: 0 }, delta: -0.8, ci95: null, qValue: null, lean: 'neutral' }),
    ...worsenings,
    theme({ id: 'sizes', label: 'sizes', status: 'stable', significant: false, worsening: false, delta: 0.2, ci95: [-1, 1.4], qValue: 0.8 }),
  ],
  terms: {
    overRepresented: [
      { term: 'checkout', z: 3.8, logOddsRatio: 0.9, baselineCount: 20, currentCount: 60 },
      { term: 'weather', z: 0.1, logOddsRatio: 0.01, baselineCount: 5, currentCount: 6 },
    ],
    underRepresented: [
      { term: '\u001b[2Jcourier', z: -2.3, logOddsRatio: -0.5, baselineCount: 40, currentCount: 20 },
      { term: 'kids', z: -1.9, logOddsRatio: -0.3, baselineCount: 12, currentCount: 8 },
    ],
  },
  where: [],
  decomposition: [],
  drivers: [],
};

/** A segment change: NPS in region North unless told otherwise. */
export const segmentChange = (over: Partial<SegmentKpiChange>): SegmentKpiChange => ({
  ...kpi({ name: 'nps', unit: 'points', polarity: 'higher-is-better', baseline: { value: 21.3, n: 300 }, current: { value: -17.3, n: 300 }, delta: -38.6, ci95: [-51.7, -24.9] }),
  column: 'region',
  value: 'North',
  qValue: 0.0001,
  explainedBy: null,
  ...over,
});

/** Region North fell (worse), South did not change (n.s.), the "<fax>" channel is too small to test. */
export const where: SegmentKpiChange[] = [
  segmentChange({}),
  segmentChange({ value: 'South', baseline: { value: 21.3, n: 300 }, current: { value: 22.3, n: 300 }, delta: 1, ci95: [-12, 14], pValue: 0.9, qValue: 0.95, significant: false, direction: 'better' }),
  segmentChange({ column: 'channel', value: '<fax>', baseline: { value: 10, n: 4 }, current: { value: 0, n: 3 }, delta: null, ci95: null, pValue: null, qValue: null, test: null, significant: false, direction: 'unchanged', insufficient: { needed: 30 } }),
];

/** The example: phone 20% → 40%, NPS −25 and +30 inside channels unchanged: 11 of the 11-point drop is mix. */
export const decomposition: KpiDecomposition[] = [
  {
    column: 'channel', kpi: 'nps', unit: 'points', polarity: 'higher-is-better',
    baseline: { value: 19, n: 100 }, current: { value: 8, n: 100 },
    change: { value: -11, ci95: [-19.9, -2.1], standardError: 4.5 },
    mix: { value: -11, ci95: [-19.6, -2.4], standardError: 4.38 },
    rate: { value: 0, ci95: [-6, 6], standardError: 3.06 },
    method: 'delta-method',
    segments: [
      { value: 'web', baseline: { share: 0.8, kpi: 30, n: 80 }, current: { share: 0.6, kpi: 30, n: 60 }, mix: -6, rate: 0 },
      { value: 'phone', baseline: { share: 0.2, kpi: -25, n: 20 }, current: { share: 0.4, kpi: -25, n: 40 }, mix: -5, rate: 0 },
    ],
  },
];

export const driver = (over: Partial<ThemeDriver>): ThemeDriver => ({
  kind: 'theme', kpi: 'nps', id: 'outage', label: 'outage',
  baseline: { weight: 0, kpi: null, count: 0 }, current: { weight: 0.053, kpi: -100, count: 92 },
  mix: -6.1, rate: 0, contribution: { value: -6.1, ci95: [-7.5, -4.8], standardError: 0.68 }, pValue: 1e-6, qValue: 1e-5,
  significant: true, new: true, examples: ['The outage <b>lasted</b> all weekend.', 'Another outage last night.'],
  ...over,
});

export const drivers: ThemeDriver[] = [
  driver({}),
  driver({ id: 'speed', label: 'speed', baseline: { weight: 0.08, kpi: 40, count: 100 }, current: { weight: 0.1, kpi: 50, count: 120 }, mix: 0.4, rate: 0.9, contribution: { value: 1.3, ci95: [-0.5, 3.1], standardError: 0.9 }, pValue: 0.2, qValue: 0.4, significant: false, new: false, examples: ['Fast and steady.'] }),
  driver({ kind: 'other', id: null, label: null, baseline: { weight: 0.9, kpi: 25, count: 900 }, current: { weight: 0.85, kpi: 18, count: 850 }, mix: -1, rate: -5.8, contribution: { value: -6.8, ci95: [-12, -1.6], standardError: 2.6 }, pValue: 0.01, qValue: null, significant: false, new: false, examples: [] }),
];

export const output: DeltaOutput = { ...report, inputs: [], warnings: ['a warning'] };
