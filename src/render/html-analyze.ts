/**
 * `cx analyze --format html`: the report people forward. Built from the same AnalyzeReport as
 * the JSON: KPI cards with interval and n; pain points and delights as a chart (share of
 * comments against cost on the outcome, with 95% whiskers) and as tables with sub-themes nested
 * and redacted examples; with dates, KPIs per week or month; segments; the row ledger, the
 * column mapping and the command line. Every chart has a title, a description and its numbers
 * as a table.
 */
import { html } from '../escape/index.js';
import type { AnalyzeReport, ColumnMapping, Estimate, KpiSet, Segment, SeriesPoint, ThemeReport, TimeSeries } from '../pipeline/types.js';
import { fixed, insufficient, kpiValue, KPI_UNITS, percent, signed, type KpiName } from './format.js';
import { outwardInterval } from './delta-order.js';
import { renderPage } from './html-page.js';
import { columnsSection, commandSection, figure, ledgerSection, section, table, thousands, warningsBlock } from './html-parts.js';
import { bars, BETTER, dotWhiskers, lineBands, scatterWhiskers, SERIES_COLORS, WORSE, type DotRow, type LineSeries, type ScatterPoint } from './svg/index.js';
import type { RenderContext } from './types.js';

type Outcome = AnalyzeReport['rankBy'];

const OUTCOME: Readonly<Record<Outcome, { readonly name: string; readonly unit: string; readonly decimals: number; readonly axis: string }>> = {
  nps: { name: 'NPS', unit: 'NPS points', decimals: 1, axis: 'Impact on NPS (NPS points)' },
  csat: { name: 'CSAT', unit: 'CSAT points', decimals: 1, axis: 'Impact on CSAT (percentage points)' },
  rating: { name: 'rating', unit: 'rating points', decimals: 2, axis: 'Impact on the mean rating (points)' },
  sentiment: { name: 'sentiment', unit: 'share × mean tone', decimals: 3, axis: 'Sentiment effect (share × mean tone)' },
};

/** Pain points and delights drawn in the chart and listed in the tables. */
export function chartCounts(report: AnalyzeReport, top = 10): { readonly pain: number; readonly delights: number } {
  return { pain: Math.min(top, report.painPoints.length), delights: Math.min(Math.ceil(top / 2), report.delights.length) };
}

/** The outcome themes are ranked by (the report's rankBy). */
export function costKpi(report: AnalyzeReport): Outcome {
  return report.rankBy;
}

type ThemeEffect = { readonly kind: 'estimate'; readonly value: number; readonly ci95: readonly [number, number] } | { readonly kind: 'insufficient'; readonly n: number; readonly needed: number };

/** The theme's effect on the ranking outcome with its interval (rank.effect), or why there is none. */
export function effectOf(theme: ThemeReport, outcome: Outcome): ThemeEffect | null {
  const effect = theme.rank.effect;
  if (effect !== null) return { kind: 'estimate', value: effect.value, ci95: effect.ci95 };
  const impact = outcome === 'sentiment' ? theme.impact.sentiment : theme.impact[outcome];
  return impact !== null && impact.kind === 'insufficient' ? { kind: 'insufficient', n: impact.n, needed: impact.needed } : null;
}

const significant = (effect: ThemeEffect): boolean => effect.kind === 'estimate' && (effect.ci95[0] > 0 || effect.ci95[1] < 0);

function impactCell(effect: ThemeEffect | null, outcome: Outcome): string {
  if (effect === null) return '<span class="muted">–</span>';
  if (effect.kind === 'insufficient') return `<span class="muted">too few scores (n=${effect.n}, need ${effect.needed})</span>`;
  const d = OUTCOME[outcome].decimals;
  const interval = `<br><span class="muted">${outwardInterval(effect.ci95, d).join(' to ')}</span>`;
  const cls = significant(effect) ? (effect.value < 0 ? 'worse-text' : 'better-text') : 'muted';
  return `<span class="${cls}">${html(signed(effect.value, d))}</span>${interval}`;
}

function themeName(theme: ThemeReport, byId: ReadonlyMap<string, ThemeReport>): string {
  const parent = theme.parent === null ? undefined : byId.get(theme.parent);
  return parent === undefined ? html(theme.label) : `<span class="muted">${html(parent.label)} ›</span> ${html(theme.label)}`;
}

/** Sub-themes: the report's `children` (ids or themes) when present, else themes naming it as parent. */
function childrenOf(theme: ThemeReport, report: AnalyzeReport, byId: ReadonlyMap<string, ThemeReport>): ThemeReport[] {
  const raw = (theme as { readonly children?: unknown }).children;
  if (Array.isArray(raw)) {
    const found: ThemeReport[] = [];
    for (const child of raw) {
      const id = typeof child === 'string' ? child : child !== null && typeof child === 'object' && typeof (child as { id?: unknown }).id === 'string' ? (child as { id: string }).id : null;
      const match = id === null ? undefined : byId.get(id);
      if (match !== undefined) found.push(match);
    }
    return found;
  }
  return report.themes.filter((other) => other.parent === theme.id);
}

function examplesCell(theme: ThemeReport, count: number): string {
  return theme.examples
    .slice(0, count)
    .map((example) => `<blockquote>“${html(example.text)}” <span class="where">line ${example.line}${example.id === null ? '' : ` · ${html(example.id)}`}</span></blockquote>`)
    .join('');
}

const MAX_CHILDREN = 3;

function themeTable(ids: readonly string[], kind: 'pain' | 'delight', report: AnalyzeReport, kpi: Outcome, byId: ReadonlyMap<string, ThemeReport>): string {
  const head = [
    { text: '#' },
    { text: kind === 'pain' ? 'Pain point' : 'Delight' },
    { text: 'Mentions', num: true },
    { text: 'Share', num: true },
    { text: '% negative', num: true },
    { text: kpi === 'sentiment' ? 'Sentiment effect (95% CI)' : `${OUTCOME[kpi].name} impact (95% CI)`, num: true },
    { text: 'What customers say (redacted)' },
  ];
  const rows: string[] = [];
  ids.forEach((id, index) => {
    const theme = byId.get(id);
    if (theme === undefined) return;
    const tag = `<span class="tag ${kind}">${kind === 'pain' ? 'P' : 'D'}${index + 1}</span>`;
    rows.push(
      `<tr>${[tag, `<strong>${themeName(theme, byId)}</strong>`, thousands(theme.count), percent(theme.share), percent(theme.sentiment.negativeShare, 0), impactCell(effectOf(theme, kpi), kpi), examplesCell(theme, 2)]
        .map((cell, i) => `<td${head[i]?.num === true ? ' class="num"' : ''}>${cell}</td>`)
        .join('')}</tr>`,
    );
    const children = childrenOf(theme, report, byId);
    for (const child of children.slice(0, MAX_CHILDREN)) {
      rows.push(
        `<tr class="child">${['', `↳ ${html(child.label)}`, thousands(child.count), percent(child.share), percent(child.sentiment.negativeShare, 0), impactCell(effectOf(child, kpi), kpi), '']
          .map((cell, i) => `<td${head[i]?.num === true ? ' class="num"' : ''}>${cell}</td>`)
          .join('')}</tr>`,
      );
    }
    if (children.length > MAX_CHILDREN) {
      rows.push(`<tr class="child more"><td></td><td colspan="6" class="muted">and ${children.length - MAX_CHILDREN} smaller sub-themes (all in --format json)</td></tr>`);
    }
  });
  const headRow = head.map((h) => `<th scope="col"${h.num === true ? ' class="num"' : ''}>${html(h.text)}</th>`).join('');
  return `<table class="themes"><thead><tr>${headRow}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

// ------------------------------------------------------------------------------------------
// KPI cards

const CARD_KPIS: readonly { readonly name: KpiName; readonly pick: (kpis: KpiSet) => Estimate | null; readonly note: string }[] = [
  { name: 'nps', pick: (k) => k.nps, note: '% promoters (9-10) − % detractors (0-6)' },
  { name: 'csat', pick: (k) => k.csat, note: 'share answering 4 or 5 of 5' },
  { name: 'ces', pick: (k) => k.ces, note: 'customer effort, mean of 1-7' },
  { name: 'rating', pick: (k) => k.rating, note: 'mean star rating' },
  { name: 'negativeShare', pick: (k) => k.sentiment.negativeShare, note: 'comments whose tone is negative' },
  { name: 'sentimentMean', pick: (k) => k.sentiment.mean, note: 'comment tone, −1 to +1' },
];

export function kpiCard(name: string, estimate: Estimate, format: (value: number) => string, note: string, extra = ''): string {
  if (estimate.kind === 'insufficient') {
    return `<div class="card"><div class="name">${html(name)}</div><div class="value">–</div><div class="n">${html(insufficient(estimate))}</div></div>`;
  }
  const ci = estimate.ci95 === null ? '' : `<div class="ci">95% CI ${html(format(estimate.ci95[0]))} to ${html(format(estimate.ci95[1]))}</div>`;
  return `<div class="card${extra}"><div class="name">${html(name)}</div><div class="value">${html(format(estimate.value))}</div>${ci}<div class="n">n = ${thousands(estimate.n)} · ${html(note)}</div></div>`;
}

function kpiCards(kpis: KpiSet, mapping: ColumnMapping): string {
  const cards: string[] = [];
  for (const kpi of CARD_KPIS) {
    const estimate = kpi.pick(kpis);
    if (estimate === null) continue;
    const label = kpi.name === 'rating' && mapping.ratingScale !== null ? `Rating (mean, ${mapping.ratingScale.min}-${mapping.ratingScale.max})` : KPI_UNITS[kpi.name].label;
    cards.push(kpiCard(label, estimate, (value) => kpiValue(kpi.name, value), kpi.note));
  }
  return `<div class="cards">${cards.join('')}</div>`;
}

// ------------------------------------------------------------------------------------------
// Pain points and delights

function themeChart(report: AnalyzeReport, kpi: Outcome, counts: { pain: number; delights: number }, byId: ReadonlyMap<string, ThemeReport>): string {
  const points: ScatterPoint[] = [];
  const d = OUTCOME[kpi].decimals;
  const add = (ids: readonly string[], group: number, prefix: string): void => {
    ids.forEach((id, index) => {
      const theme = byId.get(id);
      const effect = theme === undefined ? null : effectOf(theme, kpi);
      if (theme === undefined || effect === null || effect.kind !== 'estimate') return;
      points.push({
        label: theme.label,
        tag: `${prefix}${index + 1}`,
        x: theme.share * 100,
        y: effect.value,
        yInterval: effect.ci95,
        group,
        tooltip: `${prefix}${index + 1} ${theme.label}: ${percent(theme.share)} of comments (${theme.count}), ${effectText(effect.value, effect.ci95, kpi)}`,
      });
    });
  };
  add(report.painPoints.slice(0, counts.pain), 0, 'P');
  add(report.delights.slice(0, counts.delights), 1, 'D');
  const worst = points.filter((p) => p.group === 0)[0];
  const desc =
    `Scatter of ${points.length} themes: share of comments mentioning each theme (x) against its ${kpi === 'sentiment' ? 'sentiment effect' : `impact on ${OUTCOME[kpi].name}`} with 95% intervals (y). ` +
    (worst === undefined ? 'No theme has a significantly negative effect.' : `The top pain point is ${worst.label}: ${worst.tooltip.slice(worst.tooltip.indexOf(':') + 2)}.`);
  const svg = scatterWhiskers(points, {
    id: 'chart-themes',
    title: 'Pain points and delights: how common, and what they cost',
    desc,
    groups: [
      { name: 'pain point', color: WORSE, shape: 'circle' },
      { name: 'delight', color: BETTER, shape: 'square' },
    ],
    xLabel: 'Share of comments mentioning the theme (%)',
    yLabel: OUTCOME[kpi].axis,
    formatX: (value) => `${fixed(value, value < 10 && value % 1 !== 0 ? 1 : 0)}%`,
    formatY: (value) => (value === 0 ? '0' : signed(value, Number.isInteger(value) ? 0 : Math.max(1, -Math.floor(Math.log10(Math.abs(value)))))),
  });
  const alternative = table(
    [{ text: 'Theme' }, { text: 'Share', num: true }, { text: kpi === 'sentiment' ? 'Sentiment effect' : `${OUTCOME[kpi].name} impact`, num: true }, { text: '95% CI', num: true }],
    points.map((p) => [
      `${html(p.tag)} ${html(p.label)}`,
      `${fixed(p.x, 1)}%`,
      signed(p.y, d),
      p.yInterval === null ? '' : outwardInterval(p.yInterval, d).join(' to '),
    ]),
  );
  const caption =
    kpi === 'sentiment'
      ? 'Further right: mentioned more often. Lower: more negative. No NPS, CSAT or rating column, so themes are ranked by their sentiment effect (share × mean tone of the mentions). Whiskers: 95% intervals.'
      : `Further right: mentioned more often. Lower: costs more ${OUTCOME[kpi].name} (the KPI of all rows minus the KPI without the theme's rows). Whiskers: 95% intervals; a pain point's interval lies wholly below the dashed zero line.`;
  return figure(svg, caption, alternative);
}

function effectText(value: number, ci95: readonly [number, number], kpi: Outcome): string {
  const d = OUTCOME[kpi].decimals;
  return `${kpi === 'sentiment' ? 'sentiment effect' : `${OUTCOME[kpi].name} impact`} ${signed(value, d)} ${OUTCOME[kpi].unit} (95% CI ${outwardInterval(ci95, d).join(' to ')})`;
}

// ------------------------------------------------------------------------------------------
// Over time

const estimatePoint = (estimate: Estimate | null, scale: number, tooltip: (value: number) => string): { value: number; interval: [number, number] | null; tooltip: string } | null =>
  estimate === null || estimate.kind !== 'estimate'
    ? null
    : {
        value: estimate.value * scale,
        interval: estimate.ci95 === null ? null : [estimate.ci95[0] * scale, estimate.ci95[1] * scale],
        tooltip: tooltip(estimate.value * scale),
      };

function seriesSection(series: TimeSeries, report: AnalyzeReport, byId: ReadonlyMap<string, ThemeReport>): string {
  const periods = series.points.map((p) => p.period);
  const unit = series.unit;
  const xLabel = unit === 'week' ? 'ISO week (Monday to Sunday)' : 'Month';
  const span = `Comments dated ${series.first} to ${series.last}`;
  const charts: string[] = [];

  charts.push(
    figure(
      bars(
        series.points.map((p) => p.n),
        {
          id: 'chart-volume',
          title: `Comments per ${unit}`,
          desc: `Analysed comments per ${unit}, ${span}: ${series.points.map((p) => `${p.period} ${p.n}`).join(', ')}.`,
          periods,
          yLabel: 'Comments',
          xLabel,
          color: SERIES_COLORS[0]!,
          tooltip: (i) => `${series.points[i]?.period}: ${series.points[i]?.n} comments`,
        },
      ),
      `Analysed comments per ${unit}${series.undated > 0 ? `; ${series.undated} comments without a date are not shown` : ''}.`,
      table(
        [{ text: unit }, { text: 'from' }, { text: 'to' }, { text: 'comments', num: true }],
        series.points.map((p) => [html(p.period), p.from, p.to, thousands(p.n)]),
      ),
    ),
  );

  const outcome = series.outcome;
  const kpiLines: LineSeries[] = [];
  if (outcome !== null) {
    const kpiName: KpiName = outcome;
    const scale = 1;
    kpiLines.push({
      name: KPI_UNITS[kpiName].label,
      color: SERIES_COLORS[0]!,
      points: series.points.map((p) => estimatePoint(p.outcome, scale, (v) => `${p.period}: ${KPI_UNITS[kpiName].label} ${kpiValue(kpiName, v)} (n=${p.outcome?.n ?? 0})`)),
    });
    charts.push(
      figure(
        lineBands(kpiLines, {
          id: 'chart-outcome',
          title: `${KPI_UNITS[kpiName].label} per ${unit} with 95% intervals`,
          desc: describeLine(series.points, (p) => p.outcome, (v) => kpiValue(kpiName, v), KPI_UNITS[kpiName].label),
          periods,
          yLabel: KPI_UNITS[kpiName].label,
          xLabel,
          format: (v) => (outcome === 'rating' ? fixed(v, 1) : fixed(v, 0)),
        }),
        `Shaded band: 95% interval; periods with too few scores are left out.`,
        estimateTable(series.points, (p) => p.outcome, (v) => kpiValue(kpiName, v), unit),
      ),
    );
  }

  charts.push(
    figure(
      lineBands(
        [
          {
            name: '% negative',
            color: WORSE,
            points: series.points.map((p) => estimatePoint(p.negativeShare, 100, (v) => `${p.period}: ${fixed(v, 1)}% negative (n=${p.n})`)),
          },
        ],
        {
          id: 'chart-negative',
          title: `% of comments with a negative tone per ${unit}, with 95% intervals`,
          desc: describeLine(series.points, (p) => p.negativeShare, (v) => percent(v), '% negative'),
          periods,
          yLabel: '% negative',
          xLabel,
          format: (v) => `${fixed(v, 0)}%`,
        },
      ),
      'Share of comments whose overall tone is negative. Shaded band: 95% Wilson interval.',
      estimateTable(series.points, (p) => p.negativeShare, (v) => percent(v), unit),
    ),
  );

  if (series.themes.length > 0) {
    const lines: LineSeries[] = series.themes.map((id, t) => ({
      name: byId.get(id)?.label ?? id,
      color: SERIES_COLORS[t % SERIES_COLORS.length]!,
      points: series.points.map((p) => {
        const theme = p.themes[t];
        if (theme === undefined || p.n === 0) return null;
        return { value: theme.share * 100, interval: null, tooltip: `${p.period}: ${byId.get(id)?.label ?? id} ${percent(theme.share)} (${theme.count} of ${p.n})` };
      }),
    }));
    charts.push(
      figure(
        lineBands(lines, {
          id: 'chart-theme-shares',
          title: `Top pain points: share of comments per ${unit}`,
          desc: `Share of each ${unit}'s comments mentioning the top ${lines.length} pain points: ${lines.map((l) => l.name).join(', ')}.`,
          periods,
          yLabel: 'Share of comments (%)',
          xLabel,
          format: (v) => `${fixed(v, 0)}%`,
        }),
        `Each line is one of the top ${lines.length} pain points.`,
        table(
          [{ text: unit }, ...lines.map((l) => ({ text: l.name, num: true }))],
          series.points.map((p) => [html(p.period), ...p.themes.map((theme) => (p.n === 0 ? '–' : `${percent(theme.share)} (${theme.count})`))]),
        ),
      ),
    );
  }
  void report;
  return section('over-time', `Over time, per ${unit}`, `<p class="lead">${html(span)}; the first and last ${unit} may be partial. Each point's n is in its tooltip and table.</p>`, ...charts);
}

function describeLine(points: readonly SeriesPoint[], pick: (p: SeriesPoint) => Estimate | null, format: (v: number) => string, name: string): string {
  const known = points.flatMap((p) => {
    const e = pick(p);
    return e !== null && e.kind === 'estimate' ? [{ period: p.period, value: e.value }] : [];
  });
  if (known.length === 0) return `${name}: too few scores in every period.`;
  const first = known[0]!;
  const last = known[known.length - 1]!;
  return `${name} per period, from ${format(first.value)} in ${first.period} to ${format(last.value)} in ${last.period}: ${known.map((k) => `${k.period} ${format(k.value)}`).join(', ')}.`;
}

function estimateTable(points: readonly SeriesPoint[], pick: (p: SeriesPoint) => Estimate | null, format: (v: number) => string, unit: string): string {
  return table(
    [{ text: unit }, { text: 'value', num: true }, { text: '95% CI', num: true }, { text: 'n', num: true }],
    points.map((p) => {
      const e = pick(p);
      if (e === null) return [html(p.period), '–', '', '0'];
      if (e.kind === 'insufficient') return [html(p.period), '–', html(insufficient(e)), String(e.n)];
      return [html(p.period), html(format(e.value)), e.ci95 === null ? '' : html(`${format(e.ci95[0])} to ${format(e.ci95[1])}`), thousands(e.n)];
    }),
  );
}

// ------------------------------------------------------------------------------------------
// Segments

const MAX_SEGMENT_ROWS = 15;

function segmentSection(segment: Segment, index: number, report: AnalyzeReport, outcome: Outcome, byId: ReadonlyMap<string, ThemeReport>): string {
  const kpi = outcome === 'sentiment' ? null : outcome;
  const outcomeName: KpiName = kpi ?? 'negativeShare';
  const pick = (kpis: KpiSet): Estimate | null => (kpi === null ? kpis.sentiment.negativeShare : kpis[kpi]);
  const shown = segment.values.slice(0, MAX_SEGMENT_ROWS);
  const rows: DotRow[] = shown.map((value) => {
    const estimate = pick(value.kpis);
    const scale = kpi === null ? 100 : 1;
    return {
      label: `${value.value === '' ? '(empty)' : value.value} (n=${value.n})`,
      values: [estimatePoint(estimate, scale, (v) => `${value.value}: ${KPI_UNITS[outcomeName].label} ${kpi === null ? `${fixed(v, 1)}%` : kpiValue(outcomeName, v)} (n=${estimate?.n ?? 0})`)],
    };
  });
  const overall = pick(report.kpis);
  const painIds = report.painPoints.slice(0, 10);
  const topPain = (themes: Segment['values'][number]['themes']): string => {
    let best: { id: string; share: number; count: number } | null = null;
    for (const theme of themes) {
      if (!painIds.includes(theme.id)) continue;
      if (best === null || theme.share > best.share) best = theme;
    }
    return best === null || best.count === 0 ? '–' : `${html(byId.get(best.id)?.label ?? best.id)} (${percent(best.share)})`;
  };
  const svg = dotWhiskers(rows, {
    id: `chart-segment-${index}`,
    title: `${KPI_UNITS[outcomeName].label} by ${segment.column}`,
    desc: `${KPI_UNITS[outcomeName].label} with 95% intervals for each value of ${segment.column}: ${shown
      .map((v) => {
        const e = pick(v.kpis);
        return `${v.value} ${e !== null && e.kind === 'estimate' ? (kpi === null ? percent(e.value) : kpiValue(outcomeName, e.value)) : 'insufficient data'}`;
      })
      .join(', ')}.`,
    series: [{ name: KPI_UNITS[outcomeName].label, color: SERIES_COLORS[0]! }],
    xLabel: kpi === null ? '% negative' : KPI_UNITS[outcomeName].label,
    format: (v) => (kpi === null ? `${fixed(v, 0)}%` : outcomeName === 'rating' ? fixed(v, 1) : fixed(v, 0)),
  });
  const valueText = (e: Estimate | null, name: KpiName): string =>
    e === null ? '–' : e.kind === 'insufficient' ? `<span class="muted">${html(insufficient(e))}</span>` : `${html(kpiValue(name, e.value))}${e.ci95 === null ? '' : `<br><span class="muted">${html(kpiValue(name, e.ci95[0]))} to ${html(kpiValue(name, e.ci95[1]))}</span>`}`;
  const head = [
    { text: segment.column },
    { text: 'comments', num: true },
    { text: 'share', num: true },
    ...(kpi === null ? [] : [{ text: KPI_UNITS[kpi].label, num: true }]),
    { text: '% negative', num: true },
    { text: 'Most mentioned pain point' },
  ];
  const tableRows = segment.values.map((value) => [
    html(value.value === '' ? '(empty)' : value.value),
    thousands(value.n),
    percent(value.share),
    ...(kpi === null ? [] : [valueText(value.kpis[kpi], kpi)]),
    valueText(value.kpis.sentiment.negativeShare, 'negativeShare'),
    topPain(value.themes),
  ]);
  const overallText = overall !== null && overall.kind === 'estimate' ? ` Overall: ${kpi === null ? percent(overall.value) : kpiValue(outcomeName, overall.value)}.` : '';
  return `<h3>By ${html(segment.column)}</h3>\n<figure>${svg}<figcaption>${html(`Dots: ${KPI_UNITS[outcomeName].label} of each ${segment.column}; lines: 95% intervals.${overallText}${segment.values.length > shown.length ? ` The ${shown.length} largest of ${segment.values.length} values are drawn; all are in the table.` : ''}`)}</figcaption></figure>\n${table(head, tableRows)}`;
}

// ------------------------------------------------------------------------------------------

function glance(report: AnalyzeReport, kpi: Outcome, byId: ReadonlyMap<string, ThemeReport>): string {
  const items: string[] = [];
  report.painPoints.slice(0, 3).forEach((id, index) => {
    const theme = byId.get(id);
    if (theme === undefined) return;
    const effect = effectOf(theme, kpi);
    const cost = effect !== null && effect.kind === 'estimate' ? `, ${effectText(effect.value, effect.ci95, kpi)}` : '';
    items.push(`<li><span class="tag pain">P${index + 1}</span> <strong>${html(theme.label)}</strong>: ${percent(theme.share)} of comments${html(cost)}</li>`);
  });
  const delight = report.delights[0] === undefined ? undefined : byId.get(report.delights[0]);
  if (delight !== undefined) {
    const effect = effectOf(delight, kpi);
    const gain = effect !== null && effect.kind === 'estimate' ? `, ${effectText(effect.value, effect.ci95, kpi)}` : '';
    items.push(`<li><span class="tag delight">D1</span> <strong>${html(delight.label)}</strong>: ${percent(delight.share)} of comments${html(gain)}</li>`);
  }
  if (items.length === 0) return '<p>No theme has an effect whose 95% interval excludes zero: no pain point or delight can be named with confidence.</p>';
  return `<ul class="plain glance">${items.join('')}</ul>`;
}

/** Large themes with no significant effect either way, so nothing big goes unseen. */
function mixedTable(report: AnalyzeReport, kpi: Outcome, byId: ReadonlyMap<string, ThemeReport>, top: number): string {
  const ids = (report.mixed ?? []).slice(0, top);
  if (ids.length === 0) return '';
  const rows = ids.flatMap((id) => {
    const theme = byId.get(id);
    return theme === undefined
      ? []
      : [[html(theme.label), thousands(theme.count), percent(theme.share), percent(theme.sentiment.negativeShare, 0), impactCell(effectOf(theme, kpi), kpi)]];
  });
  return `<h3>Other large themes (no significant effect either way)</h3>\n${table(
    [{ text: 'Theme' }, { text: 'Mentions', num: true }, { text: 'Share', num: true }, { text: '% negative', num: true }, { text: kpi === 'sentiment' ? 'Sentiment effect (95% CI)' : `${OUTCOME[kpi].name} impact (95% CI)`, num: true }],
    rows,
  )}`;
}

export function renderAnalyzeHtml(report: AnalyzeReport, context: RenderContext): string {
  const byId = new Map(report.themes.map((theme) => [theme.id, theme]));
  const kpi = costKpi(report);
  const counts = chartCounts(report, context.top ?? 10);
  const input = report.input;
  const file = input.file === '-' ? 'standard input' : input.file;
  const series = report.series ?? null;
  const dates = series === null ? '' : ` · comments dated ${series.first} to ${series.last}`;

  const body: string[] = [];
  body.push(
    `<header class="report"><h1>Customer feedback: ${html(file)}</h1><p>${thousands(input.analyzed)} comments analysed of ${thousands(input.rows)} records${input.skipped > 0 ? ` (${thousands(input.skipped)} skipped, see the row ledger)` : ''}${html(dates)}</p>` +
      `<p>Intervals are 95%; n is the number of responses behind each number.</p></header>`,
  );
  body.push(warningsBlock(report.warnings));
  body.push(section('kpis', 'Key figures', kpiCards(report.kpis, report.columns)));
  if (report.themes.length > 0) {
    body.push(
      section(
        'themes',
        'Pain points and delights',
        `<p class="lead">Themes are groups of comments about one subject, however customers word it. ${kpi === 'sentiment' ? 'Ranked by their sentiment effect (share × mean tone of the mentions).' : `Ranked by what they cost: the change in ${OUTCOME[kpi].name} if the theme's comments were left out.`} A pain point's 95% interval lies wholly below zero, a delight's wholly above.</p>`,
        glance(report, kpi, byId),
        counts.pain + counts.delights === 0 ? '' : themeChart(report, kpi, counts, byId),
        counts.pain === 0 ? '' : `<h3>Top ${counts.pain} pain points</h3>`,
        counts.pain === 0 ? '' : themeTable(report.painPoints.slice(0, counts.pain), 'pain', report, kpi, byId),
        counts.delights === 0 ? '' : `<h3>Top ${counts.delights} delights</h3>`,
        counts.delights === 0 ? '' : themeTable(report.delights.slice(0, counts.delights), 'delight', report, kpi, byId),
        mixedTable(report, kpi, byId, 10),
      ),
    );
  }
  if (series !== null && series.points.length > 0) body.push(seriesSection(series, report, byId));
  if (report.segments.length > 0) {
    body.push(section('segments', 'Segments', ...report.segments.map((segment, index) => segmentSection(segment, index, report, kpi, byId))));
  }
  body.push(ledgerSection([input]));
  body.push(columnsSection([report.columns]));
  body.push(commandSection(context.command));
  body.push(`<footer>Made with cx ${html(context.version ?? '')} from ${html(file)} · schema ${html(report.schemaVersion)} · formulas: docs/statistics.md</footer>`);
  return renderPage({ title: `Customer feedback: ${file}`, body: body.filter((part) => part !== '').join('\n') });
}
