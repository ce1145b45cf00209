/**
 * `cx delta` for people: KPI changes with arrows and a verdict per KPI ("worse"/"better" judged
 * by each KPI's polarity, so a rise in % negative is worse), significant changes highlighted and
 * insignificant ones greyed; then themes by status; then the words behind the change.
 * Also the Markdown and CSV forms. JSON is renderJson.
 */
import type { ChalkInstance } from 'chalk';
import type { DeltaReport, KpiDelta, ThemeDelta } from '../delta/types.js';
import { csvRow, markdownCell, terminalSafe } from '../escape/index.js';
import type { DeltaBySegmentOutput, DeltaOutput } from '../pipeline/delta.js';
import { fitColumns, makeTable, palette, type Column } from './_table.js';
import { fixed, signed } from './format.js';
import type { RenderContext } from './types.js';

type AnyDelta = DeltaOutput | DeltaBySegmentOutput;
const comparisonsOf = (output: AnyDelta): readonly DeltaReport[] => ('comparisons' in output ? output.comparisons : [output]);

export const KPI_NAMES: Readonly<Record<KpiDelta['name'], string>> = {
  nps: 'NPS',
  csat: 'CSAT top-2-box',
  ces: 'CES mean',
  rating: 'Rating mean',
  ratingLow: 'Low ratings',
  sentiment: 'Sentiment mean',
  negative: '% negative',
  volume: 'Volume (rows)',
};

const DECIMALS: Readonly<Record<KpiDelta['unit'], number>> = { points: 1, percent: 1, scale: 2, rows: 0 };

function kpiValue(kpi: KpiDelta, value: number | null): string {
  if (value === null) return '-';
  return `${fixed(value, DECIMALS[kpi.unit])}${kpi.unit === 'percent' ? '%' : ''}`;
}

function kpiChange(kpi: KpiDelta, value: number): string {
  return `${signed(value, DECIMALS[kpi.unit])}${kpi.unit === 'percent' ? ' pp' : ''}`;
}

export function arrow(delta: number | null): string {
  if (delta === null || delta === 0) return '→';
  return delta > 0 ? '↑' : '↓';
}

export function pText(p: number | null): string {
  if (p === null) return '';
  return p < 0.001 ? '<0.001' : fixed(p, 3);
}

/** 'worse', 'better', 'no significant change', or the insufficient-data note. */
export function verdict(kpi: KpiDelta): string {
  if (kpi.insufficient !== undefined) return `insufficient data, need n≥${kpi.insufficient.needed}`;
  if (kpi.name === 'volume') return '';
  if (!kpi.significant) return 'not significant';
  return kpi.direction === 'unchanged' ? 'changed' : kpi.direction;
}

function paint(c: ChalkInstance, kpi: KpiDelta, text: string): string {
  if (!kpi.significant) return c.dim(text);
  return kpi.direction === 'worse' ? c.red.bold(text) : kpi.direction === 'better' ? c.green.bold(text) : text;
}

function paintTheme(c: ChalkInstance, theme: ThemeDelta, text: string): string {
  if (theme.worsening) return c.red.bold(text);
  if (theme.significant || theme.status === 'new' || theme.status === 'gone') return c.green(text);
  return c.dim(text);
}

function sideText(side: DeltaReport['baseline']): string {
  const dates =
    side.from === null || side.label.includes(side.from) ? '' : side.from === side.to ? ` (${side.from})` : ` (${side.from} to ${side.to})`;
  return `${side.label}${dates}, n=${side.n}`;
}

const STATUS_ORDER: readonly ThemeDelta['status'][] = ['rising', 'new', 'falling', 'gone'];

export function renderDeltaTable(output: AnyDelta, context: RenderContext): string {
  const c = palette(context.color);
  const width = Math.max(40, context.width);
  const parts = comparisonsOf(output).map((report) => comparisonTable(report, c, width, context.top ?? 10));
  if (output.warnings.length > 0) parts.push(`${c.bold('Warnings')}\n${output.warnings.map((w) => `  ${c.yellow('!')} ${terminalSafe(w)}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}

type KpiColumn = Column & { readonly cell: (kpi: KpiDelta) => string };
type ThemeColumn = Column & { readonly cell: (theme: ThemeDelta) => string };

function comparisonTable(report: DeltaReport, c: ChalkInstance, width: number, top: number): string {
  const out: string[] = [
    `${c.bold('cx delta')}  baseline: ${terminalSafe(sideText(report.baseline))}`,
    `          current:  ${terminalSafe(sideText(report.current))}`,
  ];
  const kpiColumns = fitColumns<KpiColumn>(
    [
      { head: 'KPI', width: 16, cell: (kpi) => KPI_NAMES[kpi.name] },
      { head: 'baseline', width: 14, align: 'right', cell: (kpi) => `${kpiValue(kpi, kpi.baseline.value)} ${c.dim(`n=${kpi.baseline.n}`)}` },
      { head: 'current', width: 14, align: 'right', cell: (kpi) => `${kpiValue(kpi, kpi.current.value)} ${c.dim(`n=${kpi.current.n}`)}` },
      { head: 'change', width: 12, align: 'right', cell: (kpi) => (kpi.delta === null ? '' : paint(c, kpi, `${arrow(kpi.delta)} ${kpiChange(kpi, kpi.delta)}`)) },
      { head: '95% CI', width: 16, drop: 2, cell: (kpi) => (kpi.ci95 === null ? '' : c.dim(`${signed(kpi.ci95[0], DECIMALS[kpi.unit])} to ${signed(kpi.ci95[1], DECIMALS[kpi.unit])}`)) },
      { head: 'p', width: 9, align: 'right', drop: 1, cell: (kpi) => c.dim(pText(kpi.pValue)) },
      { head: 'verdict', width: null, cell: (kpi) => paint(c, kpi, verdict(kpi)) },
    ],
    width,
  );
  const kpiTable = makeTable(kpiColumns, width, c.bold, true);
  for (const kpi of report.kpis) kpiTable.push(kpiColumns.map((column) => column.cell(kpi)));
  out.push('', c.bold('KPIs'), kpiTable.toString());

  const changed = report.themes.filter((theme) => theme.status !== 'stable');
  const stable = report.themes.length - changed.length;
  out.push('', c.bold('Themes'));
  if (changed.length === 0) {
    out.push(`  ${c.dim(`no theme changed significantly after Benjamini-Hochberg correction (${stable} themes stable or too small to test)`)}`);
  } else {
    const themeColumns = fitColumns<ThemeColumn>(
      [
        { head: 'status', width: 10, cell: (theme) => paintTheme(c, theme, theme.status + (theme.worsening ? ' ✗' : '')) },
        { head: 'theme', width: null, cell: (theme) => terminalSafe(theme.label) },
        { head: 'baseline', width: 15, align: 'right', cell: (theme) => `${fixed(theme.baseline.share * 100, 1)}% ${c.dim(`(${theme.baseline.count})`)}` },
        { head: 'current', width: 15, align: 'right', cell: (theme) => `${fixed(theme.current.share * 100, 1)}% ${c.dim(`(${theme.current.count})`)}` },
        { head: 'change', width: 13, align: 'right', cell: (theme) => (theme.delta === null ? '' : paintTheme(c, theme, `${arrow(theme.delta)} ${signed(theme.delta, 1)} pp`)) },
        { head: '95% CI', width: 20, drop: 1, cell: (theme) => (theme.ci95 === null ? '' : c.dim(`${signed(theme.ci95[0], 1)} to ${signed(theme.ci95[1], 1)}`)) },
        { head: 'q', width: 8, align: 'right', drop: 2, cell: (theme) => c.dim(pText(theme.qValue)) },
      ],
      width,
    );
    const table = makeTable(themeColumns, width, c.bold, true);
    const ordered = [...changed].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
    for (const theme of ordered.slice(0, top * 2)) table.push(themeColumns.map((column) => column.cell(theme)));
    out.push(table.toString());
    if (stable > 0) out.push(`  ${c.dim(`${stable} other themes stable or too small to test`)}`);
  }

  const terms = (list: DeltaReport['terms']['overRepresented']): string =>
    list.length === 0 ? c.dim('none') : list.map((term) => `${terminalSafe(term.term)} ${c.dim(`(z ${signed(term.z, 1)})`)}`).join(', ');
  out.push('', c.bold('Words behind the change'));
  out.push(`  more often now: ${terms(report.terms.overRepresented)}`);
  out.push(`  less often now: ${terms(report.terms.underRepresented)}`);
  return out.join('\n');
}

export function renderDeltaMarkdown(output: AnyDelta): string {
  const out: string[] = [];
  for (const report of comparisonsOf(output)) {
    out.push(`# What changed: ${markdownCell(report.current.label)} vs ${markdownCell(report.baseline.label)}`, '');
    out.push(`- Baseline: ${markdownCell(sideText(report.baseline))}`, `- Current: ${markdownCell(sideText(report.current))}`, '');
    out.push('## KPIs', '', '| KPI | baseline | n | current | n | change | 95% CI | p | verdict |', '|---|---:|---:|---:|---:|---:|---|---:|---|');
    for (const kpi of report.kpis) {
      const change = kpi.delta === null ? '' : `${arrow(kpi.delta)} ${kpiChange(kpi, kpi.delta)}`;
      const ci = kpi.ci95 === null ? '' : `${kpiChange(kpi, kpi.ci95[0])} to ${kpiChange(kpi, kpi.ci95[1])}`;
      const v = verdict(kpi);
      out.push(
        `| ${KPI_NAMES[kpi.name]} | ${kpiValue(kpi, kpi.baseline.value)} | ${kpi.baseline.n} | ${kpiValue(kpi, kpi.current.value)} | ${kpi.current.n} | ${change} | ${ci} | ${pText(kpi.pValue)} | ${kpi.significant ? `**${v}**` : v} |`,
      );
    }
    out.push('', '## Themes', '', '| status | theme | baseline | current | change (pp) | 95% CI | q |', '|---|---|---:|---:|---:|---|---:|');
    for (const theme of report.themes) {
      out.push(
        `| ${theme.worsening ? `**${theme.status}**` : theme.status} | ${markdownCell(theme.label)} | ${fixed(theme.baseline.share * 100, 1)}% (${theme.baseline.count}) | ${fixed(theme.current.share * 100, 1)}% (${theme.current.count}) | ${theme.delta === null ? '' : `${arrow(theme.delta)} ${signed(theme.delta, 1)}`} | ${theme.ci95 === null ? '' : `${signed(theme.ci95[0], 1)} to ${signed(theme.ci95[1], 1)}`} | ${pText(theme.qValue)} |`,
      );
    }
    const list = (terms: DeltaReport['terms']['overRepresented']): string =>
      terms.length === 0 ? 'none' : terms.map((term) => `${markdownCell(term.term)} (z ${signed(term.z, 1)})`).join(', ');
    out.push('', '## Words behind the change', '', `- More often now: ${list(report.terms.overRepresented)}`, `- Less often now: ${list(report.terms.underRepresented)}`, '');
  }
  if (output.warnings.length > 0) out.push('## Warnings', '', ...output.warnings.map((w) => `- ${markdownCell(w)}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

export const DELTA_CSV_COLUMNS = [
  'comparison', 'kind', 'name', 'label', 'baseline_value', 'baseline_n', 'current_value', 'current_n', 'delta', 'ci_low', 'ci_high',
  'p_value', 'q_value', 'significant', 'verdict',
] as const;

/** KPI rows then theme rows; shares and their delta in percentage points. */
export function renderDeltaCsv(output: AnyDelta): string {
  const lines = [csvRow([...DELTA_CSV_COLUMNS])];
  for (const report of comparisonsOf(output)) {
    const name = report.current.label;
    for (const kpi of report.kpis) {
      lines.push(
        csvRow([
          name, 'kpi', kpi.name, KPI_NAMES[kpi.name], kpi.baseline.value, kpi.baseline.n, kpi.current.value, kpi.current.n,
          kpi.delta, kpi.ci95?.[0], kpi.ci95?.[1], kpi.pValue, null, kpi.significant,
          kpi.insufficient !== undefined ? 'insufficient' : kpi.significant ? kpi.direction : 'unchanged',
        ]),
      );
    }
    for (const theme of report.themes) {
      lines.push(
        csvRow([
          name, 'theme', theme.id, theme.label, theme.baseline.share * 100, theme.baseline.count, theme.current.share * 100, theme.current.count,
          theme.delta, theme.ci95?.[0], theme.ci95?.[1], theme.pValue, theme.qValue, theme.significant, theme.status,
        ]),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
