// buildReport ranks top-level themes by the outcome the export has. The fixture is written so that
// the wording and the stars disagree: customers praise the low price in words but rate it 1-2★,
// and grumble about slow support but rate it 4-5★. The stars decide.
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/columns/index.js';
import { buildReport, rowTable, type AnalysedRow } from '../../src/pipeline.js';
import { Ledger } from '../../src/pipeline/ledger.js';
import type { OpenedInput } from '../../src/read/index.js';
import type { Theme, ThemeModel } from '../../src/themes/index.js';

const mapping: ColumnMapping = {
  text: [{ column: 'review', detectedBy: 'header' }],
  id: null,
  date: null,
  nps: null,
  csat: null,
  ces: null,
  rating: { column: 'stars', detectedBy: 'header' },
  segments: [],
  ratingScale: { min: 1, max: 5 },
};
const opened: OpenedInput = {
  source: 'stars.csv', format: 'csv', delimiter: ',', encoding: 'utf8', compressed: false, columns: ['review', 'stars'],
  items: (async function* () {})(),
};

// Rows 0-19 "price": kind words, 1 and 2 stars alternating (mean 1.5). Rows 0-9 also "refund".
// Rows 20-39 "support": cross words, 4 and 5 stars (mean 4.5). Rows 40-59: no theme, 4,5,3,4 repeating (mean 4).
const priceTexts = ['Love the cheap price, great value', 'The price is nice and low, happy with it'];
const supportTexts = ['Support was slow to answer, annoying', 'Support is slow and the wait was bad'];
function row(index: number): AnalysedRow {
  const inPrice = index < 20;
  const inSupport = index >= 20 && index < 40;
  const rating = inPrice ? (index % 2 === 0 ? 1 : 2) : inSupport ? (index % 2 === 0 ? 4 : 5) : [4, 5, 3, 4][index % 4]!;
  const text = inPrice
    ? `${priceTexts[index % 2]} (${index})${index < 10 ? ', refund was quick' : ''}`
    : inSupport
      ? `${supportTexts[index % 2]} (${index})`
      : `Okay overall, nothing special (${index})`;
  return {
    line: index + 2, id: null, text, date: null, nps: null, csat: null, ces: null, rating,
    score: inPrice ? 0.6 : inSupport ? -0.5 : 0, label: inPrice ? 'positive' : inSupport ? 'negative' : 'neutral', by: [],
  };
}
const rows = Array.from({ length: 60 }, (_, index) => row(index));
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
const theme = (id: string, label: string, rowsOf: number[], aspect: number, parent: string | null = null): Theme => ({
  id, label, keywords: [label], parent, stage: null, origin: 'discovered', rows: rowsOf, aspectScores: rowsOf.map(() => aspect),
});
const themes: Theme[] = [
  theme('price', 'price', range(0, 20), 0.6),
  theme('support', 'support', range(20, 40), -0.5),
  theme('price-refund', 'refund', range(0, 10), 0.4, 'price'),
];
const model: ThemeModel = { themes, nonAnswer: rows.map(() => false) };
const ledger = new Ledger();
ledger.rows = 60;
ledger.analyzed = 60;
const build = (m: ThemeModel, r: readonly AnalysedRow[] = rows) =>
  buildReport({ opened, mapping, ledger, rows: rowTable(r), by: [], warnings: [] }, m, { examples: 2 });
const report = build(model);
const byId = (id: string) => report.themes.find((t) => t.id === id);

describe('buildReport ranks by the outcome the export has', () => {
  it('rankBy is rating with a rating and no NPS or CSAT, and says nothing about a missing NPS column', () => {
    expect(report.rankBy).toBe('rating');
    expect(report.warnings.join()).not.toContain('NPS');
  });

  it('the stars decide: praised-in-words but 1-2★ is a pain point, grumbled-about but 4-5★ a delight', () => {
    expect(byId('price')?.sentiment.mean).toBeCloseTo(0.6, 12);
    expect(report.painPoints).toEqual(['price']);
    expect(report.delights).toEqual(['support']);
    expect(report.mixed).toEqual([]);
  });

  it('price rating impact by hand: theme mean 1.5, rest mean (4.5·20 + 4·20)/40 = 4.25, weight 20/60 → −0.9167★', () => {
    const price = byId('price');
    expect(price?.impact.rating).toMatchObject({ kind: 'estimate', n: 20, restN: 40, themeValue: expect.closeTo(1.5, 12) });
    const impact = price?.impact.rating;
    if (impact?.kind !== 'estimate') throw new Error('expected an estimate');
    expect(impact.restValue).toBeCloseTo(4.25, 12);
    expect(impact.value).toBeCloseTo((20 / 60) * (1.5 - 4.25), 12);
    expect(price?.rank).toMatchObject({ verdict: 'pain', pain: 1, delight: null, effect: { value: impact.value, ci95: impact.ci95 } });
    expect(price?.rank.cost).toBeCloseTo(-impact.ci95[1], 12);
  });

  it('rating KPIs: mean, share of 1-2★ (20 of 60) and of 4-5★ (20 + 15 of 60)', () => {
    expect(report.kpis.ratingLow).toMatchObject({ kind: 'estimate', value: 20 / 60, n: 60 });
    expect(report.kpis.ratingHigh).toMatchObject({ kind: 'estimate', value: 35 / 60, n: 60 });
  });

  it('nests the sub-theme under its parent and never lists it at the top level', () => {
    expect(byId('price')?.children).toEqual(['price-refund']);
    expect(byId('support')?.children).toEqual([]);
    expect(report.painPoints).not.toContain('price-refund');
    expect(report.delights).not.toContain('price-refund');
    expect(byId('price-refund')?.rank).toMatchObject({ verdict: 'pain', pain: null, delight: null });
  });

  it('examples of a pain point lean negative when they can; of a delight positive', () => {
    expect(byId('price')?.examples).toHaveLength(2);
    expect(byId('support')?.examples).toHaveLength(2);
  });

  it('does not depend on the order of the themes or of the rows', () => {
    const shuffled = build({ ...model, themes: [...themes].reverse() });
    expect(shuffled.painPoints).toEqual(report.painPoints);
    expect(shuffled.delights).toEqual(report.delights);
    expect(shuffled.themes.map((t) => [t.id, t.rank, t.children])).toEqual(
      [...report.themes].reverse().map((t) => [t.id, t.rank, t.children]),
    );
    // Rows reversed, theme rows re-indexed: the same ranking and the same effects.
    const reversedRows = [...rows].reverse();
    const flip = (indices: readonly number[]) => indices.map((i) => 59 - i).sort((a, b) => a - b);
    const flipped = build({ ...model, themes: themes.map((t) => ({ ...t, rows: flip(t.rows) })) }, reversedRows);
    expect(flipped.painPoints).toEqual(report.painPoints);
    expect(flipped.themes.map((t) => t.rank)).toEqual(report.themes.map((t) => t.rank));
  });

  it('without any score column themes are ranked by sentiment, and the report says so once', () => {
    const noScores = buildReport(
      { opened, mapping: { ...mapping, rating: null, ratingScale: null }, ledger, rows: rowTable(rows), by: [], warnings: [] },
      model,
      { examples: 1 },
    );
    expect(noScores.rankBy).toBe('sentiment');
    // With words alone price reads as a delight (aspect +0.6) and support as a pain point (−0.5).
    expect(noScores.painPoints).toEqual(['support']);
    expect(noScores.delights).toEqual(['price']);
    expect(noScores.warnings.filter((w) => w.includes('no NPS'))).toHaveLength(1);
  });
});
