/**
 * The "Where it changed", "Mix or real change" and "Why" sections of the delta HTML report
 * (issue 20): small multiples of the headline KPI's change in each segment value with 95%
 * intervals (one panel per segment column, a shared scale), the mix/rate split with a sentence,
 * and the themes' contributions as a chart and a table with example comments.
 */
import type { DeltaReport, SegmentKpiChange, ThemeDriver } from '../delta/types.js';
import { html } from '../escape/index.js';
import {
  driverName, driverNote, headlineKpi, intervalText, KPI_SHORT, mixSentence, segmentVerdict, tooSmall, UNIT_DECIMALS, unitSuffix, valueText,
} from './delta-where-text.js';
import { fixed, signed } from './format.js';
import { table } from './html-parts.js';
import { BETTER, dotWhiskers, NEUTRAL, WORSE } from './svg/index.js';
import { smallMultiples } from './svg/small-multiples.js';

const colorOf = (change: SegmentKpiChange): string => (!change.significant ? NEUTRAL : change.direction === 'worse' ? WORSE : change.direction === 'better' ? BETTER : NEUTRAL);
const pText = (p: number | null): string => (p === null ? '' : p < 0.001 ? '&lt;0.001' : fixed(p, 3));

/** One small chart per segment column: the headline KPI's change in each value, on one shared axis. */
function multiplesOf(report: DeltaReport, prefix: string): string {
  const headline = headlineKpi(report);
  if (headline === null) return '';
  const changes = report.where.filter((change) => change.name === headline);
  if (!changes.some((change) => change.delta !== null)) return '';
  // Panels in the order of the segment columns (the decomposition keeps it), not by significance.
  const columns = [...new Set([...report.decomposition.map((entry) => entry.column), ...changes.map((change) => change.column)])].filter((column) =>
    changes.some((change) => change.column === column),
  );
  const unit = changes[0]?.unit ?? 'points';
  const d = UNIT_DECIMALS[unit];
  const panels = columns.map((column) => ({
    title: `by ${column}`,
    rows: changes
      .filter((change) => change.column === column)
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .map((change) => ({
        label: `${change.value === '' ? '(empty)' : change.value}${change.delta === null ? ' (too small)' : ''}`,
        color: colorOf(change),
        value:
          change.delta === null
            ? null
            : {
                value: change.delta,
                interval: change.ci95,
                tooltip: `${column} = ${change.value}: ${KPI_SHORT[headline]} ${valueText(unit, change.baseline.value)} → ${valueText(unit, change.current.value)}, ${signed(change.delta, d)}${unitSuffix(unit)} (95% CI ${intervalText(change.ci95, unit)}), q ${change.qValue === null ? '-' : fixed(change.qValue, 3)}: ${segmentVerdict(change)}`,
              },
      })),
  }));
  const svgs = smallMultiples(panels, {
    id: `${prefix}where`,
    title: `${KPI_SHORT[headline]} change inside each segment value`,
    desc: changes.map((change) => `${change.column} = ${change.value}: ${change.delta === null ? 'too small to test' : `${signed(change.delta, d)} (${segmentVerdict(change)})`}`).join('; '),
    xLabel: `${KPI_SHORT[headline]} change${unitSuffix(unit)} (95% interval)`,
    format: (v) => fixed(v, unit === 'scale' ? 2 : Number.isInteger(v) ? 0 : 1),
  });
  return `<div class="multiples" style="display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:4px 24px">${svgs.map((svg) => `<figure>${svg}</figure>`).join('')}</div>` +
    '<p class="muted">One panel per segment column, all on the same scale: the change inside each value. Red: significantly worse (q &lt; 0.05, Benjamini-Hochberg over every segment × KPI test); blue: significantly better; grey: not significant.</p>';
}

export function whereHtmlSections(report: DeltaReport, prefix: string): string[] {
  const parts: string[] = [];
  if (report.where.length > 0) {
    const tests = report.where.filter((change) => change.pValue !== null).length;
    const flagged = report.where.filter((change) => change.significant);
    parts.push('<h3>Where it changed</h3>');
    parts.push(`<p class="lead">${flagged.length === 0 ? 'No segment changed significantly' : `${flagged.length} significant segment changes, declines first`} (q &lt; 0.05 over ${tests} segment × KPI tests).</p>`);
    parts.push(multiplesOf(report, prefix));
    const small = tooSmall(report);
    if (small.length > 0) parts.push(`<p class="muted">Too small to test (under 30 answers on a side): ${html(small.join(', '))}.</p>`);
    const shown = report.where.filter((change) => change.significant || change.explainedBy !== null || change.name === headlineKpi(report));
    parts.push(
      `<details${flagged.length > 0 ? ' open' : ''}><summary>Segment changes (${shown.length} of ${report.where.length}; all in the JSON)</summary>` +
        table(
          [{ text: 'segment' }, { text: 'KPI' }, { text: 'baseline', num: true }, { text: 'current', num: true }, { text: 'change', num: true }, { text: '95% CI', num: true }, { text: 'q', num: true }, { text: 'verdict' }],
          shown.map((change) => {
            const cls = !change.significant ? 'muted' : change.direction === 'worse' ? 'worse-text' : 'better-text';
            return [
              html(`${change.column} = ${change.value === '' ? '(empty)' : change.value}`),
              html(KPI_SHORT[change.name]),
              `${html(valueText(change.unit, change.baseline.value))} <span class="muted">(${change.baseline.n})</span>`,
              `${html(valueText(change.unit, change.current.value))} <span class="muted">(${change.current.n})</span>`,
              change.delta === null ? '' : `<span class="${cls}">${html(signed(change.delta, UNIT_DECIMALS[change.unit]))}</span>`,
              html(intervalText(change.ci95, change.unit)),
              pText(change.qValue),
              `<span class="${cls}">${html(change.explainedBy === null ? segmentVerdict(change) : `through ${change.explainedBy.column} = ${change.explainedBy.value}`)}</span>`,
            ];
          }),
        ) +
        '</details>',
    );
  }
  if (report.decomposition.length > 0) {
    parts.push('<h3>Mix or real change</h3>');
    parts.push('<p class="lead">Each change split into <strong>mix</strong> (the segments’ shares of the sample moved: Σ (w₂ − w₁)(k₁ + k₂)/2) and <strong>rate</strong> (the KPI moved inside the segments: Σ (k₂ − k₁)(w₁ + w₂)/2); 95% intervals by the delta method.</p>');
    const headline = headlineKpi(report);
    const ordered = [...report.decomposition].sort((a, b) => Number(b.kpi === headline) - Number(a.kpi === headline));
    parts.push(
      table(
        [{ text: 'KPI' }, { text: 'by' }, { text: 'change', num: true }, { text: 'mix', num: true }, { text: '95% CI', num: true }, { text: 'rate', num: true }, { text: '95% CI', num: true }, { text: 'in words' }],
        ordered.map((entry) => {
          const d = UNIT_DECIMALS[entry.unit];
          const strong = (ci: readonly [number, number], text: string): string => (ci[0] > 0 || ci[1] < 0 ? `<strong>${html(text)}</strong>` : html(text));
          return [
            html(KPI_SHORT[entry.kpi]),
            html(entry.column),
            html(signed(entry.change.value, d)),
            strong(entry.mix.ci95, signed(entry.mix.value, d)),
            html(intervalText(entry.mix.ci95, entry.unit)),
            strong(entry.rate.ci95, signed(entry.rate.value, d)),
            html(intervalText(entry.rate.ci95, entry.unit)),
            html(mixSentence(entry)),
          ];
        }),
      ),
    );
  }
  if (report.drivers.length > 0) parts.push(...driverSection(report, prefix));
  return parts;
}

function driverSection(report: DeltaReport, prefix: string): string[] {
  const name = report.drivers[0]?.kpi ?? 'nps';
  const kpi = report.kpis.find((entry) => entry.name === name);
  const unit = kpi?.unit ?? 'points';
  const d = UNIT_DECIMALS[unit];
  const higherIsBetter = kpi?.polarity !== 'lower-is-better';
  const color = (driver: ThemeDriver): string => (!driver.significant ? NEUTRAL : driver.contribution.value < 0 === higherIsBetter ? WORSE : BETTER);
  const svg = dotWhiskers(
    report.drivers.map((driver) => ({
      label: `${driverName(driver)}${driver.new ? ' (new)' : ''}`,
      color: color(driver),
      values: [
        {
          value: driver.contribution.value,
          interval: driver.contribution.ci95,
          tooltip: `${driverName(driver)}: ${signed(driver.contribution.value, d)}${unitSuffix(unit)} (95% CI ${intervalText(driver.contribution.ci95, unit)})`,
        },
      ],
    })),
    {
      id: `${prefix}drivers`,
      title: `Contributions to the ${KPI_SHORT[name]} change, by theme`,
      desc: report.drivers.map((driver) => `${driverName(driver)} ${signed(driver.contribution.value, d)}`).join('; '),
      series: [{ name: 'contribution', color: NEUTRAL }],
      xLabel: `Contribution to the ${KPI_SHORT[name]} change${unitSuffix(unit)} (95% interval)`,
      format: (v) => fixed(v, unit === 'scale' ? 2 : Number.isInteger(v) ? 0 : 1),
      includeZero: true,
      labelWidth: 230,
    },
  );
  return [
    `<h3>Why ${html(KPI_SHORT[name])} moved${kpi?.delta === null || kpi?.delta === undefined ? '' : ` (${html(signed(kpi.delta, d))}${html(unitSuffix(unit))})`}</h3>`,
    '<p class="lead">Each theme’s contribution to the change: its share of the comments moved (mix) and its own KPI moved (rate). A comment with several themes counts equally towards each; the contributions and “all other themes” add up to the change.</p>',
    `<figure>${svg}<figcaption>Red: pulled the KPI down significantly (q &lt; 0.05, and the KPI change itself is significant); blue: pushed it up; grey: not significant.</figcaption></figure>`,
    table(
      [{ text: 'theme' }, { text: 'share before', num: true }, { text: 'share now', num: true }, { text: 'contribution', num: true }, { text: '95% CI', num: true }, { text: 'q', num: true }, { text: 'note' }, { text: 'from the current comments' }],
      report.drivers.map((driver) => [
        html(driverName(driver)),
        `${fixed(driver.baseline.weight * 100, 1)}%`,
        `${fixed(driver.current.weight * 100, 1)}%`,
        driver.significant ? `<strong>${html(signed(driver.contribution.value, d))}</strong>` : html(signed(driver.contribution.value, d)),
        html(intervalText(driver.contribution.ci95, unit)),
        pText(driver.qValue),
        html(driverNote(driver)),
        driver.examples.map((text) => `<q>${html(text)}</q>`).join('<br>'),
      ]),
    ),
  ];
}
