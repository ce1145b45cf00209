/**
 * `analyze`: collect (read → … → sentiment) → themes over all analysed rows → KPIs overall, per
 * segment and per theme, theme impact and ranking → an AnalyzeReport. `buildReport` is the pure
 * second half, so it can be tested on hand-built rows and themes.
 */
import { createImpactCalculator, delightScore, painScore, rankThemes, summarizeAspects, themeLean } from '../kpi/index.js';
import type { ImpactEstimate, RankInput } from '../kpi/types.js';
import { defaultThresholds } from '../sentiment/index.js';
import { discoverThemes } from '../themes/index.js';
import type { ThemeModel } from '../themes/types.js';
import { collect, requireAnalysed, type AnalysedRow, type Collected } from './collect.js';
import { pickExamples } from './examples.js';
import { kpiSet, type KpiContext } from './kpis.js';
import { SCHEMA_VERSION, type AnalyzeOptions, type AnalyzeReport, type Segment, type SegmentTheme, type ThemeReport } from './types.js';

/** Most values listed per --by column; the rest are pooled as "(other)". */
export const MAX_SEGMENT_VALUES = 50;
export const OTHER = '(other)';

export async function analyze(options: AnalyzeOptions): Promise<AnalyzeReport> {
  const collected = await collect({ ...options, redactValues: options.redact !== false });
  requireAnalysed(collected);
  const model = discoverThemes(collected.docs, options);
  return buildReport(collected, model, options);
}

type ReportInput = Pick<Collected, 'opened' | 'mapping' | 'ledger' | 'rows' | 'by' | 'warnings'>;

export function buildReport(collected: ReportInput, model: ThemeModel, options: Pick<AnalyzeOptions, 'thresholds' | 'examples' | 'redact'>): AnalyzeReport {
  const { rows, mapping } = collected;
  const thresholds = options.thresholds ?? defaultThresholds;
  const context: KpiContext = { mapping, thresholds };
  const analysed = rows.length;
  const warnings = [...collected.warnings];

  const impactOf = {
    nps: mapping.nps === null ? null : createImpactCalculator(rows.map((row) => row.nps), 'nps'),
    csat: mapping.csat === null ? null : createImpactCalculator(rows.map((row) => row.csat), 'csat', { scale: mapping.csatScale?.max ?? 5 }),
    rating: mapping.rating === null ? null : createImpactCalculator(rows.map((row) => row.rating), 'mean'),
  };

  type Draft = Omit<ThemeReport, 'rank' | 'examples'> & { readonly rankInput: RankInput };
  const drafts: Draft[] = model.themes.map((theme) => {
    const themeRows = theme.rows.map((index) => rows[index] as AnalysedRow);
    const aspects = summarizeAspects(theme.aspectScores, thresholds);
    const impact = {
      nps: impactOf.nps === null ? null : impactOf.nps(theme.rows),
      csat: impactOf.csat === null ? null : impactOf.csat(theme.rows),
      rating: impactOf.rating === null ? null : impactOf.rating(theme.rows),
    };
    const count = theme.rows.length;
    const share = analysed === 0 ? 0 : count / analysed;
    const rankImpact: ImpactEstimate | null = impact.nps ?? impact.csat;
    return {
      id: theme.id,
      label: theme.label,
      keywords: theme.keywords,
      parent: theme.parent,
      stage: theme.stage,
      origin: theme.origin,
      count,
      share,
      sentiment: { mean: aspects.mean, negativeShare: aspects.negativeShare },
      kpis: kpiSet(themeRows, context),
      impact,
      rankInput: {
        id: theme.id,
        count,
        share,
        meanSentiment: aspects.mean,
        negativeShare: aspects.negativeShare,
        positiveShare: aspects.positiveShare,
        impact: rankImpact,
      },
    };
  });

  const ranking = rankThemes(drafts.map((draft) => draft.rankInput));
  const painRank = new Map(ranking.painPoints.map((entry) => [entry.id, entry.rank]));
  const delightRank = new Map(ranking.delights.map((entry) => [entry.id, entry.rank]));
  const examples = options.examples ?? 3;
  const themes: ThemeReport[] = drafts.map((draft, index) => {
    const { rankInput, ...rest } = draft;
    return {
      ...rest,
      rank: {
        pain: painRank.get(draft.id) ?? null,
        delight: delightRank.get(draft.id) ?? null,
        painScore: painScore(rankInput),
        delightScore: delightScore(rankInput),
      },
      examples: pickExamples(model.themes[index]!, rows, model.nonAnswer, {
        count: examples,
        redact: options.redact !== false,
        lean: themeLean(rankInput),
      }),
    };
  });

  let nonAnswers = 0;
  for (const flag of model.nonAnswer) if (flag) nonAnswers += 1;
  if (model.themes.length === 0) warnings.push('no themes found: too few comments share their wording');
  if (mapping.nps === null) warnings.push('no NPS column found: NPS and theme impact on NPS are not computed (name the column with --nps)');

  return {
    schemaVersion: SCHEMA_VERSION,
    input: { ...collected.ledger.summary(collected.opened), nonAnswers },
    columns: mapping,
    kpis: kpiSet(rows, context),
    segments: collected.by.map((column, index) => segmentReport(column, index, rows, model, context, warnings)),
    themes,
    painPoints: ranking.painPoints.map((entry) => entry.id),
    delights: ranking.delights.map((entry) => entry.id),
    warnings,
  };
}

function segmentReport(
  column: string,
  byIndex: number,
  rows: readonly AnalysedRow[],
  model: ThemeModel,
  context: KpiContext,
  warnings: string[],
): Segment {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const value = row.by[byIndex] ?? '';
    let group = groups.get(value);
    if (group === undefined) groups.set(value, (group = []));
    group.push(index);
  });
  let ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (ordered.length > MAX_SEGMENT_VALUES) {
    const kept = ordered.slice(0, MAX_SEGMENT_VALUES - 1);
    const pooled = ordered.slice(MAX_SEGMENT_VALUES - 1).flatMap(([, indices]) => indices).sort((a, b) => a - b);
    warnings.push(`--by ${column}: ${ordered.length} distinct values; the ${ordered.length - kept.length} smallest are pooled as "${OTHER}"`);
    ordered = [...kept, [OTHER, pooled]];
  }
  const valueOf = new Map<number, number>(); // row index → position in `ordered`
  ordered.forEach(([, indices], position) => {
    for (const index of indices) valueOf.set(index, position);
  });
  // Per theme and segment value: count and sum of aspect scores.
  const counts = model.themes.map(() => new Float64Array(ordered.length));
  const sums = model.themes.map(() => new Float64Array(ordered.length));
  model.themes.forEach((theme, t) => {
    theme.rows.forEach((index, position) => {
      const value = valueOf.get(index);
      if (value === undefined) return;
      counts[t]![value]! += 1;
      sums[t]![value]! += theme.aspectScores[position] ?? 0;
    });
  });
  return {
    column,
    values: ordered.map(([value, indices], position) => {
      const themes: SegmentTheme[] = model.themes.map((theme, t) => {
        const count = counts[t]![position]!;
        return {
          id: theme.id,
          count,
          share: indices.length === 0 ? 0 : count / indices.length,
          sentiment: count === 0 ? null : sums[t]![position]! / count,
        };
      });
      return {
        value,
        n: indices.length,
        share: rows.length === 0 ? 0 : indices.length / rows.length,
        kpis: kpiSet(indices.map((index) => rows[index] as AnalysedRow), context),
        themes,
      };
    }),
  };
}
