import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { createProgress, progressEnabled, progressText } from '../../src/cli/progress.js';
import { collect, PROGRESS_EVERY } from '../../src/pipeline/collect.js';
import type { Progress } from '../../src/pipeline/types.js';

function terminal(env: Record<string, string> = {}, tty = true): CliIo & { written: string[] } {
  const written: string[] = [];
  const stderr = { isTTY: tty, columns: 100, write: (text: string) => written.push(text) } as unknown as CliIo['stderr'];
  return { stdout: stderr, stderr, stdin: process.stdin, env, cwd: process.cwd(), written };
}

const reading = (rows: number): Progress => ({ stage: 'reading', rows, bytes: rows * 100, totalBytes: 10_000_000 });

describe('progressEnabled', () => {
  it('draws only on a terminal, never with --quiet, NO_COLOR or CI', () => {
    expect(progressEnabled(terminal(), false)).toBe(true);
    expect(progressEnabled(terminal({}, false), false)).toBe(false);
    expect(progressEnabled(terminal(), true)).toBe(false);
    expect(progressEnabled(terminal({ NO_COLOR: '1' }), false)).toBe(false);
    expect(progressEnabled(terminal({ CI: 'true' }), false)).toBe(false);
    expect(progressEnabled(terminal({ NO_COLOR: '', CI: '' }), false)).toBe(true);
  });
});

describe('progressText', () => {
  it('shows stage, rows, rows/s and % of bytes', () => {
    // 48,000 rows in 4 s = 12,000 rows/s; 4.1 MB of 10 MB = 41%.
    expect(progressText({ stage: 'reading', rows: 48_000, bytes: 4_100_000, totalBytes: 10_000_000 }, 4000)).toBe(
      'cx: reading · 48,000 rows · 12,000 rows/s · 41% of 10.0 MB',
    );
    expect(progressText({ stage: 'reading', rows: 5000, bytes: null, totalBytes: null }, 2000)).toBe('cx: reading · 5,000 rows · 2,500 rows/s');
    expect(progressText({ stage: 'analysing', rows: 96_000, bytes: 1, totalBytes: 1 }, 9000)).toBe('cx: finding themes and KPIs · 96,000 rows');
  });
});

describe('createProgress', () => {
  it('stays silent for the first second, then redraws one line in place and clears it when done', () => {
    const io = terminal();
    let now = 0;
    const progress = createProgress(io, false, () => now);
    now = 900;
    progress.onProgress?.(reading(4096));
    expect(io.written).toEqual([]);
    now = 1200;
    progress.onProgress?.(reading(8192));
    now = 1250; // within the redraw interval: skipped
    progress.onProgress?.(reading(12_288));
    expect(io.written).toEqual(['\rcx: reading · 8,192 rows · 6,827 rows/s · 8% of 10.0 MB\u001b[K']);
    progress.done();
    expect(io.written.at(-1)).toBe('\r\u001b[K');
  });

  it('gives no callback and writes nothing when off', () => {
    const io = terminal({ CI: '1' });
    const progress = createProgress(io, false, () => 5000);
    expect(progress.onProgress).toBeUndefined();
    progress.done();
    expect(io.written).toEqual([]);
  });
});

describe('collect onProgress', () => {
  it(`reports every ${PROGRESS_EVERY} records with bytes read, and once when reading is done`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cx-progress-'));
    try {
      const file = join(dir, 'rows.csv');
      const rows = 2 * PROGRESS_EVERY + 1;
      writeFileSync(file, `comment\n${Array.from({ length: rows }, (_, i) => `slow delivery number ${i}`).join('\n')}\n`);
      const calls: Progress[] = [];
      await collect({ input: { path: file }, onProgress: (p) => calls.push(p) });
      expect(calls.map((c) => [c.stage, c.rows])).toEqual([
        ['reading', PROGRESS_EVERY],
        ['reading', 2 * PROGRESS_EVERY],
        ['analysing', rows],
      ]);
      const size = statSync(file).size;
      expect(calls.every((c) => c.totalBytes === size && c.bytes !== null && c.bytes <= size)).toBe(true);
      expect(calls.at(-1)!.bytes).toBe(size);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
