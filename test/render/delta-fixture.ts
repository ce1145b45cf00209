// A hand-built delta output for the delta renderers: a significant NPS drop, 30 significant
// worsenings (the "226 significant changes" in miniature), one improvement, one new and
// one gone theme, stable ones, and words on both sides of |z| = 1.96.
import type { DeltaReport, KpiDelta, ThemeDelta } from '../../src/delta/index.js';
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
  schemaVersion: '1.0',
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
};

export const output: DeltaOutput = { ...report, inputs: [], warnings: ['a warning'] };
