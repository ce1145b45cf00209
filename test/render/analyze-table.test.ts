import { describe, expect, it } from 'vitest';
import { renderAnalyzeTable } from '../../src/render/index.js';
import { report } from './_report.js';

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
    expect(out).toContain('n<10'); // insufficient impact
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
  it('shows a sub-theme as "parent › child"', () => {
    const child = { ...report.themes[0]!, id: 'refund-late', label: 'late refund', parent: 'refund' };
    const withChild = { ...report, themes: [...report.themes, child], painPoints: ['refund-late', 'refund'] };
    const out = renderAnalyzeTable(withChild, { color: 0, width: 100 });
    expect(out).toMatch(/│\s+1 │ refund \| store credit › late\s/);
  });
});

describe('renderAnalyzeTable examples', () => {
  it('does not quote the same comment twice when a sub-theme follows its parent', () => {
    const parent = report.themes[0]!;
    const child = {
      ...parent,
      id: 'refund-delay',
      label: 'delay',
      parent: 'refund',
      examples: [parent.examples[0]!, { line: 11, id: 'R-11', text: 'Refund took three weeks.', aspectScore: -0.6 }],
    };
    const withChild = { ...report, themes: [...report.themes, child], painPoints: ['refund', 'refund-delay'] };
    const out = plain(renderAnalyzeTable(withChild, { color: 0, width: 120 }));
    expect(out.split('Still waiting for my refund').length - 1).toBe(1);
    expect(out).toContain('Refund took three weeks.');
  });
});
