import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/columns/types.js';
import { rowTable } from '../../src/pipeline/row-table.js';
import type { AnalysedRow } from '../../src/pipeline/types.js';
import { timeSeries } from '../../src/kpi/index.js';

const mapping: ColumnMapping = {
  text: [{ column: 'comment', detectedBy: 'header' }], id: null, date: { column: 'date', detectedBy: 'header' },
  nps: null, csat: null, ces: null, rating: null, segments: [], ratingScale: null,
};
const row = (date: string | null, label: AnalysedRow['label'] = 'neutral'): AnalysedRow => ({
  line: 2, id: null, text: 't', date, nps: null, csat: null, ces: null, rating: null, score: 0, label, by: [],
});

describe('timeSeries', () => {
  it('lists every ISO week from the first to the last date, empty ones with n = 0', () => {
    // 2025-09-01 is a Monday (W36); 2025-09-16 is in W38; W37 has no rows.
    const rows = [row('2025-09-01'), row('2025-09-03T10:00:00Z', 'negative'), row('2025-09-16'), row(null)];
    const series = timeSeries(rowTable(Object.freeze(rows)), { mapping }, ['late'], [[0, 2]]);
    expect(series).not.toBeNull();
    expect(series!.unit).toBe('week');
    expect([series!.first, series!.last]).toEqual(['2025-09-01', '2025-09-16']);
    expect(series!.undated).toBe(1);
    expect(series!.outcome).toBeNull();
    expect(series!.points.map((p) => [p.period, p.from, p.to, p.n])).toEqual([
      ['2025-W36', '2025-09-01', '2025-09-07', 2],
      ['2025-W37', '2025-09-08', '2025-09-14', 0],
      ['2025-W38', '2025-09-15', '2025-09-21', 1],
    ]);
    // 'late' is in rows 0 (W36, 1 of 2) and 2 (W38, 1 of 1).
    expect(series!.points.map((p) => p.themes[0])).toEqual([
      { id: 'late', count: 1, share: 0.5 },
      { id: 'late', count: 0, share: 0 },
      { id: 'late', count: 1, share: 1 },
    ]);
    // Fewer than 10 rows: % negative is "insufficient", never a number from 2 rows.
    expect(series!.points[0]!.negativeShare).toEqual({ kind: 'insufficient', n: 2, needed: 10 });
  });
  it('switches to months beyond 26 weeks, and is null without dates', () => {
    const context = { mapping };
    const series = timeSeries(rowTable([row('2025-01-15'), row('2025-09-02')]), context, [], []);
    expect(series!.unit).toBe('month');
    expect(series!.points.map((p) => p.period)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09']);
    expect(timeSeries(rowTable([row(null)]), context, [], [])).toBeNull();
  });
});
