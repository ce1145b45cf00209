/**
 * The "where and why" of a delta (issue 20): the KPI changes inside each segment value, the mix/rate
 * decomposition per segment column, and the themes behind the headline KPI's change with example
 * comments from the current side. The statistics are src/delta's; this file picks the inputs.
 */
import { DRIVER_DEFAULTS, kpiCoder, segmentChanges, segmentDecomposition, segmentGroups, themeDrivers, type CodedKpi, type SegmentColumn } from '../delta/index.js';
import type { CompareKpisOptions, DeltaReport, KpiDelta, KpiRecord, ThemeDriver } from '../delta/types.js';
import type { ThemeModel } from '../themes/types.js';
import { pickExamples } from './examples.js';
import type { AnalysedRows } from './types.js';

/** The KPI the "why" explains: the first of these with a tested change. */
const HEADLINE: readonly CodedKpi[] = ['nps', 'csat', 'rating', 'sentiment'];

export type WhereAndWhyInput = {
  readonly records: readonly KpiRecord[];
  readonly rows: AnalysedRows;
  readonly model: ThemeModel;
  readonly segments: readonly SegmentColumn[];
  readonly baseline: readonly number[];
  readonly current: readonly number[];
  readonly kpis: readonly KpiDelta[];
  readonly kpiOptions: CompareKpisOptions;
  /** Notes for the reader (segment columns with more values than are tested). */
  readonly warnings: string[];
};

export function whereAndWhy(input: WhereAndWhyInput): Pick<DeltaReport, 'where' | 'decomposition' | 'drivers'> {
  const { records, segments, baseline, current, kpis, kpiOptions } = input;
  const limit = DRIVER_DEFAULTS.maxSegmentValues;
  for (const segment of segments) {
    const { omitted } = segmentGroups(segment, baseline, current, limit);
    const note = `segment ${segment.column}: ${omitted + limit} values; the ${limit} largest are tested one by one (all count in the mix/rate decomposition)`;
    if (omitted > 0 && !input.warnings.includes(note)) input.warnings.push(note);
  }
  return {
    where: segmentChanges(records, segments, baseline, current, { ...kpiOptions, maxValues: limit }),
    decomposition: segmentDecomposition(records, segments, baseline, current, kpis, { ...kpiOptions, maxValues: limit }),
    drivers: drivers(input),
  };
}

function drivers(input: WhereAndWhyInput): ThemeDriver[] {
  const headline = HEADLINE.find((name) => input.kpis.some((kpi) => kpi.name === name && kpi.delta !== null));
  if (headline === undefined) return [];
  const code = kpiCoder(headline, input.kpiOptions);
  const values = input.records.map(code);
  const topLevel = input.model.themes.filter((theme) => theme.parent === null);
  const changeSignificant = input.kpis.some((kpi) => kpi.name === headline && kpi.significant);
  const drafts = themeDrivers({ kpi: headline, themes: topLevel, values, baseline: input.baseline, current: input.current, changeSignificant });
  const byId = new Map(topLevel.map((theme) => [theme.id, theme] as const));
  const onCurrent = new Uint8Array(input.rows.length);
  for (const index of input.current) onCurrent[index] = 1;
  const kBar = midpoint(input.kpis, headline);
  return drafts.map((draft) => {
    const theme = draft.id === null ? undefined : byId.get(draft.id);
    if (theme === undefined) return { ...draft, examples: [] };
    // The theme's comments on the current side, quoted the way the contribution points.
    const positions: number[] = [];
    for (let position = 0; position < theme.rows.length && positions.length < DRIVER_DEFAULTS.exampleCandidates; position++) {
      if (onCurrent[theme.rows[position] as number] === 1) positions.push(position);
    }
    const current = { ...theme, rows: positions.map((p) => theme.rows[p] as number), aspectScores: positions.map((p) => theme.aspectScores[p] as number) };
    const worse = draft.contribution.value < 0;
    const examples = pickExamples(current, input.rows, input.model.nonAnswer, {
      count: DRIVER_DEFAULTS.examples,
      redact: true,
      lean: worse ? 'negative' : 'positive',
      outcomeSide: (index) => {
        const value = values[index] ?? null;
        if (value === null || kBar === null) return 0;
        return value < kBar ? -1 : value > kBar ? 1 : 0;
      },
    });
    return { ...draft, examples: examples.map((example) => example.text) };
  });
}

/** (K₁ + K₂)/2 of the headline KPI: a comment above it pulls the KPI up. */
function midpoint(kpis: readonly KpiDelta[], name: CodedKpi): number | null {
  const kpi = kpis.find((entry) => entry.name === name);
  if (kpi === undefined || kpi.baseline.value === null || kpi.current.value === null) return null;
  return (kpi.baseline.value + kpi.current.value) / 2;
}
