import { describe, expect, it } from 'vitest';
import { renderAnalyzeTable } from '../../src/render/index.js';
import { report, reportWithChildren as withChildren } from './_report.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const plain = (text: string): string => text.replace(ANSI, '');

describe('renderAnalyzeTable', () => {
  const out = renderAnalyzeTable(report, { color: 0, width: 100 });

  it('shows the row ledger with skip reasons and first skipped lines', () => {
    expect(out).toContain('651 records read, 641 analysed, 10 skipped (empty_text 10)');
    expect(out).toContain('first skipped: line 45 empty_text, line 97 empty_text');
    expect(out).toContain('nps (nps_out_of_range 2)');
    expect(out).toContain('13 non-answers');
  });

  it('shows KPIs rounded, with interval and n, and explains insufficient data', () => {
    expect(out).toMatch(/NPS\s+│\s+-5\.4 │ -12\.1 to 1\.3\s+│\s+625 │/);
    expect(out).toMatch(/CSAT \(top-2-box\)\s+│\s+57\.7% │ 53\.7% to 61\.6%/);
    expect(out).toContain('% negative');
    expect(out).toContain('42.1%');
    expect(out).toContain('insufficient data (n=1, need 2)');
  });

  it('ranks pain points and delights with share, sentiment and NPS impact', () => {
    expect(out).toContain('Top pain points');
    expect(out).toMatch(/│\s+1 │ refund \| store credit\s+│\s+50 │\s+7\.8% │/);
    expect(out).toContain('-4.1 (-6.0 to -2.2)');
    expect(out).toContain('What delights customers');
    expect(out).toContain('+3.5 (+1.2 to +5.8)');
    expect(out).toContain('themes ranked by NPS impact');
  });

  it('passes example text through terminalSafe (no escape sequences from the data)', () => {
    expect(out).not.toContain('\u001b');
    expect(out).toContain('Still waiting for my refund RED');
    expect(out).not.toContain('\u0007');
  });

  it('has no colour at level 0 and colour at level 1', () => {
    expect(out).toBe(plain(out));
    const coloured = renderAnalyzeTable(report, { color: 1, width: 100 });
    expect(coloured).not.toBe(plain(coloured));
    expect(plain(coloured)).toBe(out);
  });

  it('fits the width it is given', () => {
    for (const width of [60, 80, 120]) {
      const lines = renderAnalyzeTable(report, { color: 0, width }).split('\n');
      const widest = Math.max(...lines.filter((line) => /[│┌└├]/.test(line)).map((line) => Array.from(line).length));
      expect(widest).toBeLessThanOrEqual(width);
    }
  });

  it('shows segments with blank values named and small groups marked', () => {
    expect(out).toContain('By region');
    expect(out).toContain('(blank)');
    expect(out).toContain('n<10');
  });
});

describe('renderAnalyzeTable with a theme hierarchy', () => {
  const out = renderAnalyzeTable(withChildren, { color: 0, width: 120 });
  it('nests a sub-theme under its parent as "Parent › sub-theme", with its own count, share and impact', () => {
    const lines = out.split('\n');
    const parentLine = lines.findIndex((line) => /│\s+1 │ refund \| store credit\s/.test(line));
    expect(parentLine).toBeGreaterThan(0);
    expect(lines[parentLine + 1]).toMatch(/│\s+│\s+refund \| store credit › refund delay\s+│\s+20 │\s+3\.1% │.*-2\.5 \(-3\.4 to -1\.1\)/);
  });
  it('leaves out of a pain point a sub-theme that is a delight, and never numbers sub-themes', () => {
    expect(out).not.toContain('quick refund');
    expect(out).not.toMatch(/│\s+2 │ refund/);
  });
});

describe('renderAnalyzeTable cost column', () => {
  it.each([
    ['nps', 'NPS impact (95% CI)', '-4.1 (-6.0 to -2.2)'],
    ['rating', '★ impact (95% CI)', '-0.420 (-0.510 to -0.330)'],
    ['sentiment', 'sentiment effect (95% CI)', '-0.039 (-0.050 to -0.028)'],
  ] as const)('ranked by %s, the pain table has the column "%s" with "%s"', (rankBy, head, cell) => {
    const refund = {
      ...report.themes[0]!,
      impact: { ...report.themes[0]!.impact, rating: { kind: 'estimate' as const, value: -0.42, n: 48, restN: 577, ci95: [-0.51, -0.33] as [number, number], significant: true, themeValue: 2.1, restValue: 3.4 } },
    };
    const out = renderAnalyzeTable({ ...report, rankBy, themes: [refund, report.themes[1]!] }, { color: 0, width: 120 });
    const pain = out.slice(out.indexOf('Top pain points'), out.indexOf('What delights'));
    expect(pain).toContain(head);
    expect(pain).toContain(cell);
  });

  it('at 80 columns keeps the cost column with its interval and a theme column of at least 28 characters', () => {
    const out = renderAnalyzeTable(withChildren, { color: 0, width: 80 });
    const lines = out.split('\n');
    expect(Math.max(...lines.map((line) => Array.from(line).length))).toBeLessThanOrEqual(80);
    const header = lines.find((line) => line.includes('│ theme'))!;
    const themeCell = header.split('│')[2]!;
    expect(themeCell.length).toBeGreaterThanOrEqual(30); // 28 characters + padding
    expect(header).toContain('NPS impact (95% CI)');
    expect(out).toMatch(/-4\.1 (\(-6\.0 to -2\.2\)|\[-6\.0,-2\.2\])/);
  });

  it('at 60 columns shortens the interval to [low,high] rather than drop it', () => {
    const out = renderAnalyzeTable(withChildren, { color: 0, width: 60 });
    expect(out).toContain('-4.1 [-6.0,-2.2]');
  });
});

describe('renderAnalyzeTable KPIs with a star rating and no NPS', () => {
  it('leads with the mean rating and the shares of 1-2★ and 4-5★', () => {
    const kpis = {
      ...report.kpis,
      nps: null,
      csat: null,
      rating: { kind: 'estimate' as const, value: 2.86, n: 5997, ci95: [2.82, 2.91] as [number, number] },
      ratingLow: { kind: 'estimate' as const, value: 0.503, n: 5997, ci95: [0.491, 0.516] as [number, number] },
      ratingHigh: { kind: 'estimate' as const, value: 0.43, n: 5997, ci95: [0.418, 0.443] as [number, number] },
    };
    const out = renderAnalyzeTable(
      { ...report, kpis, rankBy: 'rating', columns: { ...report.columns, nps: null, csat: null, rating: { column: 'score', detectedBy: 'header' }, ratingScale: { min: 1, max: 5 } } },
      { color: 0, width: 80 },
    );
    const kpiLines = out.slice(out.indexOf('KPIs'), out.indexOf('Top pain points')).split('\n').filter((line) => line.startsWith('│'));
    expect(kpiLines[1]).toMatch(/│ Rating \(mean, 1-5\)\s+│\s+2\.86 │ 2\.82 to 2\.91\s+│\s+5997 │/);
    expect(kpiLines[2]).toMatch(/│ Rated 1-2★\s+│\s+50\.3% │ 49\.1% to 51\.6%/);
    expect(kpiLines[3]).toMatch(/│ Rated 4-5★\s+│\s+43\.0% │ 41\.8% to 44\.3%/);
    expect(out).not.toContain('NPS');
  });
});

describe('renderAnalyzeTable examples', () => {
  it('does not quote the same comment twice under a parent and its sub-theme', () => {
    const out = plain(renderAnalyzeTable(withChildren, { color: 0, width: 120 }));
    expect(out.split('Still waiting for my refund').length - 1).toBe(1);
    expect(out).toContain('Refund took three weeks.');
  });
});
