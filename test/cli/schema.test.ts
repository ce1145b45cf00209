import { describe, expect, it } from 'vitest';
import { report } from '../render/_report.js';
import { analyzeErrors, enrichLineErrors } from './_schema.js';

describe('schema/analyze.schema.json', () => {
  it('accepts a report as the pipeline types describe it', () => {
    expect(analyzeErrors(JSON.parse(JSON.stringify(report)))).toEqual([]);
  });
  it('rejects a report missing a field or with a wrong type', () => {
    const { themes: _themes, ...withoutThemes } = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
    expect(analyzeErrors(withoutThemes).join()).toContain("must have required property 'themes'");
    const wrong = JSON.parse(JSON.stringify(report)) as { input: { rows: unknown } };
    wrong.input.rows = '651';
    expect(analyzeErrors(wrong).join()).toContain('/input/rows must be integer');
  });
});

describe('schema/enrich-line.schema.json', () => {
  it('accepts analysed and skipped lines, rejects a line without sentiment', () => {
    expect(enrichLineErrors({ line: 2, id: 'R1', sentiment: { score: -0.4, label: 'negative' }, themes: ['refund'], fields: { comment: 'x' } })).toEqual([]);
    expect(enrichLineErrors({ line: 3, id: null, sentiment: null, themes: [], skipped: 'empty_text', fields: {} })).toEqual([]);
    expect(enrichLineErrors({ line: 3, id: null, themes: [], fields: {} })).not.toEqual([]);
  });
});
