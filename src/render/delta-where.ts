/**
 * The "Where it changed", "Mix or real change" and "Why" sections of `cx delta` in the table and
 * Markdown (issue 20). Fits 80 columns: each table row stays on one line (delta-fit.ts: numbers whole,
 * the segment or theme cut with an ellipsis), the mix/rate split is written as sentences rather than a
 * seven-column table, and the theme table keeps its interval until the terminal is narrower.
 */
import type { ChalkInstance } from 'chalk';
import type { DeltaReport, KpiDecomposition, SegmentKpiChange, ThemeDriver } from '../delta/types.js';
import { markdownCell, terminalSafe } from '../escape/index.js';
import { ellipsis, fittedTable, segmentLabel, visibleLength as visible, wrap, type FitColumn } from './delta-fit.js';
import {
  driverName, driverNote, explainedNotes, headlineKpi, intervalText, KPI_SHORT, mixSentence, segmentText, segmentVerdict,
  shownSegmentChanges, tooSmall, UNIT_DECIMALS, unitSuffix, valueText,
} from './delta-where-text.js';
import { fixed, signed } from './format.js';

/** Segment values named as too small to test in the table (the rest are counted). */
const SMALL_NAMED = 6;


/** A comment cut to `room` characters (on a word when it can) with an ellipsis. */
function clip(text: string, room: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= room) return chars.join('');
  const cut = chars.slice(0, room - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > room / 2 ? cut.slice(0, space) : cut}…`;
}

/** 'region = North: NPS' in `room` characters: the KPI stays whole, the segment is cut first. */
function segmentKpi(change: SegmentKpiChange, room: number): string {
  const kpi = `: ${KPI_SHORT[change.name]}`;
  const value = change.value === '' ? '(empty)' : change.value;
  return `${segmentLabel(terminalSafe(change.column), terminalSafe(value), Math.max(1, room - kpi.length))}${kpi}`;
}

export function whereTableSections(report: DeltaReport, c: ChalkInstance, width: number, top: number): string[] {
  const out: string[] = [];
  const paint = (change: SegmentKpiChange, text: string): string =>
    !change.significant ? c.dim(text) : change.direction === 'worse' ? c.red.bold(text) : change.direction === 'better' ? c.green.bold(text) : text;

  if (report.where.length > 0) {
    const tests = report.where.filter((change) => change.pValue !== null).length;
    const { shown, hidden } = shownSegmentChanges(report, top);
    out.push('', c.bold('Where it changed'), c.dim(wrap(`each KPI inside each segment value; q: Benjamini-Hochberg over the ${tests} segment × KPI tests`, width, '  ')));
    const whereColumns: readonly FitColumn<SegmentKpiChange>[] = [
      { head: 'segment: KPI', flexible: true, cell: (change, room) => segmentKpi(change, room) },
      { head: 'before → now', align: 'right', cell: (change) => `${valueText(change.unit, change.baseline.value)} → ${valueText(change.unit, change.current.value)}` },
      { head: 'change', align: 'right', cell: (change) => (change.delta === null ? '' : paint(change, signed(change.delta, UNIT_DECIMALS[change.unit]))) },
      { head: '95% CI', drop: 1, cell: (change) => c.dim(intervalText(change.ci95, change.unit)) },
      { head: 'result', cell: (change) => paint(change, segmentVerdict(change)) },
    ];
    out.push(fittedTable(whereColumns, shown, width, c.bold));
    if (!report.where.some((change) => change.significant)) out.push(c.dim(wrap('no segment changed significantly (q < 0.05)', width, '  ')));
    for (const line of explainedNotes(report)) out.push(c.dim(wrap(terminalSafe(line), width, '  ')));
    const small = tooSmall(report);
    if (small.length > 0) {
      const named = small.slice(0, SMALL_NAMED).map((name) => terminalSafe(name)).join(', ');
      const more = small.length > SMALL_NAMED ? ` and ${small.length - SMALL_NAMED} more (all in --format md or json)` : '';
      out.push(c.dim(wrap(`too small to test (under 30 answers on a side): ${named}${more}`, width, '  ')));
    }
    if (hidden > 0) out.push(c.dim(wrap(`${hidden} more segment × KPI results (not significant) in --format md or json`, width, '  ')));
  }

  const headline = headlineKpi(report);
  const decompositions = report.decomposition.filter((entry) => entry.kpi === headline);
  if (decompositions.length > 0 && headline !== null) {
    const unit = decompositions[0]?.unit ?? 'points';
    const d = UNIT_DECIMALS[unit];
    const paintPart = (ci: readonly [number, number], text: string): string => (ci[0] > 0 || ci[1] < 0 ? c.bold(text) : c.dim(text));
    out.push('', c.bold(`Mix or real change (${KPI_SHORT[headline]})`), c.dim(wrap('change = mix (segment shares moved) + rate (the KPI moved inside segments); 95% CI by the delta method', width, '  ')));
    const mixColumns: readonly FitColumn<KpiDecomposition>[] = [
      { head: 'by', flexible: true, cell: (entry, room) => ellipsis(terminalSafe(entry.column), room) },
      { head: 'change', align: 'right', cell: (entry) => signed(entry.change.value, d) },
      { head: 'mix', align: 'right', cell: (entry) => paintPart(entry.mix.ci95, signed(entry.mix.value, d)) },
      { head: '95% CI', cell: (entry) => c.dim(intervalText(entry.mix.ci95, unit)) },
      { head: 'rate', align: 'right', cell: (entry) => paintPart(entry.rate.ci95, signed(entry.rate.value, d)) },
      { head: '95% CI', cell: (entry) => c.dim(intervalText(entry.rate.ci95, unit)) },
    ];
    out.push(fittedTable(mixColumns, decompositions, width, c.bold));
    for (const entry of decompositions) out.push(wrap(`${terminalSafe(entry.column)}: ${terminalSafe(mixSentence(entry))}`, width, '  '));
    const others = report.decomposition.length - decompositions.length;
    if (others > 0) out.push(c.dim(wrap(`the other ${others} KPI × segment-column splits are in --format md or json`, width, '  ')));
  }

  if (report.drivers.length > 0) {
    const kpi = report.kpis.find((entry) => entry.name === report.drivers[0]?.kpi);
    const unit = kpi?.unit ?? 'points';
    const d = UNIT_DECIMALS[unit];
    out.push('', c.bold(`Why ${KPI_SHORT[report.drivers[0]?.kpi ?? 'nps']} moved${kpi?.delta === null || kpi?.delta === undefined ? '' : ` (${signed(kpi.delta, d)}${unitSuffix(unit)})`}`));
    out.push(c.dim(wrap("each theme's contribution (share change + its own KPI change); the rows sum to the change", width, '  ')));
    const paintDriver = (driver: ThemeDriver, text: string): string =>
      !driver.significant ? text : driver.contribution.value < 0 === (kpi?.polarity !== 'lower-is-better') ? c.red.bold(text) : c.green.bold(text);
    const driverColumns: readonly FitColumn<ThemeDriver>[] = [
      { head: 'theme', flexible: true, cell: (driver, room) => ellipsis(terminalSafe(driverName(driver)), room) },
      { head: 'share', align: 'right', cell: (driver) => `${fixed(driver.baseline.weight * 100, 1)}% → ${fixed(driver.current.weight * 100, 1)}%` },
      { head: 'effect', align: 'right', cell: (driver) => paintDriver(driver, signed(driver.contribution.value, d)) },
      { head: '95% CI', drop: 1, cell: (driver) => c.dim(intervalText(driver.contribution.ci95, unit)) },
      { head: 'note', cell: (driver) => paintDriver(driver, driverNote(driver)) },
    ];
    out.push(fittedTable(driverColumns, report.drivers, width, c.bold));
    out.push(c.dim(wrap('share: of the comments, each split equally between the themes it mentions; sig.: q < 0.05 (and the KPI change is significant)', width, '  ')));
    out.push('', c.bold('  From the current comments'));
    // Quoted: every flagged contributor and the top one each way (one comment each; two in md/json).
    const withExamples = report.drivers.filter((driver) => driver.examples.length > 0);
    const quoted = withExamples.filter(
      (driver) => driver.significant || driver === withExamples.find((other) => Math.sign(other.contribution.value) === Math.sign(driver.contribution.value)),
    ).slice(0, 4);
    for (const driver of quoted) {
      const name = ellipsis(terminalSafe(driverName(driver)), Math.max(12, Math.floor(width / 3)));
      for (const example of driver.examples.slice(0, 1)) {
        const prefix = `  ${name}: `;
        out.push(`${prefix}${c.italic(`"${terminalSafe(clip(example, Math.max(20, width - visible(prefix) - 2)))}"`)}`);
      }
    }
  }
  return out;
}

export function whereMarkdownSections(report: DeltaReport): string[] {
  const out: string[] = [];
  if (report.where.length > 0) {
    const tests = report.where.filter((change) => change.pValue !== null).length;
    out.push('## Where it changed', '', `Each KPI inside each segment value, significant declines first; q: Benjamini-Hochberg over the ${tests} segment × KPI tests.`, '');
    out.push('| segment | KPI | baseline | n | current | n | change | 95% CI | p | q | verdict |', '|---|---|---:|---:|---:|---:|---:|---|---:|---:|---|');
    for (const change of report.where) {
      const verdict = segmentVerdict(change);
      out.push(
        `| ${markdownCell(segmentText(change))} | ${KPI_SHORT[change.name]} | ${valueText(change.unit, change.baseline.value)} | ${change.baseline.n} | ${valueText(change.unit, change.current.value)} | ${change.current.n} | ${change.delta === null ? '' : signed(change.delta, UNIT_DECIMALS[change.unit])} | ${intervalText(change.ci95, change.unit)} | ${pValue(change.pValue)} | ${pValue(change.qValue)} | ${change.significant ? `**${verdict}**` : change.explainedBy !== null ? `through ${markdownCell(segmentText(change.explainedBy as { column: string; value: string }))}` : verdict} |`,
      );
    }
    out.push('');
  }
  if (report.decomposition.length > 0) {
    out.push('## Mix or real change', '', 'change = mix Σ (w₂ − w₁)(k₁ + k₂)/2 + rate Σ (k₂ − k₁)(w₁ + w₂)/2 (Kitagawa); 95% intervals by the delta method.', '');
    out.push('| segment column | KPI | change | mix | 95% CI | rate | 95% CI | in words |', '|---|---|---:|---:|---|---:|---|---|');
    for (const entry of report.decomposition) {
      const d = UNIT_DECIMALS[entry.unit];
      out.push(
        `| ${markdownCell(entry.column)} | ${KPI_SHORT[entry.kpi]} | ${signed(entry.change.value, d)} | ${signed(entry.mix.value, d)} | ${intervalText(entry.mix.ci95, entry.unit)} | ${signed(entry.rate.value, d)} | ${intervalText(entry.rate.ci95, entry.unit)} | ${markdownCell(mixSentence(entry))} |`,
      );
    }
    out.push('');
  }
  if (report.drivers.length > 0) {
    const name = report.drivers[0]?.kpi ?? 'nps';
    const kpi = report.kpis.find((entry) => entry.name === name);
    const unit = kpi?.unit ?? 'points';
    const d = UNIT_DECIMALS[unit];
    out.push(`## Why ${KPI_SHORT[name]} moved`, '', "Each theme's contribution to the change: mix (its share of the comments moved) + rate (its own KPI moved); a comment with several themes counts 1/m for each. The rows sum to the change.", '');
    out.push('| theme | share before | share now | KPI before | KPI now | mix | rate | contribution | 95% CI | q | note | example (current) |', '|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---|');
    for (const driver of report.drivers) {
      out.push(
        `| ${markdownCell(driverName(driver))} | ${fixed(driver.baseline.weight * 100, 1)}% | ${fixed(driver.current.weight * 100, 1)}% | ${valueText(unit, driver.baseline.kpi)} | ${valueText(unit, driver.current.kpi)} | ${signed(driver.mix, d)} | ${signed(driver.rate, d)} | ${driver.significant ? '**' : ''}${signed(driver.contribution.value, d)}${driver.significant ? '**' : ''} | ${intervalText(driver.contribution.ci95, unit)} | ${pValue(driver.qValue)} | ${driverNote(driver)} | ${driver.examples.map((text) => markdownCell(`"${clip(text, 160)}"`)).join('<br>')} |`,
      );
    }
    out.push('');
  }
  return out;
}

const pValue = (p: number | null): string => (p === null ? '' : p < 0.001 ? '<0.001' : fixed(p, 3));
