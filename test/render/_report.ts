// A hand-built AnalyzeReport for the renderer tests: small, with awkward text on purpose.
import type { Estimate } from '../../src/kpi/index.js';
import type { AnalyzeReport, KpiSet, ThemeReport } from '../../src/pipeline.js';

const est = (value: number, n: number, ci95: [number, number]): Estimate => ({ kind: 'estimate', value, n, ci95 });

export const kpis: KpiSet = {
  // NPS -5.44 on 625 answers (223 promoters, 257 detractors), interval as src/kpi gives it.
  nps: est(-5.44, 625, [-12.1, 1.3]),
  csat: est(57.7, 596, [53.7, 61.6]),
  ces: null,
  rating: { kind: 'insufficient', n: 1, needed: 2 },
  ratingLow: null,
  ratingHigh: null,
  sentiment: {
    mean: est(-0.0512, 641, [-0.09, -0.01]),
    negativeShare: est(0.4213, 641, [0.38, 0.46]),
    positiveShare: est(0.38, 641, [0.34, 0.42]),
  },
};

const theme = (over: Partial<ThemeReport> & Pick<ThemeReport, 'id' | 'label'>): ThemeReport => ({
  keywords: [over.label],
  parent: null,
  children: [],
  stage: null,
  origin: 'discovered',
  count: 50,
  share: 0.078,
  sentiment: { mean: -0.5, negativeShare: 0.8, positiveShare: 0.1 },
  kpis,
  impact: {
    nps: { kind: 'estimate', value: -4.1, n: 48, restN: 577, ci95: [-6, -2.2], significant: true, themeValue: -60, restValue: -1 },
    csat: null,
    rating: null,
    sentiment: est(-0.039, 50, [-0.05, -0.028]),
  },
  rank: { verdict: 'pain', pain: 1, delight: null, effect: { value: -4.1, ci95: [-6, -2.2] }, cost: 2.2 },
  examples: [],
  ...over,
});

export const report: AnalyzeReport = {
  schemaVersion: '2.0',
  input: {
    file: 'fixtures/feedback.csv',
    format: 'csv',
    delimiter: ',',
    encoding: 'utf8',
    compressed: false,
    rows: 651,
    analyzed: 641,
    skipped: 10,
    skippedByReason: { empty_text: 10 },
    firstSkipped: [
      { line: 45, reason: 'empty_text', detail: 'no text in "comment"' },
      { line: 97, reason: 'empty_text', detail: 'no text in "comment"' },
    ],
    invalidValues: { nps: { nps_out_of_range: 2 } },
    firstInvalid: [{ line: 12, kpi: 'nps', reason: 'nps_out_of_range', value: '11' }],
    nonAnswers: 13,
  },
  columns: {
    text: [{ column: 'comment', detectedBy: 'header' }],
    id: { column: 'response_id', detectedBy: 'header' },
    date: null,
    nps: { column: 'How likely are you to recommend us to a friend?', detectedBy: 'values' },
    csat: { column: 'csat', detectedBy: 'header' },
    ces: null,
    rating: null,
    segments: [{ column: 'region', detectedBy: 'values' }],
    ratingScale: null,
  },
  kpis,
  segments: [
    {
      column: 'region',
      values: [
        { value: 'EMEA', n: 300, share: 0.468, kpis, themes: [{ id: 'refund', count: 30, share: 0.1, sentiment: -0.4 }] },
        { value: '', n: 4, share: 0.006, kpis: { ...kpis, nps: { kind: 'insufficient', n: 4, needed: 10 } }, themes: [] },
      ],
    },
  ],
  themes: [
    theme({
      id: 'refund',
      label: 'refund | store credit',
      examples: [
        { line: 7, id: 'R-7', text: 'Still waiting for my refund \u001b[31mRED\u001b[0m <script>alert(1)</script>', aspectScore: -0.7 },
        { line: 9, id: 'R-9', text: '=HYPERLINK("http://evil.example") refund please', aspectScore: -0.5 },
      ],
    }),
    theme({
      id: 'fast-delivery',
      label: 'fast delivery',
      count: 80,
      share: 0.125,
      sentiment: { mean: 0.6, negativeShare: 0.05, positiveShare: 0.9 },
      impact: { nps: { kind: 'estimate', value: 3.5, n: 78, restN: 547, ci95: [1.2, 5.8], significant: true, themeValue: 40, restValue: -12 }, csat: null, rating: null, sentiment: est(0.075, 80, [0.06, 0.09]) },
      rank: { verdict: 'delight', pain: null, delight: 1, effect: { value: 3.5, ci95: [1.2, 5.8] }, cost: 1.2 },
      examples: [{ line: 3, id: null, text: 'Delivery was super fast.', aspectScore: 0.8 }],
    }),
  ],
  rankBy: 'nps',
  painPoints: ['refund'],
  delights: ['fast-delivery'],
  mixed: [],
  warnings: ['a warning with \u0007bell'],
};

/** The report with two sub-themes under 'refund': a pain point (refund delay) and a delight (quick refund). */
export const reportWithChildren: AnalyzeReport = (() => {
  const parent = { ...report.themes[0]!, children: ['refund-delay', 'refund-praise'] };
  const delay = {
    ...parent,
    id: 'refund-delay',
    label: 'refund delay',
    parent: 'refund',
    children: [],
    count: 20,
    share: 0.031,
    impact: { ...parent.impact, nps: { kind: 'estimate' as const, value: -2.5, n: 20, restN: 605, ci95: [-3.4, -1.1] as [number, number], significant: true, themeValue: -70, restValue: -3 } },
    rank: { verdict: 'pain' as const, pain: null, delight: null, effect: { value: -2.5, ci95: [-3.4, -1.1] as [number, number] }, cost: 1.1 },
    examples: [parent.examples[0]!, { line: 11, id: 'R-11', text: 'Refund took three weeks.', aspectScore: -0.6 }],
  };
  const praise = {
    ...delay,
    id: 'refund-praise',
    label: 'quick refund',
    impact: { ...parent.impact, nps: { kind: 'estimate' as const, value: 1.5, n: 20, restN: 605, ci95: [0.5, 2.5] as [number, number], significant: true, themeValue: 40, restValue: -3 } },
    rank: { verdict: 'delight' as const, pain: null, delight: null, effect: { value: 1.5, ci95: [0.5, 2.5] as [number, number] }, cost: 0.5 },
  };
  return { ...report, themes: [parent, report.themes[1]!, delay, praise] };
})();
