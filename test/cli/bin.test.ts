// The CLI on the shipped fixtures: exit codes, pure JSON on stdout, determinism, schema validity,
// enrich's one-line-per-record, files and pipes. What only a process shows runs the built binary
// (`npm test` builds first): stdout and exit status of a real run, a .env in its folder, exit
// codes 1, 2 and 3, stdin, a broken pipe. The rest runs the same CLI in this process (`inProcess`:
// main(argv, io) from src/cli with stdout and stderr collected), which costs no Node start-up.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from './_io.js';
import { analyzeErrors, deltaErrors, enrichLineErrors } from './_schema.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'bin', 'cx.js');
const fixture = join(repo, 'fixtures', 'feedback.csv');
const FEEDBACK_RECORDS = 651; // fixtures/README.md

type Run = { code: number | null; stdout: string; stderr: string };
function cx(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repo,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same run in this process: only the given environment (as the spawned one: no colour variables unless given), cwd = repo. */
async function inProcess(args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<Run> {
  const io = fakeIo({ env: { PATH: process.env.PATH ?? '', ...options.env }, cwd: repo, ...(options.input === undefined ? {} : { stdin: options.input }) });
  const code = await main(['node', 'cx', ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

const temp = mkdtempSync(join(tmpdir(), 'cx-bin-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('cx analyze', () => {
  const first = cx(['analyze', fixture, '--format', 'json']);

  it('exits 0 with pure JSON on stdout that validates against schema/analyze.schema.json', () => {
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(analyzeErrors(report)).toEqual([]);
    expect(report.input.rows).toBe(FEEDBACK_RECORDS);
    expect(report.input.analyzed + report.input.skipped).toBe(report.input.rows);
    expect(report.input.skippedByReason).toEqual({ empty_text: 10 }); // 10 blank comments (fixtures/README.md)
    expect(report.themes.length).toBeGreaterThan(0);
    expect(report.painPoints.length).toBeGreaterThan(0);
  });

  it('prints the column mapping and the ledger on stderr only', () => {
    expect(first.stderr).toMatch(/^cx: columns: text=comment \(header\)/);
    expect(first.stderr).toContain(`cx: read ${FEEDBACK_RECORDS} records`);
  });

  it('gives byte-identical JSON on a second run (in this process, from src/)', async () => {
    expect((await inProcess(['analyze', fixture, '--format', 'json'])).stdout).toBe(first.stdout);
  });

  it('masks PII in examples unless --no-redact', () => {
    expect(first.stdout).not.toMatch(/[\w.+-]+@example\.(?:com|org)/);
  });

  it('ignores a .env file in the working directory: stdout is pure JSON, nothing about dotenv', () => {
    const dir = mkdtempSync(join(temp, 'dotenv-'));
    writeFileSync(join(dir, '.env'), 'DOTENV_PROBE=1\nNODE_OPTIONS=--no-such-flag\n');
    copyFileSync(fixture, join(dir, 'feedback.csv'));
    const run = cx(['analyze', 'feedback.csv', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stdout.trimStart().startsWith('{')).toBe(true);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/dotenv|DOTENV_PROBE|injecting env/i);
  });

  it('table output: no colour when piped or with NO_COLOR, colour with FORCE_COLOR', async () => {
    // eslint-disable-next-line no-control-regex
    const ansi = /\u001b\[/;
    // The small messy fixture (31 records): colour depends on the environment, not on the data.
    const messy = join(repo, 'fixtures', 'feedback-messy.csv');
    const plain = await inProcess(['analyze', messy, '-q']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Top pain points');
    expect(plain.stdout).not.toMatch(ansi);
    expect((await inProcess(['analyze', messy, '-q'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await inProcess(['analyze', messy, '-q'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await inProcess(['analyze', messy, '-q', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ansi);
  });

  it('md and csv formats', async () => {
    const md = await inProcess(['analyze', fixture, '--format', 'md', '-q']);
    expect(md.stdout).toMatch(/^# Feedback analysis/);
    const csv = await inProcess(['analyze', fixture, '--format', 'csv', '-q']);
    const records = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(records.length).toBe((JSON.parse(first.stdout) as { themes: unknown[] }).themes.length);
  });
});

describe('exit codes (1 and 2 from the built binary; the messages in this process)', () => {
  it('1 for a missing file, one line, no stack', () => {
    const run = cx(['analyze', 'no-such-file.csv']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^cx: no-such-file\.csv: .+\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('1 when no column can be the comment text', async () => {
    const file = join(temp, 'numbers.csv');
    writeFileSync(file, 'a,b\n1,2\n3,4\n5,6\n');
    const run = await inProcess(['analyze', file]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toMatch(/^cx: .*numbers\.csv.*text/);
  });

  it('2 for a flag naming a column that does not exist, listing the columns', async () => {
    const run = await inProcess(['analyze', fixture, '--nps', 'no_such_column']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no_such_column');
    expect(run.stderr).toContain('comment');
    expect(run.stderr).toContain('response_id');
  });

  it('2 for --by naming a column that does not exist, listing the columns', async () => {
    const run = await inProcess(['analyze', fixture, '--by', 'regoin']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cx: .*--by: no column named "regoin"; the columns are: response_id, .*region/);
  });

  it('2 for an unknown flag', () => {
    const run = cx(['analyze', fixture, '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cx: unknown option '--frobnicate'/);
  });
});

describe('cx enrich', () => {
  it('writes exactly one JSONL line per input record, each valid against the schema', async () => {
    const run = await inProcess(['enrich', fixture]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; sentiment: unknown; skipped?: string; themes: string[] });
    expect(lines).toHaveLength(FEEDBACK_RECORDS);
    for (const line of lines) expect(enrichLineErrors(line)).toEqual([]);
    const numbers = lines.map((line) => line.line);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    const skipped = lines.filter((line) => line.skipped !== undefined);
    expect(skipped).toHaveLength(10);
    for (const line of skipped) expect(line).toMatchObject({ sentiment: null, themes: [], skipped: 'empty_text' });
  });

  it('leaves the original fields untouched unless --redact', async () => {
    expect((await inProcess(['enrich', fixture, '-q'])).stdout).toContain('jo.bloggs@example.com');
    const redacted = (await inProcess(['enrich', fixture, '-q', '--redact'])).stdout;
    expect(redacted).not.toContain('jo.bloggs@example.com');
    expect(redacted).toContain('[email]');
  });

  it('--format csv: the original columns plus cx_* columns, one record per input record', async () => {
    const run = await inProcess(['enrich', fixture, '--format', 'csv', '-q']);
    const records = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(FEEDBACK_RECORDS);
    expect(Object.keys(records[0] ?? {})).toEqual([
      'response_id', 'submitted_at', 'How likely are you to recommend us to a friend?', 'csat', 'channel', 'region', 'product_category', 'comment',
      'cx_sentiment', 'cx_sentiment_label', 'cx_themes', 'cx_skipped',
    ]);
  });

  it('a broken pipe (cx enrich | head -1) exits 0 without a word on stderr', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" enrich "${fixture}" -q 2>"${join(temp, 'epipe.err')}" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
    });
    expect(result.stdout.trim()).toBe('0');
    expect(readFileSync(join(temp, 'epipe.err'), 'utf8')).toBe('');
  });
});

describe('--output', () => {
  it('writes the file atomically (no temporary file left) and nothing on stdout', async () => {
    const dir = mkdtempSync(join(temp, 'out-'));
    const target = join(dir, 'report.json');
    const run = await inProcess(['analyze', fixture, '--json', '-q', '--output', target]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(() => JSON.parse(readFileSync(target, 'utf8'))).not.toThrow();
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('refuses to write over the input (exit 2, input untouched)', async () => {
    const copy = join(temp, 'input-copy.csv');
    copyFileSync(fixture, copy);
    const before = readFileSync(copy, 'utf8');
    const run = await inProcess(['analyze', copy, '--output', copy]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/never writes over its input/);
    expect(readFileSync(copy, 'utf8')).toBe(before);
    expect(existsSync(copy)).toBe(true);
  });
});

describe('cx sentiment', () => {
  it('scores a text and explains it as JSON', async () => {
    const run = await inProcess(['sentiment', 'The app is great but checkout keeps failing', '--format', 'json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { score: number; label: string; clauses: { contributions: unknown[] }[] };
    expect(['positive', 'negative', 'neutral']).toContain(result.label);
    expect(result.clauses.length).toBeGreaterThanOrEqual(2);
  });

  it('reads lines from stdin with -, one JSON result per non-blank line (built binary)', () => {
    const run = cx(['sentiment', '-', '--json'], { input: 'love it\n\nterrible service\nwhere is my order?\n' });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { text: string });
    expect(lines.map((line) => line.text)).toEqual(['love it', 'terrible service', 'where is my order?']);
  });
});

describe('cx themes export → cx analyze --taxonomy', () => {
  it('round-trips: the exported taxonomy is applied as taxonomy themes', async () => {
    const exported = await inProcess(['themes', 'export', fixture, '-q']);
    expect(exported.code).toBe(0);
    const taxonomy = JSON.parse(exported.stdout) as { version: number; themes: { id: string }[] };
    expect(taxonomy.version).toBe(1);
    const file = join(temp, 'themes.json');
    writeFileSync(file, exported.stdout);
    const applied = await inProcess(['analyze', fixture, '--taxonomy', file, '--json', '-q']);
    expect(applied.code).toBe(0);
    const report = JSON.parse(applied.stdout) as { themes: { id: string; origin: string }[] };
    const fromTaxonomy = report.themes.filter((theme) => theme.origin === 'taxonomy').map((theme) => theme.id);
    expect(fromTaxonomy.length).toBeGreaterThan(0);
    for (const id of fromTaxonomy) expect(taxonomy.themes.map((theme) => theme.id)).toContain(id);
  });

  it('a broken taxonomy file is a one-line error, exit 1', async () => {
    const file = join(temp, 'broken.json');
    writeFileSync(file, '{"version": 1, "themes": [ {"id": "x"} ]}');
    const run = await inProcess(['analyze', fixture, '--taxonomy', file]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toContain('broken.json');
  });
});

describe('cx delta', () => {
  const planted = join(repo, 'fixtures', 'delta-planted.csv');
  const nochange = join(repo, 'fixtures', 'delta-nochange.csv');

  it('--split finds the planted NPS drop as a significant decline; JSON validates; --fail-on-decline exits 3 (built binary)', () => {
    const run = cx(['delta', planted, '--split', '2025-04-01', '--json', '-q', '--fail-on-decline']);
    expect(run.code).toBe(3);
    const report = JSON.parse(run.stdout) as { kpis: { name: string; significant: boolean; direction: string }[]; baseline: { n: number } };
    expect(deltaErrors(report)).toEqual([]);
    expect(report.baseline.n).toBe(1000);
    expect(report.kpis.find((kpi) => kpi.name === 'nps')).toMatchObject({ significant: true, direction: 'worse' });
  });

  it('--split finds exactly the planted pain point rising, and flags no theme that did not change', async () => {
    // fixtures/delta-planted.csv: payment/checkout complaints go from 9% to 18% of rows in April; every
    // other topic keeps its share (docs: fixtures/README.md). Only the payment theme may be significant.
    const run = await inProcess(['delta', planted, '--split', '2025-04-01', '--json', '-q']);
    const report = JSON.parse(run.stdout) as { themes: { label: string; significant: boolean; status: string; delta: number }[] };
    // The planted topic may surface as more than one theme ("payment", "checkout"); nothing else may.
    const flagged = report.themes.filter((theme) => theme.significant);
    expect(flagged.length).toBeGreaterThan(0);
    for (const theme of flagged) {
      expect(theme).toMatchObject({ status: 'rising' });
      expect(theme.label).toMatch(/payment|checkout/);
      expect(theme.delta).toBeGreaterThan(0);
    }
    expect(report.themes.filter((theme) => theme.status !== 'stable')).toHaveLength(flagged.length);
  });

  it('finds no significant KPI change in the no-change fixture (exit 0 with --fail-on-decline)', async () => {
    const run = await inProcess(['delta', nochange, '--split', '2025-04-01', '--json', '-q', '--fail-on-decline']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { kpis: { name: string; significant: boolean }[] };
    expect(report.kpis.filter((kpi) => kpi.significant).map((kpi) => kpi.name)).toEqual([]);
    const themes = (report as unknown as { themes: { significant: boolean; status: string }[] }).themes;
    expect(themes.length).toBeGreaterThan(5);
    expect(themes.filter((theme) => theme.significant || theme.status !== 'stable')).toEqual([]);
  });

  it('one file without a way to split is a usage error', async () => {
    const run = await inProcess(['delta', planted]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs a second file, or one of --split/);
  });
});
