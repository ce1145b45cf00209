#!/usr/bin/env node
// Whole-process benchmark of cx against its building blocks, on synthetic exports, with the
// targets of issue 11 checked side by side in the same run.
//
//   npm run bench                                  # 100k and 200k rows, median of 5 interleaved runs
//   npm run bench -- --rows 100000,200000,1000000  # the full table (enrich and delta run on the largest)
//   npm run bench -- --runs 1                      # a quick look (medians of one run are noisy)
//   npm run bench -- --out /tmp/bench.json         # where the JSON goes (default bench-results.json)
//
// The corpora are made (once, if missing) by ../shared/bench/make-export.mjs as /tmp/cx-bench-<N>.csv,
// drawing real labelled texts from ../shared/data. Every task is its own node process, timed from
// spawn to exit (wall clock), so start-up, reading and writing count; its peak RSS comes from
// /usr/bin/time -v when present, otherwise from process.resourceUsage().maxRSS recorded at exit by
// a module preloaded into the child. Runs are interleaved (run 1 of every task, then run 2, …) so a
// machine that gets busier affects all tasks alike. A task that exits non-zero is reported as failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const makeExport = fileURLToPath(new URL('../../shared/bench/make-export.mjs', import.meta.url));

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const sizes = String(flag('rows', process.env.BENCH_ROWS ?? '100000,200000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .sort((a, b) => a - b);
const runs = Number(flag('runs', process.env.BENCH_RUNS ?? 5));
const out = flag('out', join(repo, 'bench-results.json'));
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node scripts/bench.mjs [--rows N[,N…]] [--runs R] [--out FILE]');
  process.exit(2);
}
const fileFor = (n) => `/tmp/cx-bench-${n % 1000 === 0 ? `${n / 1000}k` : n}.csv`;

// ------------------------------------------------------------------------------------------
// Corpora.
for (const n of sizes) {
  const file = fileFor(n);
  if (existsSync(file)) continue;
  if (!existsSync(makeExport)) {
    console.error(`bench: ${file} does not exist and ${makeExport} is not there to make it`);
    process.exit(1);
  }
  console.error(`bench: making ${file} (${n} rows) with ${makeExport}`);
  const made = spawnSync(process.execPath, [makeExport, '--rows', String(n), '--out', file], { stdio: 'inherit' });
  if (made.status !== 0) {
    console.error('bench: make-export failed');
    process.exit(1);
  }
}

// ------------------------------------------------------------------------------------------
// Tasks: each a node command line, run from the repository root, stdout discarded.
const csvParse = join(repo, 'node_modules', 'csv-parse', 'lib', 'index.js');
const sentimentLib = join(repo, 'node_modules', 'sentiment', 'lib', 'index.js');
const csvParseOnly = `
import { createReadStream } from 'node:fs';
import { parse } from ${JSON.stringify(csvParse)};
let records = 0;
for await (const _ of createReadStream(process.argv[1]).pipe(parse({ columns: true, bom: true }))) records++;
process.stderr.write('records=' + records + '\\n');
`;
const sentimentOnly = `
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from ${JSON.stringify(csvParse)};
const Sentiment = createRequire(import.meta.url)(${JSON.stringify(sentimentLib)});
const sentiment = new Sentiment();
let records = 0, total = 0;
for await (const row of createReadStream(process.argv[1]).pipe(parse({ columns: true, bom: true }))) {
  total += sentiment.analyze(row.comment ?? '').comparative;
  records++;
}
process.stderr.write('records=' + records + ' mean=' + (total / records).toFixed(4) + '\\n');
`;
// CX_BENCH_BIN: another build's bin/cx.js (e.g. a snapshot, so that dist/ can be rebuilt while the bench runs).
const cx = process.env.CX_BENCH_BIN ?? join(repo, 'bin', 'cx.js');
const fixture = join(repo, 'fixtures', 'feedback.csv');
const largest = sizes[sizes.length - 1];
/** cx's default --threads: the available cores, at most 4 (src/cli/commands/_shared.ts). */
const defaultThreads = Math.min(os.availableParallelism(), 4);

/** { id, name, rows, file, argv } — `id` names the row in the JSON. */
const tasks = [
  { id: 'node', name: 'node -e 0 (start-up anchor)', rows: null, file: null, argv: ['-e', '0'] },
  { id: 'startup', name: 'cx analyze fixtures/feedback.csv (651 rows)', rows: 651, file: fixture, argv: [cx, 'analyze', fixture, '--format', 'json', '-q'] },
];
for (const n of sizes) {
  const file = fileFor(n);
  tasks.push(
    { id: `csv-parse@${n}`, name: 'csv-parse streaming pass', rows: n, file, argv: ['--input-type=module', '-e', csvParseOnly, file] },
    { id: `sentiment@${n}`, name: 'npm sentiment (parse + score)', rows: n, file, argv: ['--input-type=module', '-e', sentimentOnly, file] },
    { id: `analyze@${n}`, name: `cx analyze --format json (${defaultThreads} threads)`, rows: n, file, argv: [cx, 'analyze', file, '--format', 'json', '-q'] },
    { id: `analyze-1@${n}`, name: 'cx analyze --format json --threads 1', rows: n, file, argv: [cx, 'analyze', file, '--format', 'json', '-q', '--threads', '1'] },
  );
}
tasks.push(
  { id: `enrich@${largest}`, name: 'cx enrich (JSONL)', rows: largest, file: fileFor(largest), argv: [cx, 'enrich', fileFor(largest), '-q'] },
  { id: `delta@${largest}`, name: 'cx delta --period quarter', rows: largest, file: fileFor(largest), argv: [cx, 'delta', fileFor(largest), '--period', 'quarter', '--format', 'json', '-q'] },
);

// Fallback peak-RSS probe: a module preloaded with --import that records maxRSS (kB) at exit.
const scratch = mkdtempSync(join(os.tmpdir(), 'cx-bench-'));
const rssFile = join(scratch, 'rss');
const probe = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => { try { writeFileSync(process.env.CX_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); } catch {} });",
)}`;
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size');

async function runOnce(task) {
  rmSync(rssFile, { force: true });
  const node = process.execPath;
  const [command, argv] = gnuTime ? ['/usr/bin/time', ['-v', node, ...task.argv]] : [node, ['--import', probe, ...task.argv]];
  const started = performance.now();
  const child = spawn(command, argv, {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CX_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
  });
  // Output is counted and dropped; the time of its first byte shows whether a command streams.
  let firstOutput = null;
  child.stdout.on('data', () => {
    firstOutput ??= (performance.now() - started) / 1000;
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text) => {
    if (stderr.length < 1 << 20) stderr += text;
  });
  const { status, error } = await new Promise((resolve) => {
    child.on('error', (failure) => resolve({ status: null, error: failure }));
    child.on('close', (code) => resolve({ status: code, error: null }));
  });
  const seconds = (performance.now() - started) / 1000;
  let rssKb = null;
  if (gnuTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    if (match) rssKb = Number(match[1]);
  } else if (existsSync(rssFile)) {
    rssKb = Number(readFileSync(rssFile, 'utf8'));
  }
  // cx delta exits 3 only with --fail-on-decline; 0 is success for every task here.
  const ok = status === 0 && !error;
  const errorLines = stderr.split('\n').filter((line) => line.trim() !== '' && !/^\s*(Command being timed|Command exited)/.test(line) && !/^\s+\S.*: /.test(line));
  return { ok, seconds, firstOutput, rssKb, error: ok ? null : (error?.message ?? errorLines[0] ?? `exit ${status}`) };
}

const median = (values) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const loadAtStart = os.loadavg().map((l) => l.toFixed(2)).join(' ');
const state = new Map(tasks.map((task) => [task.id, { times: [], firsts: [], rss: [], failure: null }]));
for (let i = 0; i < runs; i++) {
  for (const task of tasks) {
    const s = state.get(task.id);
    if (s.failure !== null) continue;
    process.stderr.write(`bench: run ${i + 1}/${runs}: ${task.name}${task.rows === null ? '' : ` (${task.rows.toLocaleString('en-US')} rows)`}\n`);
    const run = await runOnce(task);
    if (!run.ok) {
      s.failure = run.error;
      continue;
    }
    s.times.push(run.seconds);
    if (run.firstOutput !== null) s.firsts.push(run.firstOutput);
    if (run.rssKb !== null) s.rss.push(run.rssKb);
  }
}
rmSync(scratch, { recursive: true, force: true });

// ------------------------------------------------------------------------------------------
// Results, ratios and targets.
const result = (id) => {
  const task = tasks.find((t) => t.id === id);
  const s = state.get(id);
  const seconds = median(s.times);
  const bytes = task.file === null ? null : statSync(task.file).size;
  return {
    id,
    task: task.name,
    rows: task.rows,
    seconds,
    runs: s.times,
    firstOutputSeconds: median(s.firsts),
    rowsPerSecond: seconds === null || task.rows === null ? null : task.rows / seconds,
    mbPerSecond: seconds === null || bytes === null ? null : bytes / 1e6 / seconds,
    peakRssMb: s.rss.length === 0 ? null : Math.max(...s.rss) / 1024,
    failure: s.failure,
  };
};
const rowsOut = tasks.map((t) => result(t.id));
const byId = new Map(rowsOut.map((r) => [r.id, r]));
const secondsOf = (id) => byId.get(id)?.seconds ?? null;
const ratio = (a, b) => (a === null || b === null ? null : a / b);

const targets = [];
const target = (what, value, limit, unit, pass) => targets.push({ what, value, limit, unit, met: value === null ? null : pass(value) });
for (const n of sizes) {
  target(`analyze / csv-parse at ${n}`, ratio(secondsOf(`analyze@${n}`), secondsOf(`csv-parse@${n}`)), 2.5, '×', (v) => v <= 2.5);
  target(`analyze / npm sentiment at ${n}`, ratio(secondsOf(`analyze@${n}`), secondsOf(`sentiment@${n}`)), 1, '×', (v) => v < 1);
  const rss = byId.get(`analyze@${n}`)?.peakRssMb ?? null;
  const limit = n >= 1_000_000 ? 600 : n >= 200_000 ? 400 : null;
  if (limit !== null) target(`analyze peak RSS at ${n}`, rss, limit, 'MB', (v) => v <= limit);
}
if (sizes.includes(200_000) && sizes.includes(1_000_000)) {
  target('peak RSS growth 200k → 1M', ratio(byId.get('analyze@1000000').peakRssMb, byId.get('analyze@200000').peakRssMb), 1.5, '×', (v) => v <= 1.5);
}
target(`enrich peak RSS at ${largest}`, byId.get(`enrich@${largest}`).peakRssMb, 600, 'MB', (v) => v <= 600);
target(`delta (by quarter) / analyze at ${largest}`, ratio(secondsOf(`delta@${largest}`), secondsOf(`analyze@${largest}`)), 1.3, '×', (v) => v <= 1.3);
const startup = secondsOf('startup') === null || secondsOf('node') === null ? null : secondsOf('startup') - secondsOf('node');
for (const n of sizes) {
  const gain = ratio(secondsOf(`analyze@${n}`), secondsOf(`analyze-1@${n}`));
  targets.push({ what: `analyze ${defaultThreads} threads / 1 thread at ${n} (no target)`, value: gain, limit: null, unit: '×', met: null });
}
const enrichRun = byId.get(`enrich@${largest}`);
targets.push({ what: `enrich first line at ${largest} (share of its run, no target)`, value: enrichRun.firstOutputSeconds === null || enrichRun.seconds === null ? null : enrichRun.firstOutputSeconds / enrichRun.seconds, limit: null, unit: '×', met: null });
target('start-up: fixture analyze − node -e 0', startup, 0.5, 's', (v) => v <= 0.5);

const cpus = os.cpus();
const machine = `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, node ${process.version}`;
const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
const json = {
  date: new Date().toISOString(),
  machine,
  loadAverage: load,
  loadAverageAtStart: loadAtStart,
  method: `wall clock per process, median of ${runs} interleaved run(s); peak RSS (max over runs) from ${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}`,
  results: rowsOut,
  targets,
};
writeFileSync(out, JSON.stringify(json, null, 2) + '\n');

const fmt = (v, digits) => (v === null ? '-' : v.toFixed(digits));
const lines = [];
lines.push(`machine: ${machine} (load average at the start ${loadAtStart}, at the end ${load})`);
lines.push(`method:  ${json.method}`);
lines.push('');
const header = ['task', 'rows', 'median s', 'rows/s', 'MB/s', 'peak RSS MB', '× csv-parse', 'first output s', 'runs s'];
const body = rowsOut.map((r) => {
  const anchor = r.rows === null ? null : secondsOf(`csv-parse@${r.rows}`);
  return [
    r.task,
    r.rows === null ? '-' : r.rows.toLocaleString('en-US'),
    r.failure ? 'failed' : fmt(r.seconds, 2),
    r.rowsPerSecond === null ? '-' : Math.round(r.rowsPerSecond).toLocaleString('en-US'),
    fmt(r.mbPerSecond, 1),
    fmt(r.peakRssMb, 0),
    r.id.startsWith('csv-parse') ? '1.00' : fmt(ratio(r.seconds, anchor), 2),
    fmt(r.firstOutputSeconds, 2),
    r.failure ? r.failure.slice(0, 60) : r.runs.map((t) => t.toFixed(2)).join(' '),
  ];
});
const table = (head, rowsOfCells) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rowsOfCells.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rowsOfCells.map(line)];
};
lines.push(...table(header, body));
lines.push('');
lines.push(
  ...table(
    ['target', 'measured', 'limit', 'met'],
    targets.map((t) => [
      t.what,
      t.value === null ? '-' : `${t.value.toFixed(2)} ${t.unit}`,
      t.limit === null ? '-' : `${t.unit === '×' && t.limit === 1 ? '<' : '≤'} ${t.limit} ${t.unit}`,
      t.limit === null || t.met === null ? '-' : t.met ? 'yes' : 'NO',
    ]),
  ),
);
lines.push('');
lines.push(`written: ${out}`);
console.log(lines.join('\n'));
if (rowsOut.some((r) => r.failure)) process.exitCode = 1;
