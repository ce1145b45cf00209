import { describe, expect, it } from 'vitest';
import { chartedThemes, listedThemes, renderDeltaHtml, significantTerms } from '../../src/render/html-delta.js';
import { output, report } from './delta-fixture.js';

const page = renderDeltaHtml(output, { color: 0, width: 100, command: 'cx delta a.csv --split 2025-04-01 --format html' });
const marksIn = (id: string): number => {
  const start = page.indexOf(`id="${id}"`);
  return start < 0 ? -1 : (page.slice(start, page.indexOf('</svg>', start)).match(/class="mark"/g) ?? []).length;
};

describe('renderDeltaHtml', () => {
  it('lists every significant worsening first (never cut), then better, then new and gone', () => {
    const ids = listedThemes(report).map((t) => t.id);
    expect(ids).toHaveLength(34); // 31 worse + 1 better + 1 new + 1 gone; the 2 stable ones are counted, not listed
    expect(ids[0]).toBe('payment'); // +7.6 pp, the largest worsening
    expect(ids[1]).toBe('worse-30');
    expect(ids.slice(31)).toEqual(['refund-fixed', 'gift-wrap', 'fax']);
    for (let i = 1; i <= 30; i += 1) expect(page).toContain(`complaint ${i}<`);
    expect(page).toContain('31 worse, 1 better, 1 new, 1 gone; 2 other themes are stable or too small to test.');
  });

  it('charts KPI changes per unit and the theme changes that have an interval', () => {
    expect(marksIn('c0-kpi-points')).toBe(1);
    expect(marksIn('c0-kpi-scale')).toBe(1); // sentiment; CES has no delta
    expect(marksIn('c0-kpi-percent')).toBe(1);
    expect(marksIn('c0-themes')).toBe(chartedThemes(report).length);
    expect(chartedThemes(report)).toHaveLength(32);
  });

  it('never prints a significant interval as touching zero, and "→" for no change', () => {
    expect(page).toContain('95% CI -0.06 to -0.001');
    expect(page).not.toContain('to 0.00<');
    expect(page).toContain('→ 0.0 pp');
  });

  it('shows only words at |z| ≥ 1.96, escaped', () => {
    expect(significantTerms(report.terms.overRepresented).map((t) => t.term)).toEqual(['checkout']);
    expect(page).toContain('<strong>checkout</strong>');
    expect(page).not.toContain('weather');
    expect(page).not.toContain('kids');
    expect(page).not.toContain('\u001b');
    expect(page).toContain('payment | &lt;checkout&gt;');
  });

  it('is self-contained and shows the command line', () => {
    expect(page).not.toMatch(/<script|<link|url\(|src="http|href="http/i);
    expect(page).toContain('cx delta a.csv --split 2025-04-01 --format html');
  });
});
