/**
 * `cx delta --format html`: what changed, for people who never open a terminal. Built from the
 * same output as the JSON: each KPI before and after with the change and its 95% interval
 * (charted per unit), the significant theme changes (worse first) as a chart and a table, the
 * words behind the change (|z| ≥ 1.96 only), the row ledger, the column mapping and the command.
 */
import type { DeltaReport, KpiDelta, ThemeDelta, TermShift } from '../delta/types.js';
import { html } from '../escape/index.js';
import type { DeltaBySegmentOutput, DeltaOutput } from '../pipeline/types.js';
import { changeText, MIN_TERM_Z, orderThemeChanges, outwardInterval, themeGroup, type ThemeGroup } from './delta-order.js';
import { fixed, percent } from './format.js';
import { whereHtmlSections } from './html-delta-where.js';
import { renderPage } from './html-page.js';
import { columnsSection, commandSection, figure, ledgerSection, section, table, thousands, warningsBlock } from './html-parts.js';
import { BETTER, dotWhiskers, NEUTRAL, WORSE, type DotRow } from './svg/index.js';
import type { RenderContext } from './types.js';

type AnyDelta = DeltaOutput | DeltaBySegmentOutput;


const KPI_LABEL: Readonly<Record<KpiDelta['name'], string>> = {
  nps: 'NPS',
  csat: 'CSAT (top-2-box)',
  ces: 'CES (mean)',
  rating: 'Rating (mean)',
  ratingLow: 'Low ratings (share)',
  sentiment: 'Sentiment (mean)',
  negative: '% negative',
  volume: 'Comments',
};
const DECIMALS: Readonly<Record<KpiDelta['unit'], number>> = { points: 1, percent: 1, scale: 2, rows: 0 };
const UNIT_AXIS: Readonly<Record<Exclude<KpiDelta['unit'], 'rows'>, string>> = {
  points: 'Change in NPS points',
  percent: 'Change in percentage points',
  scale: 'Change on the scale (mean)',
};

const kpiValue = (kpi: KpiDelta, value: number | null): string =>
  value === null ? '–' : kpi.unit === 'rows' ? thousands(value) : `${fixed(value, DECIMALS[kpi.unit])}${kpi.unit === 'percent' ? '%' : ''}`;
const suffix = (kpi: KpiDelta): string => (kpi.unit === 'percent' ? ' pp' : '');

function verdictOf(kpi: KpiDelta): { readonly text: string; readonly cls: string } {
  if (kpi.insufficient !== undefined) return { text: `insufficient data (need n ≥ ${kpi.insufficient.needed} per side)`, cls: 'muted' };
  if (kpi.name === 'volume') return { text: '', cls: 'muted' };
  if (!kpi.significant) return { text: 'no significant change', cls: 'muted' };
  if (kpi.direction === 'worse') return { text: 'worse', cls: 'worse-text' };
  if (kpi.direction === 'better') return { text: 'better', cls: 'better-text' };
  return { text: 'changed', cls: 'sig' };
}

function kpiCards(report: DeltaReport): string {
  const cards = report.kpis.map((kpi) => {
    const verdict = verdictOf(kpi);
    const cls = kpi.significant && kpi.direction === 'worse' ? ' worse' : kpi.significant && kpi.direction === 'better' ? ' better' : '';
    const change = kpi.delta === null ? '' : `<div class="change ${verdict.cls}">${html(changeText(kpi.delta, DECIMALS[kpi.unit], suffix(kpi)))}${verdict.text === '' ? '' : ` · ${html(verdict.text)}`}</div>`;
    const ci = kpi.ci95 === null ? '' : `<div class="ci">95% CI ${outwardInterval(kpi.ci95, DECIMALS[kpi.unit]).map(html).join(' to ')}${html(suffix(kpi))}</div>`;
    return (
      `<div class="card${cls}"><div class="name">${html(KPI_LABEL[kpi.name])}</div>` +
      `<div class="value">${html(kpiValue(kpi, kpi.current.value))}</div>` +
      `<div class="n">was ${html(kpiValue(kpi, kpi.baseline.value))}${kpi.unit === 'rows' ? '' : ` · n = ${thousands(kpi.baseline.n)} → ${thousands(kpi.current.n)}`}</div>${change}${ci}</div>`
    );
  });
  return `<div class="cards">${cards.join('')}</div>`;
}

const colorOf = (kpi: KpiDelta): string => (!kpi.significant ? NEUTRAL : kpi.direction === 'worse' ? WORSE : kpi.direction === 'better' ? BETTER : NEUTRAL);

/** KPI changes with whiskers, one chart per unit so each axis means one thing. */
function kpiCharts(report: DeltaReport, prefix: string): string {
  const charts: string[] = [];
  for (const unit of ['points', 'percent', 'scale'] as const) {
    const kpis = report.kpis.filter((kpi) => kpi.unit === unit && kpi.name !== 'volume' && kpi.delta !== null);
    if (kpis.length === 0) continue;
    const rows: DotRow[] = kpis.map((kpi) => ({
      label: `${KPI_LABEL[kpi.name]}: ${kpiValue(kpi, kpi.baseline.value)} → ${kpiValue(kpi, kpi.current.value)}`,
      color: colorOf(kpi),
      values: [
        {
          value: kpi.delta as number,
          interval: kpi.ci95,
          tooltip: `${KPI_LABEL[kpi.name]} ${changeText(kpi.delta as number, DECIMALS[unit], suffix(kpi))}${kpi.ci95 === null ? '' : ` (95% CI ${outwardInterval(kpi.ci95, DECIMALS[unit]).join(' to ')})`}: ${verdictOf(kpi).text}`,
        },
      ],
    }));
    const svg = dotWhiskers(rows, {
      id: `${prefix}kpi-${unit}`,
      title: `${UNIT_AXIS[unit]}, current minus baseline`,
      desc: kpis
        .map((kpi) => `${KPI_LABEL[kpi.name]} from ${kpiValue(kpi, kpi.baseline.value)} to ${kpiValue(kpi, kpi.current.value)}, change ${changeText(kpi.delta as number, DECIMALS[unit], suffix(kpi))}, ${verdictOf(kpi).text}`)
        .join('; '),
      series: [{ name: 'change', color: NEUTRAL }],
      xLabel: `${UNIT_AXIS[unit]} (95% interval)`,
      format: (v) => (unit === 'scale' ? fixed(v, 2) : fixed(v, Number.isInteger(v) ? 0 : 1)),
      includeZero: true,
      labelWidth: 260,
    });
    charts.push(`<figure>${svg}</figure>`);
  }
  return charts.length === 0
    ? ''
    : `${charts.join('\n')}<p class="muted">Red: significantly worse; blue: significantly better; grey: no significant change. A whisker crossing the dashed zero line is not significant.</p>`;
}

function kpiTable(report: DeltaReport): string {
  return table(
    [{ text: 'KPI' }, { text: 'baseline', num: true }, { text: 'n', num: true }, { text: 'current', num: true }, { text: 'n', num: true }, { text: 'change', num: true }, { text: '95% CI', num: true }, { text: 'p', num: true }, { text: 'verdict' }],
    report.kpis.map((kpi) => {
      const verdict = verdictOf(kpi);
      return [
        html(KPI_LABEL[kpi.name]),
        html(kpiValue(kpi, kpi.baseline.value)),
        thousands(kpi.baseline.n),
        html(kpiValue(kpi, kpi.current.value)),
        thousands(kpi.current.n),
        kpi.delta === null ? '' : `<span class="${verdict.cls}">${html(changeText(kpi.delta, DECIMALS[kpi.unit], suffix(kpi)))}</span>`,
        kpi.ci95 === null ? '' : html(outwardInterval(kpi.ci95, DECIMALS[kpi.unit]).join(' to ')),
        pText(kpi.pValue),
        `<span class="${verdict.cls}">${html(verdict.text)}</span>`,
      ];
    }),
  );
}

export function pText(p: number | null): string {
  if (p === null) return '';
  return p < 0.001 ? '&lt;0.001' : fixed(p, 3);
}

const GROUP_TEXT: Readonly<Record<ThemeGroup, { readonly text: string; readonly cls: string }>> = {
  worse: { text: 'worse', cls: 'worse-text' },
  better: { text: 'better', cls: 'better-text' },
  changed: { text: 'changed', cls: 'sig' },
  new: { text: 'new', cls: 'sig' },
  gone: { text: 'gone', cls: 'sig' },
  stable: { text: 'stable', cls: 'muted' },
};

/** The themes the report lists: every significant or new/gone one (never cut). */
export function listedThemes(report: DeltaReport): ThemeDelta[] {
  return orderThemeChanges(report.themes.filter((theme) => themeGroup(theme) !== 'stable'));
}

/** Themes drawn in the change chart: those with an interval. */
export function chartedThemes(report: DeltaReport): ThemeDelta[] {
  return listedThemes(report).filter((theme) => theme.delta !== null && theme.ci95 !== null);
}

function themeSection(report: DeltaReport, prefix: string): string {
  const listed = listedThemes(report);
  const quiet = report.themes.length - listed.length;
  if (listed.length === 0) {
    return `<p>No theme changed significantly after the Benjamini-Hochberg correction (${report.themes.length} themes tested or too small to test).</p>`;
  }
  const charted = chartedThemes(report);
  const parts: string[] = [];
  const counts = (['worse', 'better', 'changed', 'new', 'gone'] as const)
    .map((group) => [group, listed.filter((theme) => themeGroup(theme) === group).length] as const)
    .filter(([, n]) => n > 0)
    .map(([group, n]) => `${n} ${group}`);
  parts.push(`<p class="lead">${html(counts.join(', '))}; ${quiet} other themes are stable or too small to test. Worse first.</p>`);
  if (charted.length > 0) {
    const svg = dotWhiskers(
      charted.map((theme) => ({
        label: theme.label,
        color: themeGroup(theme) === 'worse' ? WORSE : themeGroup(theme) === 'better' ? BETTER : NEUTRAL,
        values: [
          {
            value: theme.delta as number,
            interval: theme.ci95,
            tooltip: `${theme.label}: ${percent(theme.baseline.share)} → ${percent(theme.current.share)}, ${changeText(theme.delta as number, 1, ' pp')} (${GROUP_TEXT[themeGroup(theme)].text})`,
          },
        ],
      })),
      {
        id: `${prefix}themes`,
        title: 'Significant changes in theme share, worse first',
        desc: charted.map((theme) => `${theme.label} ${changeText(theme.delta as number, 1, ' percentage points')} (${GROUP_TEXT[themeGroup(theme)].text})`).join('; '),
        series: [{ name: 'change', color: NEUTRAL }],
        xLabel: 'Change in share of comments (percentage points, 95% interval)',
        format: (v) => fixed(v, Number.isInteger(v) ? 0 : 1),
        includeZero: true,
        labelWidth: 230,
      },
    );
    parts.push(`<figure>${svg}<figcaption>Red: a complaint grew or a compliment shrank; blue: the reverse; grey: a significant change in a neutral theme.</figcaption></figure>`);
  }
  parts.push(
    table(
      [{ text: 'verdict' }, { text: 'theme' }, { text: 'baseline', num: true }, { text: 'current', num: true }, { text: 'change', num: true }, { text: '95% CI', num: true }, { text: 'q', num: true }, { text: 'NPS of mentions', num: true }],
      listed.map((theme) => {
        const group = GROUP_TEXT[themeGroup(theme)];
        const nps = theme.nps.baseline === null && theme.nps.current === null ? '' : `${theme.nps.baseline === null ? '–' : fixed(theme.nps.baseline, 0)} → ${theme.nps.current === null ? '–' : fixed(theme.nps.current, 0)}`;
        return [
          `<span class="${group.cls}">${html(group.text)}</span>${theme.status === 'new' || theme.status === 'gone' ? '' : ` <span class="muted">(${html(theme.status)})</span>`}`,
          html(theme.label),
          `${percent(theme.baseline.share)} <span class="muted">(${thousands(theme.baseline.count)})</span>`,
          `${percent(theme.current.share)} <span class="muted">(${thousands(theme.current.count)})</span>`,
          theme.delta === null ? '' : `<span class="${group.cls}">${html(changeText(theme.delta, 1, ' pp'))}</span>`,
          theme.ci95 === null ? '' : html(outwardInterval(theme.ci95, 1).join(' to ')),
          pText(theme.qValue),
          html(nps),
        ];
      }),
    ),
  );
  return parts.join('\n');
}

/** Words used significantly more or less now (|z| ≥ 1.96), whatever the input lists. */
export function significantTerms(list: readonly TermShift[]): TermShift[] {
  return list.filter((term) => Math.abs(term.z) >= MIN_TERM_Z);
}

function termsSection(report: DeltaReport): string {
  const cell = (list: readonly TermShift[]): string =>
    list.length === 0
      ? '<span class="muted">none at |z| ≥ 1.96</span>'
      : `<ul class="plain">${list.map((t) => `<li><strong>${html(t.term)}</strong> <span class="muted">z ${html(fixed(t.z, 1))} · ${thousands(t.baselineCount)} → ${thousands(t.currentCount)} uses</span></li>`).join('')}</ul>`;
  return table(
    [{ text: 'More often now' }, { text: 'Less often now' }],
    [[cell(significantTerms(report.terms.overRepresented)), cell(significantTerms(report.terms.underRepresented))]],
  );
}

const sideText = (side: DeltaReport['baseline']): string =>
  `${side.label}${side.from === null || side.label.includes(side.from) ? '' : side.from === side.to ? ` (${side.from})` : ` (${side.from} to ${side.to})`}, n = ${thousands(side.n)}`;

function comparison(report: DeltaReport, index: number, nested: boolean): string {
  const prefix = `c${index}-`;
  const title = `${report.baseline.label} → ${report.current.label}`;
  const parts = [
    `<p><strong>Baseline:</strong> ${html(sideText(report.baseline))}<br><strong>Current:</strong> ${html(sideText(report.current))}</p>`,
    kpiCards(report),
    kpiCharts(report, prefix),
    `<details><summary>KPI table with p-values</summary>${kpiTable(report)}</details>`,
    `<h3>Theme changes</h3>`,
    themeSection(report, prefix),
    `<h3>Words behind the change</h3>`,
    '<p class="lead">Words used significantly more or less often in the current comments (log-odds with an informative prior, |z| ≥ 1.96).</p>',
    termsSection(report),
    ...whereHtmlSections(report, prefix),
  ];
  return nested ? `<section id="comparison-${index}"><h2>${html(title)}</h2>\n${parts.join('\n')}</section>` : section('changes', 'KPIs before and after', ...parts);
}

export function renderDeltaHtml(output: AnyDelta, context: RenderContext): string {
  const bySegment = 'comparisons' in output;
  const comparisons = bySegment ? output.comparisons : [output];
  const first = comparisons[0];
  const title = bySegment ? `What differs by ${output.by}` : first === undefined ? 'What changed' : `What changed: ${first.baseline.label} → ${first.current.label}`;
  const body: string[] = [];
  body.push(
    `<header class="report"><h1>${html(title)}</h1><p>${html(output.inputs.map((input) => (input.file === '-' ? 'standard input' : input.file)).join(' and '))} · ${thousands(output.inputs.reduce((sum, input) => sum + input.analyzed, 0))} comments analysed</p>` +
      `<p>Changes are current minus baseline with 95% intervals; theme changes are significant after the Benjamini-Hochberg correction (q &lt; 0.05).</p></header>`,
  );
  body.push(warningsBlock(output.warnings));
  if (bySegment) body.push(`<p class="lead">Each value of ${html(output.by)} (current) against all other rows (baseline).</p>`);
  comparisons.forEach((report, index) => body.push(comparison(report, index, bySegment)));
  body.push(ledgerSection(output.inputs));
  if (context.columns !== undefined && context.columns.length > 0) body.push(columnsSection(context.columns, output.inputs.map((input) => input.file)));
  body.push(commandSection(context.command));
  body.push(`<footer>Made with cx ${html(context.version ?? '')} · schema ${html(output.schemaVersion)} · formulas: docs/statistics.md</footer>`);
  return renderPage({ title, body: body.filter((part) => part !== '').join('\n') });
}
