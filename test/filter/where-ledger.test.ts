import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { parseWhere } from '../../src/filter/index.js';

// fixtures/delta-where-region.csv has 2,400 records, 600 per region (scripts/make-delta-where.mjs).
const input = { path: 'fixtures/delta-where-region.csv' };

describe('--where in the pipeline', () => {
  it('analyses only matching records and counts the others as filtered_out', async () => {
    const report = await analyze({ input, where: [parseWhere('region=North')], threads: 1 });
    expect(report.input.rows).toBe(2400);
    expect(report.input.analyzed).toBe(600);
    expect(report.input.skipped).toBe(1800);
    expect(report.input.skippedByReason).toEqual({ filtered_out: 1800 });
    expect(report.input.firstSkipped).toEqual([]);
  });

  it('combines conditions: two regions but not the phone channel', async () => {
    const report = await analyze({ input, where: ['region=North', 'region=South', 'channel!=phone'].map(parseWhere), threads: 1 });
    // 2 regions × 3 other channels × 75 rows × 2 quarters
    expect(report.input.analyzed).toBe(900);
    expect(report.input.skippedByReason).toEqual({ filtered_out: 1500 });
  });

  it('is a usage error for a column the file does not have', async () => {
    await expect(analyze({ input, where: [parseWhere('country=FR')], threads: 1 })).rejects.toMatchObject({ code: 'usage', file: 'fixtures/delta-where-region.csv' });
  });
});
