/**
 * Helpers for the end-to-end tests: run cx with argv as an analyst types it, cwd = repo root
 * unless given, in a controlled environment, and check what every run must satisfy (no stack
 * traces, the row ledger adds up, no NaN). Two ways to run it:
 * - `cxIn`: in this process, `main(argv, io)` from src/cli with stdout and stderr collected — the
 *   whole program but the process around it. Most tests: each spawn costs a Node start-up.
 * - `cx` / `cxWithNode` / `sh`: the BUILT binary (`node bin/cx.js …`) in a child process, for what
 *   only a process shows: its exit status, stdin, pipes, TZ and locale, a .env, preloaded modules.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The binary under test; CX_E2E_BIN may point at another build (e.g. a snapshot while others rebuild dist/). */
export const BIN = process.env.CX_E2E_BIN ?? join(ROOT, 'bin', 'cx.js');
const CORPUS = join(ROOT, 'test', 'e2e', 'corpus');
/** Corpus file path relative to the repo root, as an analyst would type it. */
export const corpus = (name: string): string => `test/e2e/corpus/${name}`;

export type Run = { readonly code: number | null; readonly stdout: string; readonly stderr: string; readonly ms: number };

export type RunOptions = {
  readonly cwd?: string;
  /** Added to (or, with value undefined, removed from) the base environment. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs?: number;
  readonly input?: string | Buffer;
};

/** A stable environment: no colours, UTC, C locale; FORCE_COLOR and DEBUG from the caller dropped. */
function baseEnv(extra: RunOptions['env']): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC', LANG: 'C', LC_ALL: undefined };
  delete env.FORCE_COLOR;
  delete env.DEBUG;
  delete env.NODE_OPTIONS;
  for (const [key, value] of Object.entries(extra ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env;
}

/**
 * Runs `cx ...args` in this process (src/cli/main.ts with a fake terminal that is not a TTY, and
 * the same environment as `cx`); resolves with the exit code main returns, stdout and stderr.
 * With `cwd`, the process works in that folder for the duration of the run (input paths are
 * resolved by the reader against the process's folder). `input` feeds the CLI's stdin (cx
 * sentiment -); `cx analyze -` reads the real process.stdin, so use `cx` for it.
 */
export async function cxIn(args: readonly string[], options: Omit<RunOptions, 'input' | 'timeoutMs'> & { readonly input?: string } = {}): Promise<Run> {
  const { main } = await import('../../src/cli/main.js');
  const { fakeIo } = await import('../cli/_io.js');
  const env = Object.fromEntries(Object.entries(baseEnv(options.env)).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const cwd = options.cwd ?? ROOT;
  const io = fakeIo({ env, cwd, ...(options.input === undefined ? {} : { stdin: options.input }) });
  const before = process.cwd();
  const started = Date.now();
  process.chdir(cwd);
  try {
    const code = await main(['node', 'cx', ...args], io);
    return { code, stdout: io.out(), stderr: io.err(), ms: Date.now() - started };
  } finally {
    process.chdir(before);
  }
}

/** Spawns `node bin/cx.js ...args`; resolves with exit code (null if killed by the timeout), stdout, stderr. */
export function cx(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return spawnWith(process.execPath, [BIN, ...args], options);
}

/** Like `cx`, with options for node itself first (e.g. ['--require', preload]). */
export function cxWithNode(nodeArgs: readonly string[], args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return spawnWith(process.execPath, [...nodeArgs, BIN, ...args], options);
}

/** Runs a shell command line (for pipes such as `| head -c 100`). */
export function sh(command: string, options: RunOptions = {}): Promise<Run> {
  return spawnWith('/bin/sh', ['-c', command], options);
}

function spawnWith(file: string, args: readonly string[], options: RunOptions): Promise<Run> {
  const started = Date.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(file, args, { cwd: options.cwd ?? ROOT, env: baseEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 100_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Date.now() - started,
      });
    });
    child.stdin.on('error', () => undefined);
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** A fresh directory under os.tmpdir(); remove it with `cleanup`. */
export function tempDir(prefix = 'cx-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
export const cleanup = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** No Node stack frame ("    at fn (file:line:col)") and no raw error class dump in the text. */
export function expectNoStack(text: string): void {
  expect(text).not.toMatch(/^\s+at .+[:(]/m);
  expect(text).not.toMatch(/\b(?:TypeError|RangeError|ReferenceError|SyntaxError|node:internal)\b/);
}

/** A failed run: the given exit code, stdout empty, stderr exactly one line starting "cx: ", no stack. */
export function expectOneLineError(run: Run, code: number, pattern: RegExp): string {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stdout).toBe('');
  expectNoStack(run.stderr);
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  expect(lines, run.stderr).toHaveLength(1);
  const line = lines[0] as string;
  expect(line.startsWith('cx: ')).toBe(true);
  expect(line).toMatch(pattern);
  return line;
}

export type Ledger = {
  readonly rows: number;
  readonly analyzed: number;
  readonly skipped: number;
  readonly skippedByReason: Readonly<Record<string, number>>;
  readonly firstSkipped: readonly { readonly line: number; readonly reason: string; readonly detail: string }[];
  readonly invalidValues: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly firstInvalid: readonly { readonly line: number; readonly kpi: string; readonly reason: string; readonly value: string }[];
  readonly encoding: string;
  readonly format: string;
  readonly compressed: boolean;
  readonly delimiter: string | null;
};

/** Parses a successful `--format json` run, checks the ledger invariant rows = analyzed + skipped and that no number is NaN/Infinity. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function okJson(run: Run): any {
  expect(run.code, run.stderr).toBe(0);
  expectNoStack(run.stderr);
  // A bare NaN/Infinity token (not inside a string) would mean a broken number writer.
  expect(run.stdout).not.toMatch(/[:,[]\s*-?(?:NaN|Infinity)\b/);
  const report = JSON.parse(run.stdout);
  expect(nonFinite(report)).toEqual([]);
  const input: Ledger | undefined = report.input ?? report.inputs?.[0];
  expect(input).toBeDefined();
  if (input !== undefined) expectLedger(input);
  return report;
}

/** Paths of numbers in `value` that are NaN or ±Infinity. */
export function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => nonFinite(inner, `${path}.${key}`));
}

/** rows = analyzed + skipped, and the per-reason counts add up to skipped. */
export function expectLedger(input: Ledger): void {
  expect(input.rows).toBe(input.analyzed + input.skipped);
  const byReason = Object.values(input.skippedByReason).reduce((sum, n) => sum + n, 0);
  expect(byReason).toBe(input.skipped);
}

/** A summary of the ledger convenient for toEqual. */
export const ledgerOf = (input: Ledger): object => ({
  rows: input.rows,
  analyzed: input.analyzed,
  skipped: input.skipped,
  skippedByReason: input.skippedByReason,
  skippedLines: input.firstSkipped.map((skip) => [skip.line, skip.reason]),
});

/** Parses JSON Lines output (cx enrich). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const jsonLines = (text: string): any[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
