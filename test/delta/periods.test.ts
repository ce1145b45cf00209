import { describe, expect, it } from 'vitest';
import { lastCompletePeriods, periodOf, selectDateRange, splitByDate } from '../../src/delta/index.js';

/** Every date from `from` to `to` inclusive (UTC). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

describe('splitByDate', () => {
  it('puts dates before the split in the baseline, on/after in the current side, the rest undated', () => {
    const dates = Object.freeze(['2025-03-31', null, '2025-04-01', '2025-02-30', 'April 2', '2025-04-02']);
    expect(splitByDate(dates, '2025-04-01')).toEqual({ baseline: [0], current: [2, 5], undated: [1, 3, 4] });
  });
  it('rejects an invalid split date', () => {
    expect(() => splitByDate([], '2025-13-01')).toThrow(RangeError);
  });
});

describe('selectDateRange', () => {
  it('selects both bounds inclusively', () => {
    expect(selectDateRange(['2025-01-31', '2025-02-01', '2025-02-28', '2025-03-01', null], { from: '2025-02-01', to: '2025-02-28' })).toEqual([1, 2]);
  });
  it('rejects from > to', () => {
    expect(() => selectDateRange([], { from: '2025-03-01', to: '2025-02-01' })).toThrow(RangeError);
  });
});

describe('periodOf', () => {
  // ISO 8601 week dates (e.g. timeanddate.com): 2025-03-31 is the Monday of week 14;
  // 2024-12-30 starts 2025-W01; 2021-01-03 (a Sunday) is in 2020-W53.
  it.each([
    ['2025-04-06', 'week', { from: '2025-03-31', to: '2025-04-06', label: '2025-W14' }],
    ['2025-03-31', 'week', { from: '2025-03-31', to: '2025-04-06', label: '2025-W14' }],
    ['2024-12-31', 'week', { from: '2024-12-30', to: '2025-01-05', label: '2025-W01' }],
    ['2021-01-03', 'week', { from: '2020-12-28', to: '2021-01-03', label: '2020-W53' }],
    ['2024-02-10', 'month', { from: '2024-02-01', to: '2024-02-29', label: '2024-02' }],
    ['2025-12-31', 'month', { from: '2025-12-01', to: '2025-12-31', label: '2025-12' }],
    ['2025-02-14', 'quarter', { from: '2025-01-01', to: '2025-03-31', label: '2025-Q1' }],
    ['2025-11-30', 'quarter', { from: '2025-10-01', to: '2025-12-31', label: '2025-Q4' }],
    ['2024-02-29', 'year', { from: '2024-01-01', to: '2024-12-31', label: '2024' }],
    ['2025-12-31', 'year', { from: '2025-01-01', to: '2025-12-31', label: '2025' }],
  ] as const)('periodOf(%s, %s)', (date, unit, expected) => {
    expect(periodOf(date, unit)).toEqual(expected);
  });
});

describe('lastCompletePeriods', () => {
  it('takes the latest month when the data reaches its last day', () => {
    const result = lastCompletePeriods(days('2025-03-01', '2025-04-30'), 'month');
    expect(result).toEqual({
      baseline: { from: '2025-03-01', to: '2025-03-31', label: '2025-03' },
      current: { from: '2025-04-01', to: '2025-04-30', label: '2025-04' },
    });
  });
  it('skips the latest month when it is incomplete', () => {
    const result = lastCompletePeriods(days('2025-02-01', '2025-04-29'), 'month');
    expect(result?.current.label).toBe('2025-03');
    expect(result?.baseline.label).toBe('2025-02');
  });
  it('works with ISO weeks (Sunday ends a week) and quarters, in any row order, ignoring bad dates', () => {
    const dates = [...days('2025-03-20', '2025-04-06')].reverse();
    expect(lastCompletePeriods([...dates, null, 'garbage'], 'week')).toMatchObject({
      baseline: { label: '2025-W13', from: '2025-03-24', to: '2025-03-30' },
      current: { label: '2025-W14' },
    });
    expect(lastCompletePeriods(days('2025-01-15', '2025-06-30'), 'quarter')).toMatchObject({
      baseline: { label: '2025-Q1' },
      current: { label: '2025-Q2' },
    });
  });
  it('takes calendar years, the latest only when the data reaches 31 December', () => {
    expect(lastCompletePeriods(days('2023-06-01', '2024-12-31'), 'year')).toEqual({
      baseline: { from: '2023-01-01', to: '2023-12-31', label: '2023' },
      current: { from: '2024-01-01', to: '2024-12-31', label: '2024' },
    });
    // 2025 is incomplete (data ends 30 December): 2024 against 2023.
    expect(lastCompletePeriods(days('2023-12-31', '2025-12-30'), 'year')).toMatchObject({ baseline: { label: '2023' }, current: { label: '2024' } });
    expect(lastCompletePeriods(days('2024-01-01', '2024-12-31'), 'year')).toBeNull();
  });
  it('is null without dates or without data before the current period', () => {
    expect(lastCompletePeriods([null], 'month')).toBeNull();
    expect(lastCompletePeriods(days('2025-04-01', '2025-04-30'), 'month')).toBeNull();
  });
});
