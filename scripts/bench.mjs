#!/usr/bin/env node
// Whole-process benchmark of cx against its building blocks, on synthetic exports, with the
// targets of issue 19 checked side by side in the same run (the anchor, a bare csv-parse pass over
// the same file, is run interleaved with cx, so a busier machine slows both).
//
//   npm run bench                                  # 200k and 1M rows, median of 3 interleaved runs
//   npm run bench -- --rows 200000,1000000,5000000 # adds the 5M-row run (analyze and the anchor only)
//   npm run bench -- --runs 1                      # a quick look (medians of one run are noisy)
//   npm run bench -- --out /tmp/bench.json         # where the JSON goes (default bench-results.json)
//   npm run bench -- --tests                       # also times `npm test` once (the issue's last row; ~2 min)
//
// Besides timing, it checks (once, on a 10,000-row export) that `cx delta` Q1 vs Q2 finds the
// card-delivery rise make-export.mjs plants: that check was a test, and took the suite 10-20 s.
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
const sizes = String(flag('rows', process.env.BENCH_ROWS ?? '200000,1000000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .sort((a, b) => a - b);
const runs = Number(flag('runs', process.env.BENCH_RUNS ?? 3));
const out = flag('out', join(repo, 'bench-results.json'));
const withTests = args.includes('--tests');
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node scripts/bench.mjs [--rows N[,N…]] [--runs R] [--out FILE] [--tests]');
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
const dist = join(cx, '..', '..', 'dist');
// cx's reader alone: every record read, nothing else (its cost against the csv-parse anchor).
const readerOnly = `
const { openInput } = await import(${JSON.stringify(join(dist, 'read', 'index.js'))});
const opened = await openInput({ path: process.argv[1] });
let records = 0;
for await (const batch of opened.batches) records += batch.length;
process.stderr.write('items=' + records + '\\n');
`;
// Everything analyze does but theme discovery: collect (read → … → sentiment, default threads;
// no comment text kept, as analyze of a file), the report over an empty theme model, the JSON
// written to stdout. (With no theme there are no examples: the second read for them is in analyze's figures.)
const analyzeWithoutThemes = `
const { collect, requireAnalysed } = await import(${JSON.stringify(join(dist, 'pipeline', 'collect.js'))});
const { buildReport } = await import(${JSON.stringify(join(dist, 'pipeline', 'analyze.js'))});
const { renderJson } = await import(${JSON.stringify(join(dist, 'render', 'json.js'))});
const collected = await collect({ input: { path: process.argv[2] }, keepTexts: false });
requireAnalysed(collected);
process.stdout.write(renderJson(buildReport(collected, { themes: [], nonAnswer: [] }, {})));
`;
// Theme discovery alone (issue 16 item 7): collect as analyze does, then discoverThemes timed in the
// process (wall and CPU of that call only, printed for runOnce to read); its row shows those figures.
const discoveryAlone = `
const { collect, requireAnalysed } = await import(${JSON.stringify(join(dist, 'pipeline', 'collect.js'))});
const { discoverThemes } = await import(${JSON.stringify(join(dist, 'themes', 'index.js'))});
const collected = await collect({ input: { path: process.argv[2] } });
requireAnalysed(collected);
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
const model = discoverThemes(collected.docs, {});
const cpu = process.cpuUsage(cpu0);
process.stderr.write('themes=' + model.themes.length + ' discovery-seconds=' + ((performance.now() - wall0) / 1000).toFixed(3) + ' discovery-cpu=' + ((cpu.user + cpu.system) / 1e6).toFixed(3) + '\\n');
`;
const fixture = join(repo, 'fixtures', 'feedback.csv');
const largest = sizes[sizes.length - 1];
/** cx's default --threads: the available cores, at most 4 (src/cli/commands/_shared.ts). */
const defaultThreads = Math.min(os.availableParallelism(), 4);

/** { id, name, rows, file, argv } — `id` names the row in the JSON. */
const tasks = [
  { id: 'node', name: 'node -e 0 (start-up anchor)', rows: null, file: null, argv: ['-e', '0'] },
  { id: 'startup', name: 'cx analyze fixtures/feedback.csv (651 rows)', rows: 651, file: fixture, argv: [cx, 'analyze', fixture, '--format', 'json', '-q'] },
];
// Worker threads inherit the process's flags, and --input-type=module breaks them: this task runs from a file.
const scripts = mkdtempSync(join(os.tmpdir(), 'cx-bench-scripts-'));
const withoutThemesFile = join(scripts, 'analyze-without-themes.mjs');
writeFileSync(withoutThemesFile, analyzeWithoutThemes);
const discoveryFile = join(scripts, 'discovery-alone.mjs');
writeFileSync(discoveryFile, discoveryAlone);
process.on('exit', () => rmSync(scripts, { recursive: true, force: true }));

/** The largest size up to a million rows gets the full set of tasks; larger ones only the anchor and analyze. */
const HUGE = 1_000_000;
const main = Math.max(...sizes.filter((n) => n <= HUGE), sizes[0]);
for (const n of sizes) {
  const file = fileFor(n);
  tasks.push(
    { id: `csv-parse@${n}`, name: 'csv-parse streaming pass', rows: n, file, argv: ['--input-type=module', '-e', csvParseOnly, file] },
    { id: `analyze@${n}`, name: `cx analyze --format json (${defaultThreads} threads)`, rows: n, file, argv: [cx, 'analyze', file, '--format', 'json', '-q'] },
  );
  if (n > HUGE) continue;
  tasks.push(
    { id: `reader@${n}`, name: "cx's reader alone", rows: n, file, argv: ['--input-type=module', '-e', readerOnly, file] },
    { id: `sentiment@${n}`, name: 'npm sentiment (parse + score)', rows: n, file, argv: ['--input-type=module', '-e', sentimentOnly, file] },
    { id: `nothemes@${n}`, name: 'cx analyze without theme discovery', rows: n, file, argv: [withoutThemesFile, file] },
    { id: `discovery@${n}`, name: 'theme discovery alone (in process)', rows: n, file, argv: [discoveryFile, file] },
    { id: `analyze-1@${n}`, name: 'cx analyze --format json --threads 1', rows: n, file, argv: [cx, 'analyze', file, '--format', 'json', '-q', '--threads', '1'] },
  );
}
tasks.push(
  { id: `enrich@${main}`, name: 'cx enrich (JSONL)', rows: main, file: fileFor(main), argv: [cx, 'enrich', fileFor(main), '-q'] },
  { id: `delta@${main}`, name: 'cx delta --period quarter', rows: main, file: fileFor(main), argv: [cx, 'delta', fileFor(main), '--period', 'quarter', '--format', 'json', '-q'] },
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
  let cpu = null;
  if (gnuTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    if (match) rssKb = Number(match[1]);
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
    const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
    if (user && system) cpu = Number(user[1]) + Number(system[1]);
  } else if (existsSync(rssFile)) {
    rssKb = Number(readFileSync(rssFile, 'utf8'));
  }
  // a task that times a part of itself (theme discovery alone) reports that part, not the process
  const inner = /discovery-seconds=([\d.]+) discovery-cpu=([\d.]+)/.exec(stderr);
  if (inner) return { ok: status === 0 && !error, seconds: Number(inner[1]), cpu: Number(inner[2]), firstOutput, rssKb, error: null };
  // cx delta exits 3 only with --fail-on-decline; 0 is success for every task here.
  const ok = status === 0 && !error;
  const errorLines = stderr.split('\n').filter((line) => line.trim() !== '' && !/^\s*(Command being timed|Command exited)/.test(line) && !/^\s+\S.*: /.test(line));
  return { ok, seconds, cpu, firstOutput, rssKb, error: ok ? null : (error?.message ?? errorLines[0] ?? `exit ${status}`) };
}

const median = (values) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// The check that was test/cli/bench-export-delta.test.ts: Q1 vs Q2 of a 10,000-row export (5,000 a
// quarter) must flag a card-delivery theme as rising significantly, and nothing else.
function checkDelta() {
  const file = fileFor(10_000);
  if (!existsSync(file)) {
    const made = spawnSync(process.execPath, [makeExport, '--rows', '10000', '--out', file], { encoding: 'utf8' });
    if (made.status !== 0) return { found: false, detail: 'make-export failed' };
  }
  const run = spawnSync(process.execPath, [cx, 'delta', file, '--split', '2025-04-01', '--json', '-q'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) return { found: false, detail: `cx delta exited ${run.status}` };
  const report = JSON.parse(run.stdout);
  // The rise is flagged on the top-level card theme; the card-arrival sub-theme beneath it carries the detail.
  const isArrival = (theme) => /card/.test(theme.label) && /arriv|new card|deliver|week|wait/.test(theme.label);
  const rising = report.themes.filter(
    (theme) =>
      theme.significant &&
      theme.status === 'rising' &&
      /card/.test(theme.label) &&
      (isArrival(theme) || report.themes.some((sub) => sub.parent === theme.id && isArrival(sub) && (sub.qValue ?? 1) < 0.05 && (sub.delta ?? 0) > 0)),
  );
  const others = report.themes.filter((theme) => theme.significant && !/card/.test(theme.label));
  const found = rising.length > 0 && others.length === 0;
  return { found, detail: `rising: ${rising.map((t) => t.label).join(', ') || 'none'}; other flags: ${others.map((t) => t.label).join(', ') || 'none'}` };
}
process.stderr.write('bench: checking cx delta on a 10,000-row export\n');
const deltaCheck = checkDelta();

const loadAtStart = os.loadavg().map((l) => l.toFixed(2)).join(' ');
const state = new Map(tasks.map((task) => [task.id, { times: [], cpus: [], firsts: [], rss: [], failure: null }]));
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
    if (run.cpu !== null) s.cpus.push(run.cpu);
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
    cpuSeconds: median(s.cpus),
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
/** `cpu`: the same ratio in CPU time (user + system), for a loaded machine where wall time is not fair. */
const target = (what, value, limit, unit, pass, op = '≤', cpu = null) => targets.push({ what, value, cpu, limit, unit, op, met: value === null ? null : pass(value), metByCpu: cpu === null ? null : pass(cpu) });
const cpuOf = (id) => byId.get(id)?.cpuSeconds ?? null;
const rssOf = (id) => byId.get(id)?.peakRssMb ?? null;
for (const n of sizes) {
  const vsParse = (id) => [ratio(secondsOf(id), secondsOf(`csv-parse@${n}`)), ratio(cpuOf(id), cpuOf(`csv-parse@${n}`))];
  const [analyzeWall, analyzeCpu] = vsParse(`analyze@${n}`);
  target(`analyze / csv-parse at ${n}`, analyzeWall, 2.5, '×', (v) => v <= 2.5, '≤', analyzeCpu);
  if (n <= HUGE) {
    const [noThemesWall, noThemesCpu] = vsParse(`nothemes@${n}`);
    target(`analyze without theme discovery / csv-parse at ${n}`, noThemesWall, 1.5, '×', (v) => v <= 1.5, '≤', noThemesCpu);
    const [discoveryWall, discoveryCpu] = vsParse(`discovery@${n}`);
    target(`theme discovery alone / csv-parse at ${n}`, discoveryWall, 1, '×', (v) => v <= 1, '≤', discoveryCpu);
    const [readerWall, readerCpu] = vsParse(`reader@${n}`);
    target(`cx's reader alone / csv-parse at ${n}`, readerWall, 1.2, '×', (v) => v <= 1.2, '≤', readerCpu);
  }
  const limit = n > HUGE ? 600 : n >= HUGE ? 450 : n >= 200_000 ? 300 : null;
  if (limit !== null) target(`analyze peak RSS at ${n}`, rssOf(`analyze@${n}`), limit, 'MB', (v) => v <= limit);
}
if (sizes.includes(200_000) && sizes.includes(1_000_000)) {
  target('peak RSS growth 200k → 1M', ratio(rssOf('analyze@1000000'), rssOf('analyze@200000')), 1.5, '×', (v) => v <= 1.5);
}
for (const n of sizes.filter((size) => size > HUGE)) {
  const perSecond = (size) => (secondsOf(`analyze@${size}`) === null ? null : size / secondsOf(`analyze@${size}`));
  target(`analyze rows/s at ${n} / at ${main}`, ratio(perSecond(n), perSecond(main)), 0.8, '×', (v) => v >= 0.8, '≥');
}
const enrichRun = byId.get(`enrich@${main}`);
target(
  `enrich first line out at ${main} (share of its run)`,
  enrichRun.firstOutputSeconds === null || enrichRun.seconds === null ? null : enrichRun.firstOutputSeconds / enrichRun.seconds,
  0.6,
  '×',
  (v) => v < 0.6,
  '<',
);
target(`enrich peak RSS at ${main}`, rssOf(`enrich@${main}`), 450, 'MB', (v) => v <= 450);
target(`delta (by quarter) / analyze at ${main}`, ratio(secondsOf(`delta@${main}`), secondsOf(`analyze@${main}`)), 1.2, '×', (v) => v <= 1.2, '≤', ratio(cpuOf(`delta@${main}`), cpuOf(`analyze@${main}`)));
targets.push({ what: `delta peak RSS at ${main} (no target)`, value: rssOf(`delta@${main}`), limit: null, unit: 'MB', met: null });
if (withTests) {
  // The issue's last row: the whole suite, once (it builds first, as `npm test` does).
  process.stderr.write('bench: npm test\n');
  const started = performance.now();
  const run = spawnSync('npm', ['test', '--silent'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  target('npm test, all in (s)', run.status === 0 ? seconds : null, 90, 's', (v) => v <= 90);
  if (run.status !== 0) targets[targets.length - 1].detail = `npm test failed (exit ${run.status})`;
}
for (const n of sizes.filter((size) => size <= HUGE)) {
  const gain = ratio(secondsOf(`analyze@${n}`), secondsOf(`analyze-1@${n}`));
  targets.push({ what: `analyze ${defaultThreads} threads / 1 thread at ${n} (no target)`, value: gain, limit: null, unit: '×', met: null });
}
const startup = secondsOf('startup') === null || secondsOf('node') === null ? null : secondsOf('startup') - secondsOf('node');
target('start-up: fixture analyze − node -e 0', startup, 0.5, 's', (v) => v <= 0.5);
targets.push({ what: 'delta Q1 vs Q2 finds the planted card-delivery rise (10,000 rows)', value: null, detail: deltaCheck.detail, limit: null, unit: '', met: deltaCheck.found });

const cpus = os.cpus();
const machine = `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, node ${process.version}`;
const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
const json = {
  date: new Date().toISOString(),
  machine,
  loadAverage: load,
  loadAverageAtStart: loadAtStart,
  method: `wall clock per process, median of ${runs} interleaved run(s); CPU (user + system, all threads) and peak RSS (max over runs) from ${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS (no CPU)'}; targets on wall-clock ratios`,
  results: rowsOut,
  targets,
};
writeFileSync(out, JSON.stringify(json, null, 2) + '\n');

const fmt = (v, digits) => (v === null ? '-' : v.toFixed(digits));
const lines = [];
lines.push(`machine: ${machine} (load average at the start ${loadAtStart}, at the end ${load})`);
lines.push(`method:  ${json.method}`);
lines.push('');
const header = ['task', 'rows', 'median s', 'rows/s', 'MB/s', 'peak RSS MB', '× csv-parse', 'CPU s', 'CPU × csv-parse', 'first output s', 'runs s'];
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
    fmt(r.cpuSeconds, 2),
    r.rows === null ? '-' : fmt(ratio(r.cpuSeconds, byId.get(`csv-parse@${r.rows}`)?.cpuSeconds ?? null), 2),
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
    ['target', 'measured (wall)', 'limit', 'met', 'CPU ratio', 'met by CPU'],
    targets.map((t) => [
      t.what,
      t.detail ?? (t.value === null ? '-' : `${t.value.toFixed(2)} ${t.unit}`),
      t.limit === null ? '-' : `${t.op} ${t.limit} ${t.unit}`,
      t.met === null ? '-' : t.met ? 'yes' : 'NO',
      t.cpu === null || t.cpu === undefined ? '-' : `${t.cpu.toFixed(2)} ${t.unit}`,
      t.metByCpu === null || t.metByCpu === undefined ? '-' : t.metByCpu ? 'yes' : 'NO',
    ]),
  ),
);
lines.push('');
lines.push(`written: ${out}`);
console.log(lines.join('\n'));
if (rowsOut.some((r) => r.failure) || !deltaCheck.found) process.exitCode = 1;
