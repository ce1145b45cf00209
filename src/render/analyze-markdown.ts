/** `cx analyze --format md`: a Markdown report (GitHub-flavoured tables); comment text escaped. */
import { markdownCell } from '../escape/index.js';
import type { AnalyzeReport, KpiSet, ThemeReport } from '../pipeline/types.js';
import { kpiLines, outcomeImpact } from './analyze-table.js';
import { countsText, effectText, fixed, insufficient, kpiInterval, kpiValue, OUTCOME_UNITS, percent, truncate } from './format.js';
import type { RenderContext } from './types.js';

export function renderAnalyzeMarkdown(report: AnalyzeReport, context: RenderContext): string {
  const top = context.top ?? 10;
  const input = report.input;
  const out: string[] = [];
  out.push(`# Feedback analysis: ${markdownCell(input.file)}`, '');
  out.push(
    `${input.rows} records read, ${input.analyzed} analysed, ${input.skipped} skipped` +
      (input.skipped > 0 ? ` (${markdownCell(countsText(input.skippedByReason))})` : '') +
      `; ${input.nonAnswers} non-answers.`,
  );
  if (input.firstSkipped.length > 0) {
    out.push('', `First skipped: ${input.firstSkipped.map((s) => `line ${s.line} (${markdownCell(s.reason)})`).join(', ')}.`);
  }
  const invalid = Object.entries(input.invalidValues);
  if (invalid.length > 0) {
    out.push('', `Invalid values dropped for that KPI only: ${invalid.map(([kpi, reasons]) => `${markdownCell(kpi)} (${markdownCell(countsText(reasons))})`).join('; ')}.`);
  }
  out.push('', '## KPIs', '', ...kpiTable(report));
  const unit = OUTCOME_UNITS[report.rankBy];
  out.push('', `Themes are ranked by their ${unit.head} (${unit.unit}); a pain point's 95% interval is below 0, a delight's above 0.`);
  out.push('', '## Top pain points', '', ...themeTable(report.painPoints.slice(0, top), report));
  out.push('', '## What delights customers', '', ...themeTable(report.delights.slice(0, top), report));
  if (report.mixed.length > 0) {
    out.push('', '## Neither pain point nor delight', '', 'The 95% interval includes 0, or too few scores to tell.', '', ...themeTable(report.mixed.slice(0, top), report));
  }
  for (const segment of report.segments) {
    out.push('', `## By ${markdownCell(segment.column)}`, '');
    const hasRating = report.kpis.rating !== null;
    out.push(
      `| value | n | NPS | CSAT |${hasRating ? ' rating |' : ''} sentiment | % negative |`,
      `|---|---:|---:|---:|${hasRating ? '---:|' : ''}---:|---:|`,
    );
    for (const value of segment.values) {
      const k = value.kpis;
      out.push(
        `| ${markdownCell(value.value === '' ? '(blank)' : value.value)} | ${value.n} | ${short('nps', k.nps)} | ${short('csat', k.csat)} |${hasRating ? ` ${short('rating', k.rating)} |` : ''} ${short('sentimentMean', k.sentiment.mean)} | ${short('negativeShare', k.sentiment.negativeShare)} |`,
      );
    }
  }
  if (report.warnings.length > 0) out.push('', '## Warnings', '', ...report.warnings.map((w) => `- ${markdownCell(w)}`));
  return `${out.join('\n')}\n`;
}

function kpiTable(report: AnalyzeReport): string[] {
  const rows = ['| KPI | value | 95% CI | n |', '|---|---:|---|---:|'];
  for (const { kpi, label, estimate } of kpiLines(report.kpis, report.rankBy, report.columns.ratingScale)) {
    rows.push(
      estimate.kind === 'insufficient'
        ? `| ${label} | ${insufficient(estimate)} |  | ${estimate.n} |`
        : `| ${label} | ${kpiValue(kpi, estimate.value)} | ${kpiInterval(kpi, estimate.ci95)} | ${estimate.n} |`,
    );
  }
  return rows;
}

/** One row per top-level theme, then its sub-themes as "Parent › sub-theme" rows (all of them). */
function themeTable(ids: readonly string[], report: AnalyzeReport): string[] {
  if (ids.length === 0) return ['None whose 95% interval excludes 0.'];
  const byId = new Map(report.themes.map((theme) => [theme.id, theme]));
  const unit = OUTCOME_UNITS[report.rankBy];
  const rows = [
    `| # | theme | count | share | sentiment | % negative | ${unit.head} (95% CI) | examples |`,
    '|---:|---|---:|---:|---:|---:|---|---|',
  ];
  const row = (theme: ThemeReport, position: string, label: string): string => {
    const examples = theme.examples.map((example) => `“${markdownCell(truncate(example.text, 160))}”`).join('<br>');
    const effect = effectText(outcomeImpact(theme, report.rankBy), unit.decimals);
    const mark = theme.rank.verdict === 'mixed' ? '' : ' *';
    return `| ${position} | ${label} | ${theme.count} | ${percent(theme.share)} | ${fixed(theme.sentiment.mean, 2)} | ${percent(theme.sentiment.negativeShare)} | ${effect}${effect === '' ? '' : mark} | ${examples} |`;
  };
  ids.forEach((id, index) => {
    const theme = byId.get(id);
    if (theme === undefined) return;
    rows.push(row(theme, String(index + 1), `**${markdownCell(theme.label)}**`));
    for (const childId of theme.children) {
      const child = byId.get(childId);
      if (child !== undefined) rows.push(row(child, '', `${markdownCell(theme.label)} › ${markdownCell(child.label)}`));
    }
  });
  rows.push('', '\\* the 95% interval excludes 0 (significant at the 5% level).');
  return rows;
}

function short(kpi: Parameters<typeof kpiValue>[0], estimate: KpiSet['nps']): string {
  if (estimate === null) return '';
  if (estimate.kind === 'insufficient') return `n<${estimate.needed}`;
  return kpiValue(kpi, estimate.value);
}
