import { describe, expect, it } from 'vitest';
import type { AnalyzeReport } from '../../src/pipeline/types.js';
import { chartCounts, costKpi, renderAnalyzeHtml } from '../../src/render/html-analyze.js';
import { commandLine } from '../../src/render/html-parts.js';
import { report } from './_report.js';

const context = { color: 0 as const, width: 100, command: commandLine(['analyze', 'my file.csv', '--by', 'region']), version: '9.9.9' };
const marksIn = (page: string, id: string): number => {
  const start = page.indexOf(`id="${id}"`);
  if (start < 0) return -1;
  const end = page.indexOf('</svg>', start);
  return (page.slice(start, end).match(/class="mark"/g) ?? []).length;
};

describe('renderAnalyzeHtml', () => {
  const page = renderAnalyzeHtml(report, context);

  it('is one self-contained document: no scripts, links, fonts or URLs to fetch, and a CSP forbidding them', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(page).not.toMatch(/<script|<link|@import|url\(|src="http|href="http/i);
  });

  it('escapes every text from the input (comments, labels, warnings)', () => {
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('\u001b');
    expect(page).not.toContain('\u0007');
    const hostile: AnalyzeReport = { ...report, themes: report.themes.map((t, i) => (i === 0 ? { ...t, label: '<img src=x onerror=alert(1)>' } : t)) };
    const other = renderAnalyzeHtml(hostile, context);
    expect(other).not.toContain('<img');
    expect(other).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows KPI cards with interval and n, and too little data as such', () => {
    expect(page).toContain('<div class="value">-5.4</div><div class="ci">95% CI -12.1 to 1.3</div><div class="n">n = 625');
    expect(page).toContain('insufficient data (n=1, need 2)');
  });

  it('draws each pain point and delight with its effect interval, and lists it in the table', () => {
    // 'refund' costs -4.1 NPS points (-6.0 to -2.2); 'fast delivery' adds +3.5 (+1.2 to +5.8).
    expect(chartCounts(report)).toEqual({ pain: 1, delights: 1 });
    expect(costKpi(report)).toBe('nps');
    expect(marksIn(page, 'chart-themes')).toBe(2);
    expect(page).toContain('<span class="worse-text">-4.1</span><br><span class="muted">-6.0 to -2.2</span>');
    expect(page).toContain('<span class="better-text">+3.5</span><br><span class="muted">+1.2 to +5.8</span>');
  });

  it('leaves out of the chart a theme whose effect has too few scores, and says so in the table', () => {
    const thin: AnalyzeReport = {
      ...report,
      themes: report.themes.map((t) =>
        t.id === 'fast-delivery' ? { ...t, rank: { ...t.rank, effect: null }, impact: { ...t.impact, nps: { kind: 'insufficient' as const, n: 4, restN: 600, needed: 10 } } } : t,
      ),
    };
    const other = renderAnalyzeHtml(thin, context);
    expect(marksIn(other, 'chart-themes')).toBe(1);
    expect(other).toContain('too few scores (n=4, need 10)');
  });

  it('gives every chart a title and a description, and its numbers as a table', () => {
    const charts = page.match(/<svg [^>]*>/g) ?? [];
    expect(charts.length).toBe(2); // the theme chart and the region chart (no dates in this report)
    for (const svg of charts) expect(svg).toMatch(/role="img" aria-labelledby="([\w-]+)-title \1-desc"/);
    expect(page).toContain("Show the chart's numbers as a table");
  });

  it('has the segments, row ledger, column mapping and the exact command line', () => {
    expect(marksIn(page, 'chart-segment-0')).toBe(1); // EMEA; the empty value has too few NPS scores
    expect(page).toContain('<td>Records read</td><td class="num">651</td>');
    expect(page).toContain('line 45 (empty_text)');
    expect(page).toContain('<code>How likely are you to recommend us to a friend?</code>');
    expect(page).toContain("cx analyze &#39;my file.csv&#39; --by region");
  });

  it('draws the series when the report carries one', () => {
    const points = ['2025-W36', '2025-W37'].map((period, i) => ({
      period, from: '', to: '', n: 20 + i,
      negativeShare: { kind: 'estimate' as const, value: 0.4, n: 20 + i, ci95: [0.2, 0.6] as const },
      outcome: { kind: 'estimate' as const, value: -5, n: 20 + i, ci95: [-20, 10] as const },
      themes: [{ id: 'refund', count: 2, share: 0.1 }],
    }));
    const withSeries: AnalyzeReport = { ...report, series: { unit: 'week', first: '2025-09-01', last: '2025-09-14', outcome: 'nps', themes: ['refund'], undated: 0, points } };
    const html = renderAnalyzeHtml(withSeries, context);
    expect(['chart-volume', 'chart-outcome', 'chart-negative', 'chart-theme-shares'].map((id) => marksIn(html, id))).toEqual([2, 2, 2, 2]);
  });

  it('is deterministic', () => {
    expect(renderAnalyzeHtml(report, context)).toBe(page);
  });
});

describe('commandLine', () => {
  it('quotes arguments a shell would split or expand', () => {
    expect(commandLine(['analyze', 'my file.csv', "it's", '--top', '5', '$HOME'])).toBe(`cx analyze 'my file.csv' 'it'\\''s' --top 5 '$HOME'`);
  });
});
