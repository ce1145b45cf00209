// buildReport on hand-built rows and themes: KPIs, impact, ranking, examples, segments, ledger.
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/columns/index.js';
import { buildReport, rowTable, type AnalysedRow } from '../../src/pipeline.js';
import { Ledger } from '../../src/pipeline/ledger.js';
import type { OpenedInput } from '../../src/read/index.js';
import type { ThemeModel } from '../../src/themes/index.js';

const mapping: ColumnMapping = {
  text: [{ column: 'comment', detectedBy: 'header' }],
  id: { column: 'id', detectedBy: 'header' },
  date: null,
  nps: { column: 'nps', detectedBy: 'header' },
  csat: null,
  ces: null,
  rating: null,
  segments: [],
  ratingScale: null,
};

const opened: OpenedInput = {
  source: 'hand.csv',
  format: 'csv',
  delimiter: ',',
  encoding: 'utf8',
  compressed: false,
  columns: ['id', 'nps', 'region', 'comment'],
  items: (async function* () {})(),
};

// Rows 0-9 complain about late delivery (NPS 0,1,2,3,4,5,6,0,1,9: 9 detractors, 1 promoter);
// rows 10-19 praise fast delivery (NPS 9,10,9,10,9,10,8,7,9,10: 8 promoters, 2 passives).
const npsScores = [0, 1, 2, 3, 4, 5, 6, 0, 1, 9, 9, 10, 9, 10, 9, 10, 8, 7, 9, 10];
const lateTexts = [
  'Late again.', // short
  'The parcel was late by three days and nobody told me why it was late.',
  'Delivery came a week late, write to me at jo.bloggs@example.com',
  'It arrived late.',
  'Not happy at all with how long everything took to arrive',
  'Late late late, and the box was crushed when it finally turned up at my door.',
  'Very late delivery',
  'my order was late',
  'Courier was late, the driver was rude, the box was wet, the item was broken and I waited on hold for an hour to hear nothing.',
  'Late but fine',
];
const rows: AnalysedRow[] = npsScores.map((nps, index) => ({
  line: index + 2,
  id: `R${index}`,
  text: index < 10 ? (lateTexts[index] as string) : `Fast delivery, thank you (${index})`,
  date: null,
  nps,
  csat: null,
  ces: null,
  rating: null,
  score: index < 10 ? -0.5 : 0.6,
  label: index < 10 ? 'negative' : 'positive',
  by: [index % 2 === 0 ? 'EMEA' : 'NA'],
}));
const lateAspects = [-0.2, -0.6, -0.5, -0.4, -0.3, -0.7, -0.5, -0.4, -0.9, -0.1];
const model: ThemeModel = {
  themes: [
    {
      id: 'late-delivery',
      label: 'late delivery',
      keywords: ['late', 'delivery'],
      parent: null,
      stage: 'delivery',
      origin: 'discovered',
      rows: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      aspectScores: lateAspects,
    },
    {
      id: 'fast-delivery',
      label: 'fast delivery',
      keywords: ['fast delivery'],
      parent: null,
      stage: null,
      origin: 'discovered',
      rows: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
      aspectScores: Array(10).fill(0.6),
    },
  ],
  nonAnswer: Array(20).fill(false),
};
const ledger = new Ledger();
ledger.rows = 22;
ledger.analyzed = 20;
ledger.skip({ kind: 'skip', line: 30, reason: 'empty_text', detail: 'blank' });
ledger.skip({ kind: 'skip', line: 31, reason: 'blank_row', detail: 'all fields empty' });

const report = buildReport({ opened, mapping, ledger, rows: rowTable(rows), by: ['region'], warnings: [] }, model, { examples: 3 });

describe('buildReport', () => {
  it('keeps the ledger: rows = analysed + skipped, reasons sorted', () => {
    expect(report.input.rows).toBe(22);
    expect(report.input.analyzed).toBe(20);
    expect(report.input.skipped).toBe(2);
    expect(Object.keys(report.input.skippedByReason)).toEqual(['blank_row', 'empty_text']);
    expect(report.input.firstSkipped.map((s) => s.line)).toEqual([30, 31]);
  });

  it('computes overall NPS by hand: 9 promoters, 9 detractors of 20 → 0', () => {
    expect(report.kpis.nps).toMatchObject({ kind: 'estimate', value: 0, n: 20 });
    expect(report.kpis.csat).toBeNull();
    expect(report.kpis.sentiment.negativeShare).toMatchObject({ kind: 'estimate', value: 0.5, n: 20 });
  });

  it("theme impact on NPS = NPS(all) − NPS(rest) = 0 − 80 = −80 (rest: 8 promoters of 10)", () => {
    const late = report.themes.find((theme) => theme.id === 'late-delivery');
    expect(late?.impact.nps).toMatchObject({ kind: 'estimate', value: -80, n: 10, restN: 10, significant: true });
    expect(late?.count).toBe(10);
    expect(late?.share).toBe(0.5);
    // mean of the aspect scores: (−0.2 −0.6 −0.5 −0.4 −0.3 −0.7 −0.5 −0.4 −0.9 −0.1)/10 = −0.46
    expect(late?.sentiment.mean).toBeCloseTo(-0.46, 12);
    expect(late?.sentiment.negativeShare).toBe(1);
    expect(late?.kpis.nps).toMatchObject({ value: -80, n: 10 }); // (1 − 9)/10
  });

  it('ranks the negative theme as the pain point and the positive one as the delight', () => {
    expect(report.painPoints).toEqual(['late-delivery']);
    expect(report.delights).toEqual(['fast-delivery']);
    expect(report.themes.find((t) => t.id === 'late-delivery')?.rank).toMatchObject({ pain: 1, delight: null });
    expect(report.themes.find((t) => t.id === 'fast-delivery')?.rank).toMatchObject({ pain: null, delight: 1 });
  });

  it('picks examples with the keyword, readable length, strongest on the theme side, PII masked', () => {
    const late = report.themes.find((theme) => theme.id === 'late-delivery');
    // 30-160 characters containing "late": rows 1 (−0.6), 2 (−0.5), 5 (−0.7), 8 (−0.9) → by aspect: 8, 5, 1.
    expect(late?.examples.map((example) => example.line)).toEqual([10, 7, 3]);
    const unredacted = buildReport({ opened, mapping, ledger, rows: rowTable(rows), by: [], warnings: [] }, model, { examples: 4, redact: true });
    const texts = unredacted.themes[0]?.examples.map((example) => example.text) ?? [];
    expect(texts).toContain('Delivery came a week late, write to me at [email]');
    const raw = buildReport({ opened, mapping, ledger, rows: rowTable(rows), by: [], warnings: [] }, model, { examples: 4, redact: false });
    expect(raw.themes[0]?.examples.map((example) => example.text)).toContain('Delivery came a week late, write to me at jo.bloggs@example.com');
  });

  it('breaks KPIs and themes down by segment', () => {
    const region = report.segments[0];
    expect(region?.column).toBe('region');
    expect(region?.values.map((value) => [value.value, value.n])).toEqual([
      ['EMEA', 10],
      ['NA', 10],
    ]);
    // EMEA = even rows: NPS 0,2,4,6,1 (5 detractors) and 9,9,9,8,9 (4 promoters) → (4 − 5)/10 = −10
    expect(region?.values[0]?.kpis.nps).toMatchObject({ value: -10, n: 10 });
    expect(region?.values[0]?.themes[0]).toEqual({ id: 'late-delivery', count: 5, share: 0.5, sentiment: (-0.2 - 0.5 - 0.3 - 0.5 - 0.9) / 5 });
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    const again = buildReport({ opened, mapping, ledger, rows: rowTable(rows), by: ['region'], warnings: [] }, model, { examples: 3 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
  });
});
