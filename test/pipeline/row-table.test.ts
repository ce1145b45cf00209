import { describe, expect, it } from 'vitest';
import { joinRows, rowAt, rowTable } from '../../src/pipeline/row-table.js';
import type { AnalysedRow } from '../../src/pipeline/types.js';

const row = (line: number, text: string, extra: Partial<AnalysedRow> = {}): AnalysedRow => ({
  line, id: `r${line}`, text, date: null, nps: null, csat: null, ces: null, rating: null, score: 0, label: 'neutral', by: [], ...extra,
});

describe('joinRows', () => {
  const first = rowTable([
    row(2, 'late parcel', { date: '2025-01-03', nps: 3, score: -0.5, label: 'negative' }),
    row(3, 'fine', { date: '2025-02-01', nps: 9 }),
  ]);
  const second = rowTable([
    row(2, 'great app', { date: '2025-02-01', csat: 5, score: 0.6, label: 'positive' }),
    row(4, 'no comment', { id: null }),
  ]);

  it('gives the rows of every table in order, a KPI one table lacks as missing', () => {
    const joined = joinRows([first, second]);
    expect(joined.length).toBe(4);
    expect(Array.from({ length: 4 }, (_, index) => rowAt(joined, index))).toEqual([
      row(2, 'late parcel', { date: '2025-01-03', nps: 3, score: -0.5, label: 'negative' }),
      row(3, 'fine', { date: '2025-02-01', nps: 9 }),
      row(2, 'great app', { date: '2025-02-01', csat: 5, score: 0.6, label: 'positive' }),
      row(4, 'no comment', { id: null }),
    ]);
    // One code per distinct date across both tables.
    expect(joined.dates).toEqual(['2025-01-03', '2025-02-01']);
  });

  it('returns a single table as it is', () => {
    expect(joinRows([first])).toBe(first);
  });
});
