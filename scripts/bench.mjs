#!/usr/bin/env node
// Whole-process benchmark of cx against its building blocks, on a synthetic export.
//
//   npm run bench                        # 200,000 rows, median of 3 runs
//   BENCH_RUNS=5 npm run bench           # more runs
//   node scripts/bench.mjs --rows 1000000 --file /tmp/cx-bench-1m.csv
//   BENCH_NO_TIME=1 npm run bench        # measure RSS without /usr/bin/time
//
// The corpus is made (once, if missing) by ../shared/bench/make-export.mjs, which draws real
// labelled texts from ../shared/data. Each task runs as its own process and is timed from spawn
// to exit (wall clock), so start-up, reading and writing count. Peak RSS comes from
// /usr/bin/time -v when present, otherwise from process.resourceUsage().maxRSS recorded at exit
// by a module preloaded into the child (all tasks are node processes). A task that exits
// non-zero is reported as failed and not retried. Run on an idle machine: the numbers name it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
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
const rows = Number(flag('rows', process.env.BENCH_ROWS ?? 200000));
const file = flag('file', process.env.BENCH_FILE ?? `/tmp/cx-bench-${rows >= 1000 && rows % 1000 === 0 ? `${rows / 1000}k` : rows}.csv`);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(runs)) {
  console.error('usage: node scripts/bench.mjs [--rows N] [--file PATH]   (env: BENCH_RUNS, BENCH_ROWS, BENCH_FILE)');
  process.exit(2);
}

// ------------------------------------------------------------------------------------------
// Corpus.
if (!existsSync(file)) {
  if (!existsSync(makeExport)) {
    console.error(`bench: ${file} does not exist and ${makeExport} is not there to make it`);
    process.exit(1);
  }
  console.error(`bench: making ${file} (${rows} rows) with ${makeExport}`);
  const made = spawnSync(process.execPath, [makeExport, '--rows', String(rows), '--out', file], { stdio: 'inherit' });
  if (made.status !== 0) {
    console.error('bench: make-export failed');
    process.exit(1);
  }
}

// ------------------------------------------------------------------------------------------
// Tasks: each a node command line, run from the repository root, stdout discarded.
const csvParseOnly = `
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
let records = 0;
for await (const _ of createReadStream(process.argv[1]).pipe(parse({ columns: true, bom: true }))) records++;
process.stderr.write('records=' + records + '\\n');
`;
const sentimentOnly = `
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import Sentiment from 'sentiment';
const sentiment = new Sentiment();
let records = 0, total = 0;
for await (const row of createReadStream(process.argv[1]).pipe(parse({ columns: true, bom: true }))) {
  total += sentiment.analyze(row.comment ?? '').comparative;
  records++;
}
process.stderr.write('records=' + records + ' mean=' + (total / records).toFixed(4) + '\\n');
`;
const cx = join(repo, 'bin', 'cx.js');
const tasks = [
  { name: 'csv-parse (read only)', argv: ['--input-type=module', '-e', csvParseOnly, file] },
  { name: 'npm sentiment (read + score)', argv: ['--input-type=module', '-e', sentimentOnly, file] },
  { name: 'cx analyze --format json', argv: [cx, 'analyze', file, '--format', 'json'] },
  { name: 'cx enrich (JSONL)', argv: [cx, 'enrich', file] },
];

// Fallback peak-RSS probe: a module preloaded with --import that records maxRSS (kB) at exit.
const scratch = mkdtempSync(join(os.tmpdir(), 'cx-bench-'));
const rssFile = join(scratch, 'rss');
const probe = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => { try { writeFileSync(process.env.CX_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); } catch {} });",
)}`;
const gnuTime = process.env.BENCH_NO_TIME !== '1' && existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size');

function runOnce(task) {
  rmSync(rssFile, { force: true });
  const node = process.execPath;
  const [command, argv] = gnuTime ? ['/usr/bin/time', ['-v', node, ...task.argv]] : [node, ['--import', probe, ...task.argv]];
  const started = performance.now();
  const result = spawnSync(command, argv, {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CX_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  const stderr = result.stderr ?? '';
  let rssKb = null;
  if (gnuTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    if (match) rssKb = Number(match[1]);
  } else if (existsSync(rssFile)) {
    rssKb = Number(readFileSync(rssFile, 'utf8'));
  }
  const ok = result.status === 0 && !result.error;
  const records = /records=(\d+)/.exec(stderr)?.[1];
  const errorLines = stderr.split('\n').filter((line) => line.trim() !== '' && !/^\s*(Command being timed|Command exited)/.test(line));
  const firstError = errorLines.find((line) => /^(\w*Error\b|cx:|error)/i.test(line.trim())) ?? errorLines[0];
  return { ok, seconds, rssKb, records: records ? Number(records) : null, error: ok ? null : (result.error?.message ?? firstError ?? `exit ${result.status}`) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = [];
let records = null;
for (const task of tasks) {
  const times = [];
  const rss = [];
  let failure = null;
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`bench: ${task.name}, run ${i + 1}/${runs}\n`);
    const run = runOnce(task);
    if (!run.ok) {
      failure = run.error;
      break;
    }
    times.push(run.seconds);
    if (run.rssKb !== null) rss.push(run.rssKb);
    if (run.records !== null) records = run.records;
  }
  results.push({ name: task.name, times, rss, failure });
}
rmSync(scratch, { recursive: true, force: true });

// ------------------------------------------------------------------------------------------
// Report.
const cpus = os.cpus();
const rowCount = records ?? rows;
const lines = [];
lines.push(`corpus:  ${file} (${rowCount.toLocaleString('en-US')} records${records === null ? ' requested' : ''}, ${(statSync(file).size / 1e6).toFixed(1)} MB), made by ../shared/bench/make-export.mjs`);
lines.push(`machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, node ${process.version}`);
lines.push(`method:  wall clock per process, median of ${runs} run(s); peak RSS from ${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}`);
lines.push('');
const header = ['task', 'median s', 'runs s', 'rows/s', 'peak RSS MB', 'status'];
const body = results.map((r) => {
  if (r.failure) return [r.name, '-', r.times.map((t) => t.toFixed(2)).join(' ') || '-', '-', '-', `failed: ${r.failure.slice(0, 60)}`];
  const m = median(r.times);
  return [
    r.name,
    m.toFixed(2),
    r.times.map((t) => t.toFixed(2)).join(' '),
    Math.round(rowCount / m).toLocaleString('en-US'),
    r.rss.length ? (Math.max(...r.rss) / 1024).toFixed(0) : '-',
    'ok',
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => String(row[i]).length)));
const format = (row) => row.map((cell, i) => (i === 0 || i === row.length - 1 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ').trimEnd();
lines.push(format(header));
lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of body) lines.push(format(row));
console.log(lines.join('\n'));
if (results.some((r) => r.failure)) process.exitCode = 1;
