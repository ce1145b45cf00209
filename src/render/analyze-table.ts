/**
 * `cx analyze` for a person at a terminal: input summary, KPIs with intervals, ranked pain
 * points and delights with examples, segments. Comment text passes through terminalSafe.
 */
import type { ChalkInstance } from 'chalk';
import { terminalSafe } from '../escape/index.js';
import type { Estimate } from '../kpi/types.js';
import type { AnalyzeReport, Impact, KpiSet, ThemeReport } from '../pipeline/types.js';
import { fitColumns, makeTable, palette, spanWidth, type Column } from './_table.js';
import { countsText, estimateText, fixed, insufficient, KPI_UNITS, kpiInterval, kpiValue, percent, signed, truncate, type KpiName } from './format.js';
import type { RenderContext } from './types.js';

export function renderAnalyzeTable(report: AnalyzeReport, context: RenderContext): string {
  const c = palette(context.color);
  const width = Math.max(40, context.width);
  const top = context.top ?? 10;
  const parts: string[] = [];
  parts.push(inputSection(report, c));
  parts.push(kpiSection(report.kpis, c, width));
  parts.push(themeSection('Top pain points', report.painPoints, report, c, width, top, 'pain'));
  parts.push(themeSection('What delights customers', report.delights, report, c, width, top, 'delight'));
  for (const segment of report.segments) parts.push(segmentSection(segment, report, c, width));
  if (report.warnings.length > 0) {
    parts.push(`${c.bold('Warnings')}\n${report.warnings.map((w) => `  ${c.yellow('!')} ${terminalSafe(w)}`).join('\n')}`);
  }
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

function inputSection(report: AnalyzeReport, c: ChalkInstance): string {
  const input = report.input;
  const lines = [
    `${c.bold('cx analyze')} ${terminalSafe(input.file)}`,
    `  ${input.rows} records read, ${input.analyzed} analysed, ${input.skipped} skipped` +
      (input.skipped > 0 ? ` (${countsText(input.skippedByReason)})` : '') +
      (input.nonAnswers > 0 ? `; ${input.nonAnswers} non-answers kept out of themes` : ''),
  ];
  if (input.firstSkipped.length > 0) {
    const shown = input.firstSkipped.slice(0, 5).map((s) => `line ${s.line} ${s.reason}`);
    lines.push(c.dim(`  first skipped: ${shown.join(', ')}${input.skipped > shown.length ? ', …' : ''}`));
  }
  const invalid = Object.entries(input.invalidValues);
  if (invalid.length > 0) {
    const text = invalid.map(([kpi, reasons]) => `${kpi} (${countsText(reasons)})`).join('; ');
    lines.push(c.dim(`  invalid values dropped for that KPI only: ${terminalSafe(text)}`));
  }
  return lines.join('\n');
}

type KpiLine = { readonly kpi: KpiName; readonly estimate: Estimate };

export function kpiLines(kpis: KpiSet): KpiLine[] {
  const lines: KpiLine[] = [];
  if (kpis.nps !== null) lines.push({ kpi: 'nps', estimate: kpis.nps });
  if (kpis.csat !== null) lines.push({ kpi: 'csat', estimate: kpis.csat });
  if (kpis.ces !== null) lines.push({ kpi: 'ces', estimate: kpis.ces });
  if (kpis.rating !== null) lines.push({ kpi: 'rating', estimate: kpis.rating });
  lines.push({ kpi: 'sentimentMean', estimate: kpis.sentiment.mean });
  lines.push({ kpi: 'negativeShare', estimate: kpis.sentiment.negativeShare });
  lines.push({ kpi: 'positiveShare', estimate: kpis.sentiment.positiveShare });
  return lines;
}

function kpiSection(kpis: KpiSet, c: ChalkInstance, width: number): string {
  const table = makeTable(
    [
      { head: 'KPI', width: 20 },
      { head: 'value', width: 10, align: 'right' },
      { head: '95% CI', width: null },
      { head: 'n', width: 9, align: 'right' },
    ],
    Math.min(width, 72),
    c.bold,
    true,
  );
  for (const { kpi, estimate } of kpiLines(kpis)) {
    if (estimate.kind === 'insufficient') {
      table.push([KPI_UNITS[kpi].label, { content: c.dim(insufficient(estimate)), colSpan: 2, hAlign: 'left' }, String(estimate.n)]);
    } else {
      table.push([KPI_UNITS[kpi].label, kpiValue(kpi, estimate.value), kpiInterval(kpi, estimate.ci95), String(estimate.n)]);
    }
  }
  return `${c.bold('KPIs')}\n${table.toString()}`;
}

export function impactText(impact: Impact | null, decimals = 1): string {
  if (impact === null) return '';
  if (impact.kind === 'insufficient') return `n<${impact.needed}`;
  const interval = impact.ci95 === null ? '' : ` (${signed(impact.ci95[0], decimals)} to ${signed(impact.ci95[1], decimals)})`;
  return `${signed(impact.value, decimals)}${interval}`;
}

type Cell = string;
type ThemeColumn = Column & { readonly cell: (theme: ThemeReport) => Cell };

function themeSection(
  title: string,
  ids: readonly string[],
  report: AnalyzeReport,
  c: ChalkInstance,
  width: number,
  top: number,
  kind: 'pain' | 'delight',
): string {
  if (ids.length === 0) return `${c.bold(title)}\n  ${c.dim('none found')}`;
  const byId = new Map(report.themes.map((theme) => [theme.id, theme]));
  const hasNps = report.kpis.nps !== null;
  let position = 0;
  const columns = fitColumns<ThemeColumn>(
    [
      { head: '#', width: 4, align: 'right', cell: () => String(position) },
      { head: 'theme', width: null, cell: (theme) => themeLabel(theme, c, byId) },
      { head: 'count', width: 7, align: 'right', drop: 2, cell: (theme) => String(theme.count) },
      { head: 'share', width: 8, align: 'right', cell: (theme) => percent(theme.share) },
      {
        head: 'sentiment',
        width: 16,
        align: 'right',
        drop: 1,
        cell: (theme) => `${fixed(theme.sentiment.mean, 2)} ${c.dim(`${percent(theme.sentiment.negativeShare, 0)} neg`)}`,
      },
      ...(hasNps ? [{ head: 'NPS impact (95% CI)', width: 23, drop: 3, cell: (theme: ThemeReport) => colourImpact(theme.impact.nps, c, kind) }] : []),
    ],
    width,
  );
  const table = makeTable(columns, width, c.bold);
  const inner = spanWidth(table);
  const shown = ids.slice(0, top);
  const quoted = new Set<number>();
  for (const id of shown) {
    const theme = byId.get(id);
    if (theme === undefined) continue;
    position += 1;
    table.push(columns.map((column) => column.cell(theme)));
    const examples = freshExamples(theme.examples, quoted, 2);
    if (examples.length > 0) {
      const text = examples.map((example) => `“${truncate(terminalSafe(example.text), Math.max(10, inner - 2))}”`).join('\n');
      table.push([{ content: c.dim(text), colSpan: columns.length, wordWrap: false, hAlign: 'left' }]);
    }
  }
  const more = ids.length > shown.length ? `\n  ${c.dim(`… ${ids.length - shown.length} more in --format json`)}` : '';
  return `${c.bold(title)}\n${table.toString()}${more}`;
}

/**
 * Up to `count` examples not quoted yet in this section (a sub-theme listed after its parent often
 * shares its examples); falls back to the theme's own first examples when all were shown.
 */
function freshExamples<T extends { readonly line: number }>(examples: readonly T[], quoted: Set<number>, count: number): T[] {
  const fresh = examples.filter((example) => !quoted.has(example.line)).slice(0, count);
  const chosen = fresh.length > 0 ? fresh : examples.slice(0, count);
  for (const example of chosen) quoted.add(example.line);
  return chosen;
}

function themeLabel(theme: ThemeReport, c: ChalkInstance, byId: ReadonlyMap<string, ThemeReport>): string {
  const parent = theme.parent === null ? undefined : byId.get(theme.parent);
  const label = (parent === undefined ? '' : c.dim(`${terminalSafe(parent.label)} › `)) + terminalSafe(theme.label);
  const origin = theme.origin === 'emerging' ? c.dim(' (emerging)') : '';
  const stage = theme.stage === null ? '' : c.dim(` [${theme.stage}]`);
  return `${label}${stage}${origin}`;
}

function colourImpact(impact: Impact | null, c: ChalkInstance, kind: 'pain' | 'delight'): string {
  if (impact === null) return '';
  const text = impactText(impact);
  if (impact.kind === 'insufficient' || !impact.significant) return c.dim(text);
  const hurts = impact.value < 0;
  void kind;
  return hurts ? c.red(text) : c.green(text);
}

type SegmentValue = AnalyzeReport['segments'][number]['values'][number];
type SegmentColumn = Column & { readonly cell: (value: SegmentValue) => Cell };

function segmentSection(segment: AnalyzeReport['segments'][number], report: AnalyzeReport, c: ChalkInstance, width: number): string {
  const labels = new Map(report.themes.map((theme) => [theme.id, theme.label]));
  const topTheme = (value: SegmentValue): string => {
    const best = [...value.themes].sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
    return best === undefined || best.count === 0 ? '' : `${terminalSafe(labels.get(best.id) ?? best.id)} ${c.dim(percent(best.share, 0))}`;
  };
  const longest = Math.max(segment.column.length, 7, ...segment.values.map((v) => Array.from(v.value).length));
  const valueWidth = Math.min(24, longest + 2);
  const columns = fitColumns<SegmentColumn>(
    [
      { head: terminalSafe(segment.column), width: valueWidth, cell: (v) => terminalSafe(v.value === '' ? '(blank)' : v.value) },
      { head: 'n', width: 8, align: 'right', cell: (v) => String(v.n) },
      ...(report.kpis.nps !== null ? [{ head: 'NPS (95% CI)', width: 24, cell: (v: SegmentValue) => shortEstimate('nps', v.kpis.nps, c) }] : []),
      ...(report.kpis.csat !== null
        ? [{ head: 'CSAT', width: 9, align: 'right' as const, drop: 2, cell: (v: SegmentValue) => shortEstimate('csat', v.kpis.csat, c, false) }]
        : []),
      { head: 'sentiment', width: 11, align: 'right', drop: 3, cell: (v) => shortEstimate('sentimentMean', v.kpis.sentiment.mean, c, false) },
      { head: 'top theme', width: null, drop: 1, cell: topTheme },
    ],
    width,
  );
  const table = makeTable(columns, width, c.bold, true);
  for (const value of segment.values) table.push(columns.map((column) => column.cell(value)));
  return `${c.bold(`By ${terminalSafe(segment.column)}`)}\n${table.toString()}`;
}

function shortEstimate(kpi: KpiName, estimate: Estimate | null, c: ChalkInstance, withInterval = true): string {
  if (estimate === null) return '';
  if (estimate.kind === 'insufficient') return c.dim(`n<${estimate.needed}`);
  if (!withInterval || estimate.ci95 === null) return kpiValue(kpi, estimate.value);
  return `${kpiValue(kpi, estimate.value)} ${c.dim(`(${kpiInterval(kpi, estimate.ci95)})`)}`;
}

export { estimateText };
