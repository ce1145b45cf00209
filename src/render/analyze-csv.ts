/**
 * `cx analyze --format csv`: the theme table, one row per theme (CSV-injection-safe cells).
 * Rows are nested like the report: pain points in rank order, then delights, then mixed themes,
 * each top-level theme followed by its sub-themes (`parent` set, `path` "Parent › sub-theme").
 */
import { csvRow } from '../escape/index.js';
import type { AnalyzeReport, Estimate, Impact } from '../pipeline/types.js';
import { nestedThemes } from './format.js';

export const ANALYZE_CSV_COLUMNS = [
  'id', 'label', 'parent', 'path', 'stage', 'origin', 'verdict', 'pain_rank', 'delight_rank', 'rank_by', 'effect', 'effect_low', 'effect_high', 'cost',
  'count', 'share', 'sentiment_mean', 'negative_share', 'positive_share',
  'nps', 'nps_n', 'csat', 'csat_n', 'rating', 'rating_n',
  'nps_impact', 'nps_impact_low', 'nps_impact_high', 'csat_impact', 'csat_impact_low', 'csat_impact_high',
  'rating_impact', 'rating_impact_low', 'rating_impact_high',
  'keywords', 'example_1', 'example_2', 'example_3',
] as const;

export function renderAnalyzeCsv(report: AnalyzeReport): string {
  const lines = [csvRow([...ANALYZE_CSV_COLUMNS])];
  const byId = new Map(report.themes.map((theme) => [theme.id, theme]));
  for (const theme of nestedThemes(report)) {
    const examples = theme.examples.map((example) => example.text);
    const parent = theme.parent === null ? undefined : byId.get(theme.parent);
    lines.push(
      csvRow([
        theme.id, theme.label, theme.parent, parent === undefined ? theme.label : `${parent.label} › ${theme.label}`, theme.stage, theme.origin,
        theme.rank.verdict, theme.rank.pain, theme.rank.delight, report.rankBy,
        theme.rank.effect?.value, theme.rank.effect?.ci95[0], theme.rank.effect?.ci95[1], theme.rank.cost,
        theme.count, theme.share, theme.sentiment.mean, theme.sentiment.negativeShare, theme.sentiment.positiveShare,
        value(theme.kpis.nps), n(theme.kpis.nps), value(theme.kpis.csat), n(theme.kpis.csat), value(theme.kpis.rating), n(theme.kpis.rating),
        ...impactCells(theme.impact.nps), ...impactCells(theme.impact.csat),
        ...impactCells(theme.impact.rating),
        theme.keywords.join('; '), examples[0], examples[1], examples[2],
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

const value = (estimate: Estimate | null): number | null => (estimate !== null && estimate.kind === 'estimate' ? estimate.value : null);
const n = (estimate: Estimate | null): number | null => (estimate === null ? null : estimate.n);

function impactCells(impact: Impact | null): [number | null, number | null, number | null] {
  if (impact === null || impact.kind !== 'estimate') return [null, null, null];
  return [impact.value, impact.ci95[0], impact.ci95[1]];
}
