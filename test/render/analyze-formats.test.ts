import { describe, expect, it } from 'vitest';
import { analyzeRenderers, ANALYZE_CSV_COLUMNS, renderAnalyzeCsv, renderAnalyzeMarkdown, renderJson } from '../../src/render/index.js';
import { report, reportWithChildren } from './_report.js';

describe('renderAnalyzeMarkdown', () => {
  const md = renderAnalyzeMarkdown(report, { color: 0, width: 100 });
  it('escapes comment text: no raw HTML, no cell breaks', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('refund \\| store credit');
    expect(md).not.toContain('\u001b');
  });
  it('has the ledger, KPI table and ranked themes', () => {
    expect(md).toContain('651 records read, 641 analysed, 10 skipped (empty\\_text 10)');
    expect(md).toContain('| NPS | -5.4 | -12.1 to 1.3 | 625 |');
    expect(md).toContain('## Top pain points');
    expect(md).toMatch(/\| 1 \| \*\*refund \\\| store credit\*\* \| 50 \| 7\.8% \|/);
  });
});

describe('renderAnalyzeCsv', () => {
  const csv = renderAnalyzeCsv(report);
  const lines = csv.trimEnd().split('\n');
  it('writes one row per theme under a fixed header', () => {
    expect(lines[0]).toBe(ANALYZE_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + report.themes.length);
  });
  it('neutralises formula cells (OWASP CSV injection)', () => {
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"") refund please"');
    // negative numbers stay numbers
    expect(lines[1]).toContain(',-4.1,-6,-2.2,');
  });
});

describe('nesting in markdown and CSV', () => {
  it('markdown lists every sub-theme as a "Parent › sub-theme" row under its parent, with the cost column', () => {
    const md = renderAnalyzeMarkdown(reportWithChildren, { color: 0, width: 100 }).split('\n');
    const parent = md.findIndex((line) => line.startsWith('| 1 | **refund \\| store credit**'));
    expect(md[parent - 2]).toContain('| NPS impact (95% CI) |');
    expect(md[parent + 1]).toMatch(/^\|  \| refund \\\| store credit › refund delay \| 20 \| 3\.1% \| .* \| -2\.5 \(-3\.4 to -1\.1\) \* \|/);
    expect(md[parent + 2]).toMatch(/^\|  \| refund \\\| store credit › quick refund \|/);
  });
  it('CSV writes each sub-theme right after its parent, with its path and verdict', () => {
    const lines = renderAnalyzeCsv(reportWithChildren).trimEnd().split('\n');
    expect(lines.map((line) => line.split(',')[0])).toEqual(['id', 'refund', 'refund-delay', 'refund-praise', 'fast-delivery']);
    expect(lines[2]).toContain(',refund,refund | store credit › refund delay,,discovered,pain,,,nps,-2.5,-3.4,-1.1,1.1,');
  });
});

describe('renderJson', () => {
  it('round-trips the report with full precision and a final newline', () => {
    const json = renderJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(json).toContain('"value": -0.0512');
  });
});

describe('analyzeRenderers', () => {
  it('maps every format to a renderer', () => {
    expect(Object.keys(analyzeRenderers).sort()).toEqual(['csv', 'html', 'json', 'md', 'table']);
  });
});
