// rereadExamples: a file run keeps no comment text and reads the file again for its examples;
// the examples are those picked from kept texts (same rows, same order), with --examples 1, 3 and 8.
import { describe, expect, it } from 'vitest';
import { analyze, buildReport } from '../../src/pipeline.js';
import { collect } from '../../src/pipeline/collect.js';
import { discoverThemes } from '../../src/themes/index.js';

const input = { path: 'fixtures/feedback.csv' };

describe('analyze of a file', () => {
  it.each([1, 3, 8])('quotes the examples kept texts give (--examples %i)', async (examples) => {
    const fromFile = await analyze({ input, examples, threads: 1 });
    const kept = await collect({ input, threads: 1 });
    expect(kept.rows.text).not.toBeNull();
    const report = buildReport(kept, discoverThemes(kept.docs, {}), { examples });
    expect(fromFile.themes.length).toBeGreaterThan(3);
    expect(fromFile.themes.map((theme) => theme.examples)).toEqual(report.themes.map((theme) => theme.examples));
    expect(JSON.stringify(fromFile)).toBe(JSON.stringify(report));
  });

  it('keeps no comment text while it analyses a file', async () => {
    const collected = await collect({ input, keepTexts: false, threads: 1 });
    expect(collected.rows.text).toBeNull();
  });
});
