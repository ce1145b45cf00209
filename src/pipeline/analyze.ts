/**
 * `analyze`: collect (read → … → sentiment) → themes over all analysed rows → KPIs overall, per
 * segment and per theme, theme impact and ranking → an AnalyzeReport. `buildReport` is the pure
 * second half, so it can be tested on hand-built rows and themes.
 */
import {
  chooseOutcome, createImpactCalculator, kpiSet, orderChildren, rankCost, rankThemes, ratingBands, sentimentEffect, summarizeAspects, themeVerdict, timeSeries,
  type KpiContext,
} from '../kpi/index.js';
import type { Outcome, RankInput, ThemeVerdict } from '../kpi/types.js';
import { DEFAULT_THRESHOLDS } from '../sentiment/index.js';
import { discoverThemes } from '../themes/index.js';
import type { ThemeModel } from '../themes/types.js';
import { collect, requireAnalysed, type Collected } from './collect.js';
import { pickExamples, type ExampleOptions } from './examples.js';
import { rereadExamples } from './reread-examples.js';
import { SCHEMA_VERSION, type AnalysedRows, type Example, type AnalyzeOptions, type AnalyzeReport, type Segment, type SegmentTheme, type ThemeReport } from './types.js';

/** Most values listed per --by column; the rest are pooled as "(other)". */
export const MAX_SEGMENT_VALUES = 50;
export const OTHER = '(other)';

export async function analyze(options: AnalyzeOptions): Promise<AnalyzeReport> {
  // A file is read again for its examples' texts (src/pipeline/reread-examples.ts); stdin cannot be, so its comments are kept.
  const collected = await collect({ ...options, redactValues: options.redact !== false, keepTexts: options.input.path === '-' });
  requireAnalysed(collected);
  const model = discoverThemes(collected.docs, options);
  const report = collected.rows.text === null ? await withRereadExamples(collected, model, options) : buildReport(collected, model, options);
  return options.series === true ? withSeries(report, collected, model, options) : report;
}

/** The report with each theme's examples from a second read of the file (the comments were not kept). */
async function withRereadExamples(collected: Collected, model: ThemeModel, options: AnalyzeOptions): Promise<AnalyzeReport> {
  const requests: ExampleOptions[] = [];
  const draft = buildReport(collected, model, options, (index, request) => {
    requests[index] = request;
    return [];
  });
  const picked = await rereadExamples({ input: options.input, mapping: collected.mapping, rows: collected.rows }, model, requests);
  return { ...draft, themes: draft.themes.map((theme, index) => ({ ...theme, examples: picked[index] ?? [] })) };
}

/** Adds the per-period series the HTML report draws (src/kpi/time-series.ts): top 5 pain points. */
function withSeries(report: AnalyzeReport, collected: Collected, model: ThemeModel, options: AnalyzeOptions): AnalyzeReport {
  const tracked = report.painPoints.slice(0, 5);
  const rowsOf = new Map(model.themes.map((theme) => [theme.id, theme.rows]));
  const context: KpiContext = { mapping: collected.mapping };
  const series = timeSeries(collected.rows, context, tracked, tracked.map((id) => rowsOf.get(id) ?? []));
  return series === null ? report : { ...report, series };
}

type ReportInput = Pick<Collected, 'opened' | 'mapping' | 'ledger' | 'rows' | 'by' | 'warnings'>;

/**
 * `examplesFor`: theme `index`'s examples as `request` asks; default: picked from the comments
 * `collected.rows` keeps.
 */
export function buildReport(
  collected: ReportInput,
  model: ThemeModel,
  options: Pick<AnalyzeOptions, 'thresholds' | 'examples' | 'redact'>,
  examplesFor: (index: number, request: ExampleOptions) => Example[] = (index, request) => pickExamples(model.themes[index]!, collected.rows, model.nonAnswer, request),
): AnalyzeReport {
  const { rows, mapping } = collected;
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const context: KpiContext = { mapping };
  const analysed = rows.length;
  const warnings = [...collected.warnings];
  const kpis = kpiSet(rows, context);
  const rankBy = chooseOutcome({
    nps: kpis.nps?.kind === 'estimate',
    csat: kpis.csat?.kind === 'estimate',
    rating: kpis.rating?.kind === 'estimate',
  });

  const impactOf = {
    nps: mapping.nps === null ? null : createImpactCalculator(rows.nps.subarray(0, analysed), 'nps'),
    csat: mapping.csat === null ? null : createImpactCalculator(rows.csat.subarray(0, analysed), 'csat', { scale: mapping.csatScale?.max ?? 5 }),
    rating: mapping.rating === null ? null : createImpactCalculator(rows.rating.subarray(0, analysed), 'mean'),
  };

  type Draft = Omit<ThemeReport, 'rank' | 'examples' | 'children'> & { readonly rankInput: RankInput };
  const drafts: Draft[] = model.themes.map((theme) => {
    const aspects = summarizeAspects(theme.aspectScores, thresholds);
    const count = theme.rows.length;
    const share = analysed === 0 ? 0 : count / analysed;
    const impact = {
      nps: impactOf.nps === null ? null : impactOf.nps(theme.rows),
      csat: impactOf.csat === null ? null : impactOf.csat(theme.rows),
      rating: impactOf.rating === null ? null : impactOf.rating(theme.rows),
      sentiment: sentimentEffect(theme.aspectScores, share),
    };
    const evidence = impact[rankBy];
    return {
      id: theme.id,
      label: theme.label,
      keywords: theme.keywords,
      ...(theme.describedBy === undefined ? {} : { describedBy: theme.describedBy }),
      parent: theme.parent,
      stage: theme.stage,
      origin: theme.origin,
      count,
      share,
      sentiment: { mean: aspects.mean, negativeShare: aspects.negativeShare, positiveShare: aspects.positiveShare },
      kpis: kpiSet(rows, context, theme.rows),
      impact,
      rankInput: {
        id: theme.id,
        count,
        effect: evidence === null || evidence.kind !== 'estimate' || evidence.ci95 === null ? null : { value: evidence.value, ci95: evidence.ci95 },
      },
    };
  });

  // Top-level themes are ranked; a theme whose parent is not in the model counts as top-level.
  const known = new Set(drafts.map((draft) => draft.id));
  const isTopLevel = (draft: Draft): boolean => draft.parent === null || !known.has(draft.parent);
  const ranking = rankThemes(drafts.filter(isTopLevel).map((draft) => draft.rankInput));
  const painRank = new Map(ranking.painPoints.map((entry) => [entry.id, entry.rank]));
  const delightRank = new Map(ranking.delights.map((entry) => [entry.id, entry.rank]));
  const verdicts = new Map(drafts.map((draft) => [draft.id, themeVerdict(draft.rankInput.effect)]));
  const childrenOf = new Map<string, RankInput[]>();
  for (const draft of drafts) {
    if (isTopLevel(draft)) continue;
    const siblings = childrenOf.get(draft.parent as string) ?? [];
    siblings.push(draft.rankInput);
    childrenOf.set(draft.parent as string, siblings);
  }

  const examples = options.examples ?? 3;
  const outcomeSide = scoreSide(rankBy, mapping, rows);
  const themes: ThemeReport[] = drafts.map((draft, index) => {
    const { rankInput, ...rest } = draft;
    const verdict = verdicts.get(draft.id) as ThemeVerdict;
    // Examples lean the theme's way; a mixed sub-theme leans its parent's way (it is listed under it).
    const shown = verdict === 'mixed' && !isTopLevel(draft) ? (verdicts.get(draft.parent as string) ?? 'mixed') : verdict;
    return {
      ...rest,
      children: orderChildren(childrenOf.get(draft.id) ?? [], verdict),
      rank: {
        verdict,
        pain: painRank.get(draft.id) ?? null,
        delight: delightRank.get(draft.id) ?? null,
        effect: rankInput.effect,
        cost: rankCost(rankInput),
      },
      examples: examplesFor(index, {
        count: examples,
        redact: options.redact !== false,
        lean: shown === 'pain' ? 'negative' : shown === 'delight' ? 'positive' : 'neutral',
        outcomeSide,
      }),
    };
  });

  let nonAnswers = 0;
  for (const flag of model.nonAnswer) if (flag) nonAnswers += 1;
  if (model.themes.length === 0) warnings.push('no themes found: too few comments name a common subject');
  if (mapping.nps === null && mapping.csat === null && mapping.rating === null) {
    warnings.push('no NPS, CSAT or rating column found: themes are ranked by sentiment (name a score column with --nps, --csat or --rating)');
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    input: { ...collected.ledger.summary(collected.opened), nonAnswers },
    columns: mapping,
    kpis,
    segments: collected.by.map((column, index) => segmentReport(column, index, rows, model, context, warnings)),
    rankBy,
    themes,
    painPoints: ranking.painPoints.map((entry) => entry.id),
    delights: ranking.delights.map((entry) => entry.id),
    mixed: ranking.mixed.map((entry) => entry.id),
    warnings,
  };
}

/**
 * Which way a row's score on the ranking outcome leans, for choosing examples: NPS detractor (0-6)
 * −1, promoter (9-10) +1; CSAT and rating in the low band −1, high band +1 (src/kpi ratingBands:
 * 1-2 and 4-5 on 1-5); otherwise, or ranked by sentiment, 0.
 */
function scoreSide(rankBy: Outcome, mapping: ReportInput['mapping'], rows: AnalysedRows): ((row: number) => -1 | 0 | 1) | undefined {
  const side = (value: number | undefined, bands: { readonly low: number; readonly high: number }): -1 | 0 | 1 =>
    value === undefined || Number.isNaN(value) ? 0 : value <= bands.low ? -1 : value >= bands.high ? 1 : 0;
  if (rankBy === 'nps') return (row) => side(rows.nps[row], { low: 6, high: 9 });
  if (rankBy === 'csat') {
    const bands = ratingBands({ min: 1, max: 5 });
    return (row) => side(rows.csat[row], bands);
  }
  if (rankBy === 'rating' && mapping.ratingScale !== null) {
    const bands = ratingBands(mapping.ratingScale);
    return (row) => side(rows.rating[row], bands);
  }
  return undefined;
}

function segmentReport(
  column: string,
  byIndex: number,
  rows: AnalysedRows,
  model: ThemeModel,
  context: KpiContext,
  warnings: string[],
): Segment {
  const groups = new Map<string, number[]>();
  const codes = rows.by[byIndex] ?? new Int32Array(rows.length);
  const values = rows.byValues[byIndex] ?? [];
  for (let index = 0; index < rows.length; index++) {
    const value = values[codes[index] as number] ?? '';
    let group = groups.get(value);
    if (group === undefined) groups.set(value, (group = []));
    group.push(index);
  }
  let ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (ordered.length > MAX_SEGMENT_VALUES) {
    const kept = ordered.slice(0, MAX_SEGMENT_VALUES - 1);
    const pooled = ordered.slice(MAX_SEGMENT_VALUES - 1).flatMap(([, indices]) => indices).sort((a, b) => a - b);
    warnings.push(`--by ${column}: ${ordered.length} distinct values; the ${ordered.length - kept.length} smallest are pooled as "${OTHER}"`);
    ordered = [...kept, [OTHER, pooled]];
  }
  const valueOf = new Int32Array(rows.length).fill(-1); // row index → position in `ordered`
  ordered.forEach(([, indices], position) => {
    for (const index of indices) valueOf[index] = position;
  });
  // Per theme and segment value: count and sum of aspect scores.
  const counts = model.themes.map(() => new Float64Array(ordered.length));
  const sums = model.themes.map(() => new Float64Array(ordered.length));
  model.themes.forEach((theme, t) => {
    theme.rows.forEach((index, position) => {
      const value = valueOf[index] ?? -1;
      if (value < 0) return;
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
        kpis: kpiSet(rows, context, indices),
        themes,
      };
    }),
  };
}
