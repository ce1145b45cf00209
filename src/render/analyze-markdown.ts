/** `cx analyze --format md`: a Markdown report (GitHub-flavoured tables); comment text escaped. */
import { markdownCell } from '../escape/index.js';
import type { AnalyzeReport, KpiSet, ThemeReport } from '../pipeline/types.js';
import { impactText, kpiLines } from './analyze-table.js';
import { countsText, fixed, insufficient, KPI_UNITS, kpiInterval, kpiValue, percent, truncate } from './format.js';
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
  out.push('', '## KPIs', '', ...kpiTable(report.kpis));
  out.push('', '## Top pain points', '', ...themeTable(report.painPoints.slice(0, top), report));
  out.push('', '## What delights customers', '', ...themeTable(report.delights.slice(0, top), report));
  for (const segment of report.segments) {
    out.push('', `## By ${markdownCell(segment.column)}`, '');
    out.push('| value | n | NPS | CSAT | sentiment | % negative |', '|---|---:|---:|---:|---:|---:|');
    for (const value of segment.values) {
      const k = value.kpis;
      out.push(
        `| ${markdownCell(value.value === '' ? '(blank)' : value.value)} | ${value.n} | ${short('nps', k.nps)} | ${short('csat', k.csat)} | ${short('sentimentMean', k.sentiment.mean)} | ${short('negativeShare', k.sentiment.negativeShare)} |`,
      );
    }
  }
  if (report.warnings.length > 0) out.push('', '## Warnings', '', ...report.warnings.map((w) => `- ${markdownCell(w)}`));
  return `${out.join('\n')}\n`;
}

function kpiTable(kpis: KpiSet): string[] {
  const rows = ['| KPI | value | 95% CI | n |', '|---|---:|---|---:|'];
  for (const { kpi, estimate } of kpiLines(kpis)) {
    rows.push(
      estimate.kind === 'insufficient'
        ? `| ${KPI_UNITS[kpi].label} | ${insufficient(estimate)} |  | ${estimate.n} |`
        : `| ${KPI_UNITS[kpi].label} | ${kpiValue(kpi, estimate.value)} | ${kpiInterval(kpi, estimate.ci95)} | ${estimate.n} |`,
    );
  }
  return rows;
}

function themeTable(ids: readonly string[], report: AnalyzeReport): string[] {
  if (ids.length === 0) return ['None found.'];
  const byId = new Map(report.themes.map((theme) => [theme.id, theme]));
  const hasNps = report.kpis.nps !== null;
  const rows = [
    `| # | theme | count | share | sentiment | % negative |${hasNps ? ' NPS impact (95% CI) |' : ''} examples |`,
    `|---:|---|---:|---:|---:|---:|${hasNps ? '---|' : ''}---|`,
  ];
  ids.forEach((id, index) => {
    const theme = byId.get(id) as ThemeReport;
    const examples = theme.examples.map((example) => `“${markdownCell(truncate(example.text, 160))}”`).join('<br>');
    const impact = hasNps ? ` ${impactText(theme.impact.nps)}${isSignificant(theme.impact.nps) ? ' *' : ''} |` : '';
    const parent = theme.parent === null ? undefined : byId.get(theme.parent);
    const label = (parent === undefined ? '' : `${markdownCell(parent.label)} › `) + markdownCell(theme.label);
    rows.push(
      `| ${index + 1} | ${label} | ${theme.count} | ${percent(theme.share)} | ${fixed(theme.sentiment.mean, 2)} | ${percent(theme.sentiment.negativeShare)} |${impact} ${examples} |`,
    );
  });
  if (hasNps) rows.push('', '\\* the interval excludes 0 (significant at the 5% level).');
  return rows;
}

function short(kpi: Parameters<typeof kpiValue>[0], estimate: KpiSet['nps']): string {
  if (estimate === null) return '';
  if (estimate.kind === 'insufficient') return `n<${estimate.needed}`;
  return kpiValue(kpi, estimate.value);
}

function isSignificant(impact: ThemeReport['impact']['nps']): boolean {
  return impact !== null && impact.kind === 'estimate' && impact.significant;
}
