/** `cx analyze --format csv`: the theme table, one row per theme (CSV-injection-safe cells). */
import { csvRow } from '../escape/index.js';
import type { Estimate } from '../kpi/types.js';
import type { AnalyzeReport, Impact } from '../pipeline/types.js';

export const ANALYZE_CSV_COLUMNS = [
  'id', 'label', 'parent', 'stage', 'origin', 'count', 'share', 'sentiment_mean', 'negative_share',
  'nps', 'nps_n', 'csat', 'csat_n', 'nps_impact', 'nps_impact_low', 'nps_impact_high', 'nps_impact_significant',
  'csat_impact', 'pain_rank', 'delight_rank', 'pain_score', 'delight_score', 'keywords', 'example_1', 'example_2', 'example_3',
] as const;

export function renderAnalyzeCsv(report: AnalyzeReport): string {
  const lines = [csvRow([...ANALYZE_CSV_COLUMNS])];
  for (const theme of report.themes) {
    const examples = theme.examples.map((example) => example.text);
    lines.push(
      csvRow([
        theme.id, theme.label, theme.parent, theme.stage, theme.origin, theme.count, theme.share,
        theme.sentiment.mean, theme.sentiment.negativeShare,
        value(theme.kpis.nps), n(theme.kpis.nps), value(theme.kpis.csat), n(theme.kpis.csat),
        impact(theme.impact.nps)?.value, impact(theme.impact.nps)?.ci95[0], impact(theme.impact.nps)?.ci95[1],
        impact(theme.impact.nps)?.significant,
        impact(theme.impact.csat)?.value, theme.rank.pain, theme.rank.delight, theme.rank.painScore, theme.rank.delightScore,
        theme.keywords.join('; '), examples[0], examples[1], examples[2],
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

const value = (estimate: Estimate | null): number | null => (estimate !== null && estimate.kind === 'estimate' ? estimate.value : null);
const n = (estimate: Estimate | null): number | null => (estimate === null ? null : estimate.n);
type Measured = Extract<Impact, { kind: 'estimate' }>;
const impact = (x: Impact | null): Measured | undefined => (x !== null && x.kind === 'estimate' ? x : undefined);
