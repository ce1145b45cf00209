/**
 * `cx delta` for people: KPI changes with arrows and a verdict per KPI ("worse"/"better" judged
 * by each KPI's polarity, so a rise in % negative is worse), significant changes highlighted and
 * insignificant ones greyed; then the theme changes, worse first and never cut (src/render/
 * delta-order.ts); then the words behind the change (|z| ≥ 1.96). Fits 80 columns: below 100
 * it drops the n, p and q cells (they stay in md/csv/json) rather than wrapping.
 * Also the Markdown and CSV forms. JSON is renderJson.
 */
import type { ChalkInstance } from 'chalk';
import type { DeltaReport, KpiDelta, ThemeDelta } from '../delta/types.js';
import { csvRow, markdownCell, terminalSafe } from '../escape/index.js';
import type { DeltaBySegmentOutput, DeltaOutput } from '../pipeline/types.js';
import { fitColumns, makeTable, palette, type Column } from './_table.js';
import { changeText, MIN_TERM_Z, orderThemeChanges, outwardInterval, themeGroup } from './delta-order.js';
import { wrap } from './delta-fit.js';
import { whereMarkdownSections, whereTableSections } from './delta-where.js';
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
  const group = themeGroup(theme);
  if (group === 'worse') return c.red.bold(text);
  if (group === 'better') return c.green(text);
  if (group === 'stable') return c.dim(text);
  return text;
}

function sideText(side: DeltaReport['baseline']): string {
  const dates =
    side.from === null || side.label.includes(side.from) ? '' : side.from === side.to ? ` (${side.from})` : ` (${side.from} to ${side.to})`;
  return `${side.label}${dates}, n=${side.n}`;
}

/** Widths from which the delta table shows n per side, p- and q-values and long verdicts. */
const WIDE = 100;

/** Short verdicts for narrow terminals, explained in a line under the table. */
function shortVerdict(kpi: KpiDelta): string {
  if (kpi.insufficient !== undefined) return 'too few';
  if (kpi.name === 'volume') return '';
  if (!kpi.significant) return 'n.s.';
  return kpi.direction === 'unchanged' ? 'changed' : kpi.direction;
}

export function renderDeltaTable(output: AnyDelta, context: RenderContext): string {
  const c = palette(context.color);
  const width = Math.max(40, context.width);
  const parts = comparisonsOf(output).map((report) => comparisonTable(report, c, width, context.top ?? 10));
  if (output.warnings.length > 0) parts.push(`${c.bold('Warnings')}\n${output.warnings.map((w) => `  ${c.yellow('!')} ${wrap(terminalSafe(w), width, '    ').slice(4)}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}

type KpiColumn = Column & { readonly cell: (kpi: KpiDelta) => string };
type ThemeColumn = Column & { readonly cell: (theme: ThemeDelta) => string };

const interval = (ci: readonly [number, number] | null, decimals: number): string => (ci === null ? '' : outwardInterval(ci, decimals).join(' to '));

function comparisonTable(report: DeltaReport, c: ChalkInstance, width: number, top: number): string {
  const wide = width >= WIDE;
  const out: string[] = [
    `${c.bold('cx delta')}  baseline: ${terminalSafe(sideText(report.baseline))}`,
    `          current:  ${terminalSafe(sideText(report.current))}`,
  ];
  const side = (kpi: KpiDelta, which: 'baseline' | 'current'): string =>
    wide ? `${kpiValue(kpi, kpi[which].value)} ${c.dim(`n=${kpi[which].n}`)}` : kpiValue(kpi, kpi[which].value);
  const kpiColumns = fitColumns<KpiColumn>(
    [
      { head: 'KPI', width: 16, cell: (kpi) => KPI_NAMES[kpi.name] },
      { head: 'baseline', width: wide ? 14 : 10, align: 'right', cell: (kpi) => side(kpi, 'baseline') },
      { head: 'current', width: wide ? 14 : 10, align: 'right', cell: (kpi) => side(kpi, 'current') },
      { head: 'change', width: wide ? 12 : 11, align: 'right', cell: (kpi) => (kpi.delta === null ? '' : paint(c, kpi, changeText(kpi.delta, DECIMALS[kpi.unit], kpi.unit === 'percent' ? ' pp' : ''))) },
      { head: '95% CI', width: 17, drop: 2, cell: (kpi) => c.dim(interval(kpi.ci95, DECIMALS[kpi.unit])) },
      ...(wide ? [{ head: 'p', width: 9, align: 'right' as const, drop: 1, cell: (kpi: KpiDelta) => c.dim(pText(kpi.pValue)) }] : []),
      { head: 'verdict', width: wide ? null : 9, cell: (kpi) => paint(c, kpi, wide ? verdict(kpi) : shortVerdict(kpi)) },
    ],
    width,
  );
  const kpiTable = makeTable(kpiColumns, width, c.bold, true);
  for (const kpi of report.kpis) kpiTable.push(kpiColumns.map((column) => column.cell(kpi)));
  out.push('', c.bold('KPIs'), kpiTable.toString());
  if (!wide) {
    const needed = report.kpis.find((kpi) => kpi.insufficient !== undefined)?.insufficient?.needed;
    const notes = ['n.s. = no significant change (95%)', ...(needed === undefined ? [] : [`too few = under ${needed} answers on a side`]), 'n and p per KPI: --format md'];
    out.push(c.dim(wrapList('  ', notes, width, ';')));
  }

  const listed = orderThemeChanges(report.themes.filter((theme) => themeGroup(theme) !== 'stable'));
  const quiet = report.themes.length - listed.length;
  out.push('', c.bold('Themes'));
  if (listed.length === 0) {
    out.push(`  ${c.dim(`no theme changed significantly after Benjamini-Hochberg correction (${quiet} themes stable or too small to test)`)}`);
  } else {
    // Every significant worsening is shown; the other changes up to `top`, the rest counted.
    const worse = listed.filter((theme) => themeGroup(theme) === 'worse');
    const others = listed.filter((theme) => themeGroup(theme) !== 'worse');
    const shown = [...worse, ...others.slice(0, top)];
    const share = (theme: ThemeDelta, which: 'baseline' | 'current'): string =>
      wide ? `${fixed(theme[which].share * 100, 1)}% ${c.dim(`(${theme[which].count})`)}` : `${fixed(theme[which].share * 100, 1)}%`;
    const themeColumns = fitColumns<ThemeColumn>(
      [
        { head: 'verdict', width: 9, cell: (theme) => paintTheme(c, theme, themeGroup(theme)) },
        { head: 'theme', width: null, cell: (theme) => terminalSafe(theme.label) },
        { head: 'baseline', width: wide ? 15 : 10, align: 'right', cell: (theme) => share(theme, 'baseline') },
        { head: 'current', width: wide ? 15 : 10, align: 'right', cell: (theme) => share(theme, 'current') },
        { head: 'change', width: 12, align: 'right', cell: (theme) => (theme.delta === null ? '' : paintTheme(c, theme, changeText(theme.delta, 1, ' pp'))) },
        { head: '95% CI', width: 17, drop: 2, cell: (theme) => c.dim(interval(theme.ci95, 1)) },
        ...(wide ? [{ head: 'q', width: 8, align: 'right' as const, drop: 1, cell: (theme: ThemeDelta) => c.dim(pText(theme.qValue)) }] : []),
      ],
      width,
    );
    const table = makeTable(themeColumns, width, c.bold, true);
    for (const theme of shown) table.push(themeColumns.map((column) => column.cell(theme)));
    out.push(table.toString());
    const hidden = listed.length - shown.length;
    if (hidden > 0) out.push(c.dim(wrap(`${hidden} more changes (better, new or gone) not shown; all ${listed.length} are in --format md, csv or json`, width, '  ')));
    if (quiet > 0) out.push(`  ${c.dim(`${quiet} other themes stable or too small to test`)}`);
  }

  const terms = (list: DeltaReport['terms']['overRepresented']): string[] => {
    const strong = list.filter((term) => Math.abs(term.z) >= MIN_TERM_Z);
    return strong.length === 0 ? [c.dim('none at |z| ≥ 1.96')] : strong.map((term) => `${terminalSafe(term.term)} ${c.dim(`(z ${signed(term.z, 1)})`)}`);
  };
  out.push('', c.bold('Words behind the change'));
  out.push(wrapList('  more often now: ', terms(report.terms.overRepresented), width));
  out.push(wrapList('  less often now: ', terms(report.terms.underRepresented), width));
  out.push(...whereTableSections(report, c, width, top));
  return out.join('\n');
}

// eslint-disable-next-line no-control-regex
const VISIBLE = (text: string): number => Array.from(text.replace(/\u001b\[[0-9;]*m/g, '')).length;

/** 'prefix a, b, c' wrapped to `width`, continuation lines indented under the first item. */
function wrapList(prefix: string, items: readonly string[], width: number, separator = ','): string {
  const lines: string[] = [];
  let line = prefix;
  items.forEach((item, index) => {
    const piece = index < items.length - 1 ? `${item}${separator}` : item;
    const fresh = line === prefix || line.trim() === '';
    if (!fresh && VISIBLE(line) + 1 + VISIBLE(piece) > width) {
      lines.push(line);
      line = ' '.repeat(prefix.length) + piece;
    } else {
      line += (fresh ? '' : ' ') + piece;
    }
  });
  lines.push(line);
  return lines.join('\n');
}

export function renderDeltaMarkdown(output: AnyDelta): string {
  const out: string[] = [];
  for (const report of comparisonsOf(output)) {
    out.push(`# What changed: ${markdownCell(report.current.label)} vs ${markdownCell(report.baseline.label)}`, '');
    out.push(`- Baseline: ${markdownCell(sideText(report.baseline))}`, `- Current: ${markdownCell(sideText(report.current))}`, '');
    out.push('## KPIs', '', '| KPI | baseline | n | current | n | change | 95% CI | p | verdict |', '|---|---:|---:|---:|---:|---:|---|---:|---|');
    for (const kpi of report.kpis) {
      const change = kpi.delta === null ? '' : changeText(kpi.delta, DECIMALS[kpi.unit], kpi.unit === 'percent' ? ' pp' : '');
      const ci = interval(kpi.ci95, DECIMALS[kpi.unit]);
      const v = verdict(kpi);
      out.push(
        `| ${KPI_NAMES[kpi.name]} | ${kpiValue(kpi, kpi.baseline.value)} | ${kpi.baseline.n} | ${kpiValue(kpi, kpi.current.value)} | ${kpi.current.n} | ${change} | ${ci} | ${pText(kpi.pValue)} | ${kpi.significant ? `**${v}**` : v} |`,
      );
    }
    out.push('', '## Themes', '', 'Worse first, then better, then new and gone, then the rest.', '', '| verdict | status | theme | baseline | current | change (pp) | 95% CI | q |', '|---|---|---|---:|---:|---:|---|---:|');
    for (const theme of orderThemeChanges(report.themes)) {
      const group = themeGroup(theme);
      out.push(
        `| ${group === 'worse' ? '**worse**' : group} | ${theme.status} | ${markdownCell(theme.label)} | ${fixed(theme.baseline.share * 100, 1)}% (${theme.baseline.count}) | ${fixed(theme.current.share * 100, 1)}% (${theme.current.count}) | ${theme.delta === null ? '' : changeText(theme.delta, 1)} | ${interval(theme.ci95, 1)} | ${pText(theme.qValue)} |`,
      );
    }
    const list = (terms: DeltaReport['terms']['overRepresented']): string => {
      const strong = terms.filter((term) => Math.abs(term.z) >= MIN_TERM_Z);
      return strong.length === 0 ? 'none at |z| ≥ 1.96' : strong.map((term) => `${markdownCell(term.term)} (z ${signed(term.z, 1)})`).join(', ');
    };
    out.push('', '## Words behind the change', '', `- More often now: ${list(report.terms.overRepresented)}`, `- Less often now: ${list(report.terms.underRepresented)}`, '');
    out.push(...whereMarkdownSections(report));
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
