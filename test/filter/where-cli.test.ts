/** `--where` on the three commands that read an export: argv → conditions → ledger, and the usage errors. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../cli/_io.js';

const repo = resolve(import.meta.dirname, '../..');
const file = 'fixtures/delta-where-region.csv'; // 2,400 records, 600 per region, 300 per region and quarter

async function cx(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo({ env: { NO_COLOR: '1' }, cwd: repo });
  const code = await main(['node', 'cx', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('--where', () => {
  // Usage errors first: a command has already started loading its renderer (lazily) when it fails;
  // the runs below load the same modules, so nothing is still loading when the file's environment ends.
  it('a column the file does not have is a usage error (exit 2) naming the columns', async () => {
    const { code, err } = await cx('analyze', file, '--where', 'country=FR');
    expect(code).toBe(2);
    expect(err).toContain('--where: no column named "country"; the columns are: response_id, submitted_at, nps, region, channel, comment');
  });

  it('a condition without = is a usage error', async () => {
    const { code, err } = await cx('delta', file, '--period', 'quarter', '--where', 'region');
    expect(code).toBe(2);
    expect(err).toContain('--where: expected COLUMN=VALUE or COLUMN!=VALUE, got "region"');
  });

  it('cx analyze: analyses the matching records, counts the rest as filtered_out and says so on stderr', async () => {
    const { code, out, err } = await cx('analyze', file, '--where', 'region=North', '--where', 'region=South', '--json', '--threads', '1');
    expect(code).toBe(0);
    const report = JSON.parse(out) as { input: { analyzed: number; skippedByReason: Record<string, number> } };
    expect(report.input.analyzed).toBe(1200);
    expect(report.input.skippedByReason).toEqual({ filtered_out: 1200 });
    expect(err).toContain('read 2400 records: 1200 analysed, 1200 skipped (filtered_out 1200)\n');
  }, 60_000);

  it('cx delta: compares only the matching records (North alone: no region left to split by)', async () => {
    const { code, out } = await cx('delta', file, '--period', 'quarter', '--where', 'region=North', '--json', '--threads', '1');
    expect(code).toBe(0);
    const report = JSON.parse(out) as { baseline: { n: number }; current: { n: number }; where: { column: string; value: string }[] };
    expect([report.baseline.n, report.current.n]).toEqual([300, 300]);
    expect(new Set(report.where.filter((w) => w.column === 'region').map((w) => w.value))).toEqual(new Set(['North']));
  }, 60_000);

  it('cx enrich: writes every record, the filtered ones as skipped lines', async () => {
    const { code, out } = await cx('enrich', file, '--where', 'channel!=phone', '--threads', '1');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2400);
    expect(lines.filter((line) => line.includes('"filtered_out"'))).toHaveLength(600);
  }, 60_000);
});
