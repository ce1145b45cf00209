import { benjaminiHochberg } from './benjamini-hochberg.js';
import { compareKpis } from './compare-kpis.js';
import { DRIVER_DEFAULTS, SIGNIFICANCE_LEVEL } from './sample-size.js';
import type { CompareKpisOptions, KpiRecord, SegmentKpiChange } from './types.js';

/** A segment column and its value per doc index ('' = empty cell). */
export type SegmentColumn = { readonly column: string; readonly values: readonly string[] };

/**
 * Rows of each side grouped by the column's value: the `limit` values with the most rows on the
 * two sides together (then by value), each with its baseline and current doc indices.
 */
export function segmentGroups(
  segment: SegmentColumn,
  baseline: readonly number[],
  current: readonly number[],
  limit: number = DRIVER_DEFAULTS.maxSegmentValues,
): { readonly groups: readonly { readonly value: string; readonly baseline: number[]; readonly current: number[] }[]; readonly omitted: number } {
  const groups = new Map<string, { value: string; baseline: number[]; current: number[] }>();
  const place = (indices: readonly number[], key: 'baseline' | 'current'): void => {
    for (const index of indices) {
      const value = segment.values[index] ?? '';
      let group = groups.get(value);
      if (group === undefined) groups.set(value, (group = { value, baseline: [], current: [] }));
      group[key].push(index);
    }
  };
  place(baseline, 'baseline');
  place(current, 'current');
  const ordered = [...groups.values()].sort(
    (a, b) => b.baseline.length + b.current.length - (a.baseline.length + a.current.length) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
  return { groups: ordered.slice(0, limit), omitted: Math.max(0, ordered.length - limit) };
}

/**
 * Where a change happened: each KPI's change inside each value of each segment column (compareKpis
 * on that value's rows: adjusted-Wald NPS difference, Newcombe/z or Fisher for shares, Welch for
 * means; volume left out), with q-values by Benjamini-Hochberg over every segment × KPI test of the
 * run and `significant` = q < 0.05. A value with too few rows on a side is kept, with
 * `insufficient: { needed }` and no test, so the reader sees it was too small rather than unchanged.
 *
 * Drill-down: a change with q < 0.05 that is no longer significant (p ≥ 0.05, same test) once the
 * rows of a more significant change in another column and the same KPI are set aside happened
 * through that segment: `explainedBy` names it and the change is not flagged (a drop planted in
 * one region also lowers every channel a little; it is reported where it happened). Changes are
 * checked in order of p, against the unexplained ones before them.
 *
 * Order: significant declines first, then significant improvements, then the rest; within each by
 * p ascending (untested last), then column, value and KPI as given.
 *
 * Cost: O(columns × (rows + values × KPIs)).
 */
export function segmentChanges(
  records: readonly KpiRecord[],
  segments: readonly SegmentColumn[],
  baseline: readonly number[],
  current: readonly number[],
  options: CompareKpisOptions & { readonly maxValues?: number } = {},
): SegmentKpiChange[] {
  type Draft = Omit<SegmentKpiChange, 'qValue' | 'significant' | 'explainedBy'> & { readonly position: number };
  const drafts: Draft[] = [];
  const pick = (indices: readonly number[]): KpiRecord[] => indices.map((index) => records[index] as KpiRecord);
  const rowsOf = new Map<string, { readonly baseline: readonly number[]; readonly current: readonly number[] }>();
  const key = (column: string, value: string): string => JSON.stringify([column, value]);
  for (const segment of segments) {
    const { groups } = segmentGroups(segment, baseline, current, options.maxValues);
    for (const group of groups) {
      rowsOf.set(key(segment.column, group.value), group);
      for (const kpi of compareKpis(pick(group.baseline), pick(group.current), options)) {
        if (kpi.name === 'volume') continue;
        const { significant: _significant, ...rest } = kpi;
        drafts.push({ ...rest, column: segment.column, value: group.value, position: drafts.length });
      }
    }
  }
  const tested = drafts.flatMap((draft, index) => (draft.pValue === null ? [] : [index]));
  const qValues = benjaminiHochberg(tested.map((index) => drafts[index]?.pValue as number));
  const qOf = new Map(tested.map((index, position) => [index, qValues[position] as number] as const));

  // Drill-down: a change that is no longer significant without the rows of a more significant change
  // in another column (same KPI) happened through that segment (a drop in one region shows in every
  // channel too). Checked in order of p; the first such segment explains it.
  const valuesOf = new Map(segments.map((segment) => [segment.column, segment.values] as const));
  const passing = tested.filter((index) => (qOf.get(index) as number) < SIGNIFICANCE_LEVEL).sort((a, b) => (drafts[a]?.pValue as number) - (drafts[b]?.pValue as number) || a - b);
  const primary: number[] = [];
  const explained = new Map<number, { readonly column: string; readonly value: string }>();
  // The KPIs of one value's rows without another value's rows, once per pair (every KPI shares them).
  const without = new Map<string, ReturnType<typeof compareKpis>>();
  const kpisWithout = (draft: Draft, cause: Draft): ReturnType<typeof compareKpis> => {
    const pair = `${key(draft.column, draft.value)}\u0000${key(cause.column, cause.value)}`;
    let kpis = without.get(pair);
    if (kpis === undefined) {
      const own = rowsOf.get(key(draft.column, draft.value)) as { readonly baseline: readonly number[]; readonly current: readonly number[] };
      const theirs = valuesOf.get(cause.column) as readonly string[];
      const keep = (i: number): boolean => theirs[i] !== cause.value;
      kpis = compareKpis(pick(own.baseline.filter(keep)), pick(own.current.filter(keep)), options);
      without.set(pair, kpis);
    }
    return kpis;
  };
  for (const index of passing) {
    const draft = drafts[index] as Draft;
    const by = primary.find((other) => {
      const cause = drafts[other] as Draft;
      if (cause.column === draft.column || cause.name !== draft.name) return false;
      const rest = kpisWithout(draft, cause).find((kpi) => kpi.name === draft.name);
      return rest === undefined || rest.pValue === null || rest.pValue >= SIGNIFICANCE_LEVEL;
    });
    if (by === undefined) primary.push(index);
    else explained.set(index, { column: (drafts[by] as Draft).column, value: (drafts[by] as Draft).value });
  }
  const changes = drafts.map((draft, index) => {
    const qValue = qOf.get(index) ?? null;
    const explainedBy = explained.get(index) ?? null;
    return { ...draft, qValue, significant: qValue !== null && qValue < SIGNIFICANCE_LEVEL && explainedBy === null, explainedBy };
  });
  const group = (change: (typeof changes)[number]): number =>
    change.significant ? (change.direction === 'worse' ? 0 : 1) : change.pValue === null ? 3 : 2;
  return changes
    .sort((a, b) => group(a) - group(b) || (a.pValue ?? 2) - (b.pValue ?? 2) || a.position - b.position)
    .map(({ position: _position, ...change }) => change);
}
