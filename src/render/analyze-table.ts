/**
 * `cx analyze` for a person at a terminal: input summary, KPIs with intervals, ranked pain
 * points and delights with examples, segments. Comment text passes through terminalSafe.
 */
import type { ChalkInstance } from 'chalk';
import { terminalSafe } from '../escape/index.js';
import type { AnalyzeReport, Estimate, Impact, KpiSet, Outcome, ThemeReport } from '../pipeline/types.js';
import { fitColumns, makeTable, palette, spanWidth, type Column } from './_table.js';
import {
  countsText,
  effectText,
  estimateText,
  fixed,
  insufficient,
  KPI_UNITS,
  kpiInterval,
  kpiValue,
  OUTCOME_UNITS,
  percent,
  ratingBandLabels,
  signed,
  truncate,
  type KpiName,
} from './format.js';
import type { RenderContext } from './types.js';

export function renderAnalyzeTable(report: AnalyzeReport, context: RenderContext): string {
  const c = palette(context.color);
  const width = Math.max(40, context.width);
  const top = context.top ?? 10;
  const parts: string[] = [];
  parts.push(inputSection(report, c, width));
  parts.push(kpiSection(report, c, width));
  parts.push(themeSection('Top pain points', report.painPoints, report, c, width, top, 'pain'));
  parts.push(themeSection('What delights customers', report.delights, report, c, width, top, 'delight'));
  // With nothing significant either way (a small export), the themes are still shown in full.
  parts.push(
    report.painPoints.length === 0 && report.delights.length === 0 && report.mixed.length > 0
      ? themeSection('Themes (none significant either way yet)', report.mixed, report, c, width, top, 'mixed')
      : mixedSection(report, c, width),
  );
  for (const segment of report.segments) parts.push(segmentSection(segment, report, c, width));
  if (report.warnings.length > 0) {
    parts.push(`${c.bold('Warnings')}\n${report.warnings.map((w) => `  ${c.yellow('!')} ${terminalSafe(w)}`).join('\n')}`);
  }
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

/**
 * The row ledger: records read, analysed and skipped (with reasons and first lines), values dropped
 * for one KPI. This is the one place a terminal user sees it (the CLI need not repeat it on stderr).
 */
function inputSection(report: AnalyzeReport, c: ChalkInstance, width: number): string {
  const input = report.input;
  const lines = [
    `${c.bold('cx analyze')} ${terminalSafe(input.file)}`,
    ...wrap(
      `${input.rows} records read, ${input.analyzed} analysed, ${input.skipped} skipped` +
        (input.skipped > 0 ? ` (${countsText(input.skippedByReason)})` : '') +
        (input.nonAnswers > 0 ? `; ${input.nonAnswers} non-answers kept out of themes` : '') +
        `; themes ranked by ${OUTCOME_UNITS[report.rankBy].head}`,
      width,
    ),
  ];
  if (input.firstSkipped.length > 0) {
    const shown = input.firstSkipped.slice(0, 5).map((s) => `line ${s.line} ${s.reason}`);
    lines.push(...wrap(`first skipped: ${shown.join(', ')}${input.skipped > shown.length ? ', …' : ''}`, width).map((line) => c.dim(line)));
  }
  const invalid = Object.entries(input.invalidValues);
  if (invalid.length > 0) {
    const text = invalid.map(([kpi, reasons]) => `${kpi} (${countsText(reasons)})`).join('; ');
    lines.push(...wrap(`invalid values dropped for that KPI only: ${terminalSafe(text)}`, width).map((line) => c.dim(line)));
  }
  return lines.join('\n');
}

type KpiLine = { readonly kpi: KpiName; readonly label: string; readonly estimate: Estimate };

/**
 * The KPI lines of a report, the ranking outcome first: NPS, CSAT, rating (mean, then the shares
 * of low and high ratings) in that order of preference, then CES and sentiment.
 */
export function kpiLines(kpis: KpiSet, rankBy: Outcome = 'nps', ratingScale: { readonly min: number; readonly max: number } | null = null): KpiLine[] {
  const bands = ratingBandLabels(ratingScale);
  const groups: Record<'nps' | 'csat' | 'rating', KpiLine[]> = { nps: [], csat: [], rating: [] };
  const line = (kpi: KpiName, estimate: Estimate | null, label = KPI_UNITS[kpi].label): KpiLine[] => (estimate === null ? [] : [{ kpi, label, estimate }]);
  groups.nps = line('nps', kpis.nps);
  groups.csat = line('csat', kpis.csat);
  groups.rating = [
    ...line('rating', kpis.rating, ratingScale === null ? 'Rating (mean)' : `Rating (mean, ${ratingScale.min}-${ratingScale.max})`),
    ...line('ratingLow', kpis.ratingLow, `Rated ${bands.low}`),
    ...line('ratingHigh', kpis.ratingHigh, `Rated ${bands.high}`),
  ];
  const order: ('nps' | 'csat' | 'rating')[] = rankBy === 'csat' ? ['csat', 'nps', 'rating'] : rankBy === 'rating' ? ['rating', 'nps', 'csat'] : ['nps', 'csat', 'rating'];
  return [
    ...order.flatMap((name) => groups[name]),
    ...line('ces', kpis.ces),
    ...line('sentimentMean', kpis.sentiment.mean),
    ...line('negativeShare', kpis.sentiment.negativeShare),
    ...line('positiveShare', kpis.sentiment.positiveShare),
  ];
}

function kpiSection(report: AnalyzeReport, c: ChalkInstance, width: number): string {
  const table = makeTable(
    [
      { head: 'KPI', width: 22 },
      { head: 'value', width: 9, align: 'right' },
      { head: '95% CI', width: null },
      { head: 'n', width: 9, align: 'right' },
    ],
    Math.min(width, 72),
    c.bold,
    true,
  );
  for (const { kpi, label, estimate } of kpiLines(report.kpis, report.rankBy, report.columns.ratingScale)) {
    if (estimate.kind === 'insufficient') {
      table.push([label, { content: c.dim(insufficient(estimate)), colSpan: 2, hAlign: 'left' }, String(estimate.n)]);
    } else {
      table.push([label, kpiValue(kpi, estimate.value), kpiInterval(kpi, estimate.ci95), String(estimate.n)]);
    }
  }
  return `${c.bold('KPIs')}\n${table.toString()}`;
}

type Cell = string;
type ThemeColumn = Column & { readonly cell: (line: ThemeLine) => Cell };
/** One line of a theme block: the top-level theme (with its position) or one of its sub-themes. */
type ThemeLine = { readonly theme: ThemeReport; readonly parent: ThemeReport | null; readonly position: number | null };

/** Sub-themes shown under each top-level theme in the table (the rest are in --format json/csv). */
const CHILDREN_SHOWN = 3;
/** Narrowest theme column: below this the interval is shortened, then optional columns dropped. */
const MIN_THEME_WIDTH = 28;

/** The theme's effect on the ranking outcome (impact on NPS/CSAT/rating, or the sentiment effect). */
export function outcomeImpact(theme: ThemeReport, rankBy: Outcome): Impact | Estimate | null {
  return rankBy === 'sentiment' ? theme.impact.sentiment : theme.impact[rankBy];
}

/**
 * Pain points or delights, one block per top-level theme: the theme, then up to CHILDREN_SHOWN of
 * its sub-themes as "Parent › sub-theme" lines (those with a measured effect going the parent's way
 * or mixed; a sub-theme going the other way or with too few scores is left to the JSON), then one
 * or two example comments. The cost column is
 * the effect on the report's rankBy outcome with its 95% interval; it is always shown.
 */
function themeSection(
  title: string,
  ids: readonly string[],
  report: AnalyzeReport,
  c: ChalkInstance,
  width: number,
  top: number,
  kind: 'pain' | 'delight' | 'mixed',
): string {
  const unit = OUTCOME_UNITS[report.rankBy];
  if (ids.length === 0) return `${c.bold(title)}\n  ${c.dim(`none with a ${unit.head} whose 95% interval excludes 0`)}`;
  const byId = new Map(report.themes.map((theme) => [theme.id, theme]));
  const cost = (style: 'long' | 'short'): ThemeColumn => ({
    head: `${unit.head} (95% CI)`,
    // Widest cells: '-12.3 (-15.1 to -10.2)' / '-12.3 [-15.1,-10.2]'; stars and sentiment have 3 decimals.
    width: (style === 'long' ? 24 : 21) + (unit.decimals > 1 ? 3 : 0),
    cell: (line) => colourImpact(outcomeImpact(line.theme, report.rankBy), c, unit.decimals, style),
  });
  const base: ThemeColumn[] = [
    { head: '#', width: 4, align: 'right', cell: (line) => (line.position === null ? '' : String(line.position)) },
    { head: 'theme', width: null, cell: (line) => line.theme.label },
    { head: 'count', width: 7, align: 'right', drop: 2, cell: (line) => String(line.theme.count) },
    { head: 'share', width: 7, align: 'right', cell: (line) => percent(line.theme.share) },
    {
      head: 'sentiment',
      width: 16,
      align: 'right',
      drop: 1,
      cell: (line) => `${fixed(line.theme.sentiment.mean, 2)} ${c.dim(`${percent(line.theme.sentiment.negativeShare, 0)} neg`)}`,
    },
  ];
  const columns = chooseColumns(base, cost, width);
  const table = makeTable(columns, width, c.bold);
  const themeIndex = columns.findIndex((column) => column.head === 'theme');
  const themeWidth = (table.options.colWidths[themeIndex] ?? MIN_THEME_WIDTH) - 2;
  const inner = spanWidth(table);
  const shown = ids.slice(0, top);
  const quoted = new Set<number>();
  let position = 0;
  for (const id of shown) {
    const theme = byId.get(id);
    if (theme === undefined) continue;
    position += 1;
    const children = theme.children
      .map((child) => byId.get(child))
      // Sub-themes with too few scores to measure, or going the other way, are left to --format json/csv/md.
      .filter(
        (child): child is ThemeReport =>
          child !== undefined && (kind === 'mixed' || (child.rank.effect !== null && child.rank.verdict !== (kind === 'pain' ? 'delight' : 'pain'))),
      )
      .slice(0, CHILDREN_SHOWN);
    const lines: ThemeLine[] = [{ theme, parent: null, position }, ...children.map((child) => ({ theme: child, parent: theme, position: null }))];
    table.push(
      columns.map((column) => ({
        content: lines
          .map((line) => (column.head === 'theme' ? themeLabel(line, c, themeWidth) : column.cell(line)))
          .join('\n'),
        wordWrap: false,
      })),
    );
    const examples = pickShown(theme, children, quoted);
    if (examples.length > 0) {
      const text = examples.map((example) => `“${truncate(terminalSafe(example.text), Math.max(10, inner - 2))}”`).join('\n');
      table.push([{ content: c.dim(text), colSpan: columns.length, wordWrap: false, hAlign: 'left' }]);
    }
  }
  const more = ids.length > shown.length ? `\n  ${c.dim(`… ${ids.length - shown.length} more in --format json`)}` : '';
  return `${c.bold(title)}\n${table.toString()}${more}`;
}

/**
 * The columns that fit `width` with a readable theme column: the long interval first; if the theme
 * column would be narrower than MIN_THEME_WIDTH, the short interval; then optional columns are
 * dropped (sentiment, then count). The cost column is never dropped.
 */
function chooseColumns(base: readonly ThemeColumn[], cost: (style: 'long' | 'short') => ThemeColumn, width: number): ThemeColumn[] {
  const themeWidth = (columns: readonly ThemeColumn[]): number =>
    width - columns.reduce((sum, column) => sum + (column.width ?? 0), 0) - (columns.length + 1) - 2;
  const optional = base.filter((column) => column.drop !== undefined).sort((a, b) => (a.drop as number) - (b.drop as number));
  let kept = [...base];
  for (let dropped = 0; ; dropped++) {
    for (const style of ['long', 'short'] as const) {
      const columns = [...kept, cost(style)];
      if (themeWidth(columns) >= MIN_THEME_WIDTH) return columns;
    }
    const next = optional[dropped];
    if (next === undefined) return fitColumns([...kept, cost('short')], width);
    kept = kept.filter((column) => column !== next);
  }
}

/** Up to two examples not quoted yet in this section: the theme's best, then its first sub-theme's. */
function pickShown(theme: ThemeReport, children: readonly ThemeReport[], quoted: Set<number>): ThemeReport['examples'][number][] {
  const pool = [theme.examples[0], ...(children[0]?.examples ?? []), ...theme.examples.slice(1), ...children.slice(1).flatMap((child) => child.examples)];
  const chosen: ThemeReport['examples'][number][] = [];
  for (const example of pool) {
    if (example === undefined || quoted.has(example.line) || chosen.some((other) => other.line === example.line)) continue;
    chosen.push(example);
    if (chosen.length === 2) break;
  }
  if (chosen.length === 0 && theme.examples[0] !== undefined) chosen.push(theme.examples[0]);
  for (const example of chosen) quoted.add(example.line);
  return chosen;
}

/**
 * 'Delivery' for a top-level theme, '  Delivery › late delivery' for a sub-theme, cut to `width`;
 * when both labels do not fit, '  › late delivery' (the parent is the line above).
 */
function themeLabel(line: ThemeLine, c: ChalkInstance, width: number): string {
  const own = terminalSafe(line.theme.label) + (line.theme.origin === 'emerging' ? ' (emerging)' : '');
  if (line.parent === null) return truncate(own, width);
  const parent = terminalSafe(line.parent.label);
  const room = width - 2 - 3 - Array.from(own).length; // for the parent label before ' › '
  const prefix = room >= Array.from(parent).length ? `${parent} › ` : '› ';
  return `  ${c.dim(prefix)}${truncate(own, width - 2 - Array.from(prefix).length)}`;
}

function colourImpact(impact: Impact | Estimate | null, c: ChalkInstance, decimals: number, style: 'long' | 'short'): string {
  if (impact === null) return '';
  const text = effectText(impact, decimals, style);
  if (impact.kind === 'insufficient' || impact.ci95 === null) return c.dim(text);
  if (impact.ci95[1] < 0) return c.red(text);
  if (impact.ci95[0] > 0) return c.green(text);
  return c.dim(text);
}

/** Words wrapped to `width` (code points), each line indented by two spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && Array.from(`  ${current} ${word}`).length > width) {
      lines.push(`  ${current}`);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(`  ${current}`);
  return lines;
}

/** Top-level themes that are neither pain points nor delights, on one wrapped paragraph. */
function mixedSection(report: AnalyzeReport, c: ChalkInstance, width: number): string {
  if (report.mixed.length === 0) return '';
  const byId = new Map(report.themes.map((theme) => [theme.id, theme]));
  const items = report.mixed.flatMap((id) => {
    const theme = byId.get(id);
    return theme === undefined ? [] : [`${terminalSafe(theme.label)} (${theme.count})`];
  });
  const lines: string[] = [];
  let current = ' ';
  items.forEach((item, index) => {
    const text = index === items.length - 1 ? item : `${item},`;
    if (current.trim() !== '' && Array.from(`${current} ${text}`).length > width) {
      lines.push(current);
      current = `  ${text}`;
    } else current = `${current} ${text}`;
  });
  lines.push(current);
  return `${c.bold('Neither')} ${c.dim(`(${OUTCOME_UNITS[report.rankBy].head} interval includes 0, or too few scores)`)}\n${c.dim(lines.join('\n'))}`;
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
      ...(report.kpis.rating !== null
        ? report.rankBy === 'rating'
          ? [{ head: '★ mean (95% CI)', width: 21, cell: (v: SegmentValue) => shortEstimate('rating', v.kpis.rating, c) }]
          : [{ head: '★ mean', width: 8, align: 'right' as const, drop: 2, cell: (v: SegmentValue) => shortEstimate('rating', v.kpis.rating, c, false) }]
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

