// Issue 6, scopes 7 and 8: files and the environment.
// - `--output` writes the file (atomically: no temporary left behind) and refuses to write over
//   an input (exit 2, as `cx analyze --help` documents usage errors); a broken pipe
//   (`cx … | head -c 100`) exits 0 without an error on stderr.
// - A .env or config file in the working directory changes nothing; output is byte-identical
//   under other TZ and LANG; shuffling the data rows gives the same themes and KPIs.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanup, corpus, cx, cxIn, cxWithNode, expectOneLineError, okJson, ROOT, sh, tempDir } from './_run.js';

let dir = '';
const path = (name: string): string => join(dir, name);
const FEEDBACK = 'fixtures/feedback.csv';

beforeAll(() => {
  dir = tempDir();
  // 5,000 generated comments: enough output (≈1 MB from enrich) to overflow a pipe's buffer.
  const words = ['slow', 'delivery', 'refund', 'great', 'staff', 'rude', 'price', 'app', 'crash', 'login', 'easy', 'checkout', 'late', 'parcel'];
  const rows = ['id,comment,nps'];
  for (let i = 0; i < 5000; i++) {
    rows.push(`${i},${Array.from({ length: 8 }, (_, j) => words[(i * 7 + j * 3 + ((i * j) % 5)) % words.length]).join(' ')},${i % 11}`);
  }
  writeFileSync(path('big.csv'), rows.join('\n') + '\n');

  // The fixture's 651 data records shuffled (raw text, so quoting is kept) with a fixed LCG.
  const records = parse(readFileSync(join(ROOT, FEEDBACK), 'utf8'), { raw: true }) as unknown as { raw: string }[];
  const [header, ...data] = records;
  let seed = 42;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = data.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [data[i], data[j]] = [data[j] as { raw: string }, data[i] as { raw: string }];
  }
  const text = [header, ...data].map((record) => (record as { raw: string }).raw.replace(/\r?\n$/, '')).join('\n') + '\n';
  writeFileSync(path('shuffled.csv'), text);
});
afterAll(() => cleanup(dir));

describe('--output', () => {
  it('writes the result to the file, nothing on stdout, no temporary file left', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    const run = await cxIn(['analyze', corpus('bad-line.jsonl'), '--format', 'json', '-q', '--output', join(out, 'report.json')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    expect(readdirSync(out)).toEqual(['report.json']);
    const report = okJson({ ...run, stdout: readFileSync(join(out, 'report.json'), 'utf8') });
    expect(report.input.rows).toBe(5);
  });

  it('refuses to write over its input (same path, another spelling, a symlink): exit 2, input untouched', async () => {
    const input = path('input.csv');
    copyFileSync(join(ROOT, corpus('ragged.csv')), input);
    symlinkSync(input, path('link.csv'));
    const before = readFileSync(input);
    for (const output of [input, join(dir, '.', 'sub', '..', 'input.csv'), path('link.csv')]) {
      const run = await cxIn(['analyze', input, '--format', 'json', '--output', output]);
      expectOneLineError(run, 2, /^cx: --output .*\.csv is an input file; cx never writes over its input$/);
    }
    expect(readFileSync(input)).toEqual(before);
  });

  it('a directory that does not exist is a one-line error', async () => {
    const run = await cxIn(['analyze', corpus('ragged.csv'), '-q', '--output', path('no/such/dir/out.json')]);
    expectOneLineError(run, 2, /^cx: cannot write --output .*no\/such\/dir\/out\.json: the folder does not exist$/);
  });
});

/** Starts `cx analyze - --output <dir>/out.json`, feeds half a file on stdin, interrupts it with SIGINT; resolves with what is in <dir>. */
function interruptedRun(out: string): Promise<{ files: string[]; signal: string | null; code: number | null }> {
  mkdirSync(out);
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [BIN, 'analyze', '-', '--format', 'json', '-q', '--output', join(out, 'out.json')], { cwd: ROOT, stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.write('id,comment,nps\n1,slow delivery,3\n');
    setTimeout(() => child.kill('SIGINT'), 1200);
    child.on('close', (code, signal) => resolveRun({ files: readdirSync(out), signal, code }));
  });
}

describe('an interrupted run (SIGINT while still reading stdin)', () => {
  it('leaves no out.json (the result only appears by rename)', async () => {
    const result = await interruptedRun(path('interrupted'));
    expect(result.files).not.toContain('out.json');
  });
});

describe('an interrupted run leaves nothing behind', () => {
  it('the output folder is empty', async () => {
    const result = await interruptedRun(path('interrupted-clean'));
    expect(result.files).toEqual([]);
  });
});

describe('broken pipe: `cx … | head -c 100` exits 0 quietly', () => {
  // `{ cx …; echo $? >code; } | head -c 100`: the exit code of cx itself, not of head.
  const piped = async (args: string): Promise<{ code: string; stderr: string; head: string }> => {
    const run = await sh(`{ "${process.execPath}" "${BIN}" ${args} 2>"${path('err.txt')}"; echo $? >"${path('code.txt')}"; } | head -c 100`);
    return {
      code: readFileSync(path('code.txt'), 'utf8').trim(),
      stderr: readFileSync(path('err.txt'), 'utf8'),
      head: run.stdout,
    };
  };

  it('analyze --format json', async () => {
    const result = await piped(`analyze "${path('big.csv')}" --format json -q`);
    expect(result).toEqual({ code: '0', stderr: '', head: expect.stringMatching(/^\{\n {2}"schemaVersion"/) });
  });

  it('enrich (about 1 MB of output)', async () => {
    const result = await piped(`enrich "${path('big.csv')}" -q`);
    expect(result).toEqual({ code: '0', stderr: '', head: expect.stringMatching(/^\{"line":2,/) });
  });

  it('without -q stderr has only the usual notes, no error', async () => {
    const result = await piped(`enrich "${path('big.csv')}" --format csv`);
    expect(result.code).toBe('0');
    for (const line of result.stderr.split('\n').filter((l) => l !== '')) expect(line).toMatch(/^cx: (columns: |read \d+ records: )/);
  });
});

describe('the environment has no effect', () => {
  it('a .env, .cxrc and cx.config.json in the working directory change nothing: stdout is the same pure JSON', async () => {
    const cwd = path('with-dotenv');
    mkdirSync(cwd);
    writeFileSync(join(cwd, '.env'), 'CX_FORMAT=table\nFORCE_COLOR=3\nNO_COLOR=\nDEBUG=*\nTZ=Pacific/Auckland\nCX_NO_REDACT=1\n');
    writeFileSync(join(cwd, '.cxrc'), '{"format":"table","redact":false}\n');
    writeFileSync(join(cwd, 'cx.config.json'), '{"format":"table","redact":false}\n');
    const input = join(ROOT, FEEDBACK);
    const there = await cx(['analyze', input, '--format', 'json', '-q'], { cwd });
    const here = await cx(['analyze', input, '--format', 'json', '-q']);
    okJson(there);
    expect(there.stdout.startsWith('{')).toBe(true);
    expect(there.stdout).toBe(here.stdout);
    expect(there.stderr).toBe('');
  });

  it('no network access: with sockets, DNS and fetch booby-trapped, analyze, enrich and delta run the same', async () => {
    const trap = path('no-network.cjs');
    writeFileSync(
      trap,
      [
        "const net = require('node:net'); const dns = require('node:dns');",
        "const boom = (what) => function () { process.stderr.write('NETWORK ' + what + '\\n'); throw new Error('network used: ' + what); };",
        "net.Socket.prototype.connect = boom('net.connect'); net.connect = boom('net.connect'); net.createConnection = boom('net.createConnection');",
        "dns.lookup = boom('dns.lookup'); dns.resolve = boom('dns.resolve'); dns.promises.lookup = boom('dns.promises.lookup');",
        "globalThis.fetch = boom('fetch');",
      ].join('\n'),
    );
    for (const args of [
      ['analyze', FEEDBACK, '--format', 'json', '-q'],
      ['enrich', corpus('bad-line.jsonl'), '-q'],
      ['delta', corpus('dates-iso.csv'), '--split', '2025-03-10', '--format', 'json', '-q'],
    ]) {
      const [trapped, free] = await Promise.all([cxWithNode(['--require', trap], args), cxIn(args)]);
      expect(trapped.stderr, args.join(' ')).toBe('');
      expect(trapped.code).toBe(0);
      expect(trapped.stdout).toBe(free.stdout);
    }
  });

  it('byte-identical output under TZ=UTC/LANG=C and TZ=Pacific/Auckland/LANG=de_DE.UTF-8 (analyze json and table, delta on timestamps)', async () => {
    const other = { TZ: 'Pacific/Auckland', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };
    const cases = [
      ['analyze', FEEDBACK, '--format', 'json', '-q'],
      ['analyze', FEEDBACK, '-q'],
      ['delta', corpus('dates-iso.csv'), '--split', '2025-03-10', '--format', 'json', '-q'],
    ];
    for (const args of cases) {
      const [utc, auckland] = await Promise.all([cx(args), cx(args, { env: other })]);
      expect(utc.code, utc.stderr).toBe(0);
      expect(auckland.stdout, args.join(' ')).toBe(utc.stdout);
    }
  });
});

describe('row order does not matter', () => {
  let original: any;
  let shuffled: any;
  beforeAll(async () => {
    original = okJson(await cxIn(['analyze', FEEDBACK, '--format', 'json', '-q']));
    shuffled = okJson(await cxIn(['analyze', path('shuffled.csv'), '--format', 'json', '-q']));
  });

  it('same ledger counts and themes (ids, labels, counts, parents, pain and delight ranks)', () => {
    const themes = (report: any) =>
      report.themes.map((t: any) => ({ id: t.id, label: t.label, count: t.count, parent: t.parent, pain: t.rank.pain, delight: t.rank.delight }));
    expect(shuffled.input.rows).toBe(651);
    expect(shuffled.input.analyzed).toBe(original.input.analyzed);
    expect(shuffled.input.skippedByReason).toEqual(original.input.skippedByReason);
    expect(themes(shuffled)).toEqual(themes(original));
    expect(themes(original).length).toBeGreaterThan(0);
  });

  it('same KPIs (counts exactly; sentiment mean to 12 decimal places)', () => {
    expect(shuffled.kpis.nps).toEqual(original.kpis.nps);
    expect(shuffled.kpis.csat).toEqual(original.kpis.csat);
    expect(shuffled.kpis.sentiment.mean.n).toBe(original.kpis.sentiment.mean.n);
    expect(shuffled.kpis.sentiment.mean.value).toBeCloseTo(original.kpis.sentiment.mean.value, 12);
  });

  it('kpis are deeply equal after shuffling, and so are the theme ranks', () => {
    expect(shuffled.kpis).toEqual(original.kpis);
    expect(shuffled.themes.map((t: any) => t.rank)).toEqual(original.themes.map((t: any) => t.rank));
  });
});
