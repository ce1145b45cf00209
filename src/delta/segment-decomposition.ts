import { kpiCoder, type CodedKpi } from './kpi-coding.js';
import { kitagawa, type CellMoments, type KitagawaCell } from './kitagawa.js';
import { segmentGroups, type SegmentColumn } from './segment-changes.js';
import type { CompareKpisOptions, KpiDecomposition, KpiDelta, KpiRecord } from './types.js';

/**
 * Mix or real change: for each segment column and each KPI with an overall change (`kpis` with a
 * delta), the change split by kitagawa() into mix and rate, over every value of the column (the
 * `maxValues` largest; the rest pooled as one value '…' so the parts still sum), on the rows with a
 * value for the KPI, each coded by kpiCoder (NPS: promoter +100, detractor −100, so the
 * decomposition of NPS is exact). Segment parts ordered by |mix| descending, then value.
 */
export function segmentDecomposition(
  records: readonly KpiRecord[],
  segments: readonly SegmentColumn[],
  baseline: readonly number[],
  current: readonly number[],
  kpis: readonly KpiDelta[],
  options: CompareKpisOptions & { readonly maxValues?: number } = {},
): KpiDecomposition[] {
  const out: KpiDecomposition[] = [];
  const tested = kpis.filter((kpi): kpi is KpiDelta & { name: CodedKpi } => kpi.name !== 'volume' && kpi.delta !== null);
  for (const segment of segments) {
    const { groups } = segmentGroups(segment, baseline, current, Number.MAX_SAFE_INTEGER);
    const limit = options.maxValues ?? Number.MAX_SAFE_INTEGER;
    for (const kpi of tested) {
      const code = kpiCoder(kpi.name, options);
      const moments = (indices: readonly number[]): CellMoments => {
        let n = 0;
        let sum = 0;
        let sumSquares = 0;
        for (const index of indices) {
          const y = code(records[index] as KpiRecord);
          if (y === null) continue;
          n += 1;
          sum += y;
          sumSquares += y * y;
        }
        return { n, sum, sumSquares };
      };
      const cells: KitagawaCell[] = groups.slice(0, limit).map((group) => ({ key: group.value, baseline: moments(group.baseline), current: moments(group.current) }));
      if (groups.length > limit) {
        const rest = groups.slice(limit);
        cells.push({ key: '…', baseline: moments(rest.flatMap((g) => g.baseline)), current: moments(rest.flatMap((g) => g.current)) });
      }
      const n1 = cells.reduce((total, cell) => total + cell.baseline.n, 0);
      const n2 = cells.reduce((total, cell) => total + cell.current.n, 0);
      if (n1 === 0 || n2 === 0) continue;
      const result = kitagawa(cells);
      out.push({
        column: segment.column,
        kpi: kpi.name,
        unit: kpi.unit,
        polarity: kpi.polarity,
        baseline: result.baseline,
        current: result.current,
        change: result.change,
        mix: result.mix,
        rate: result.rate,
        method: 'delta-method',
        segments: [...result.parts]
          .sort((a, b) => Math.abs(b.mix) - Math.abs(a.mix) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
          .map((part) => ({ value: part.key, baseline: part.baseline, current: part.current, mix: part.mix, rate: part.rate })),
      });
    }
  }
  return out;
}
