// Settings that persist, through the real pipeline: cx init → edit → analyze, flags over the file,
// --no-config, validation errors (exit 2), --nps on a 1-5 column, --lexicon in cx sentiment.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from './_io.js';

const temp = mkdtempSync(join(tmpdir(), 'cx-config-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// An invented review export: 40 rows; "Stars" is a 1-5 rating, "Helpful" a vote count.
const openings = ['The courier was late again', 'Checkout froze on the last step', 'Lovely staff at the counter', 'The jacket runs small', 'Refund arrived within two days'];
const endings = ['and nobody called me', 'but the price was fair', 'so I will order again', 'which was annoying', 'on a busy Saturday', 'after the update', 'for the third time', 'as promised'];
const rows = Array.from({ length: 40 }, (_, i) => [
  `T-${1000 + i}`,
  `${openings[i % 5]} ${endings[i % 8]}`,
  String((i % 5) + 1),
  String(i % 7),
  ['Basic', 'Pro'][i % 2],
  `2025-0${(i % 6) + 1}-1${i % 10}`,
]);
const csv = ['Ticket ID,Comment,Stars,Helpful,Plan,Submitted', ...rows.map((row) => row.join(','))].join('\n') + '\n';

function folder(name: string): string {
  const dir = join(temp, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  writeFileSync(join(dir, 'reviews.csv'), csv);
  return dir;
}

/** Runs cx in `cwd` (the reader opens paths from the process's folder, so the export is passed as an absolute path). */
async function cx(args: string[], cwd: string) {
  const io = fakeIo({ cwd });
  const code = await main(['node', 'cx', ...args.map((arg) => (arg === 'reviews.csv' ? join(cwd, arg) : arg))], io);
  return { code, out: io.out(), err: io.err().replaceAll(join(cwd, 'reviews.csv'), 'reviews.csv') };
}

type Columns = Record<string, { column: string; detectedBy: string } | null | { column: string; detectedBy: string }[]>;

describe('cx init → edit → analyze', () => {
  it('writes the detected columns, refuses to overwrite without --force, and analyze then reads the file', async () => {
    const dir = folder('round-trip');
    const init = await cx(['init', 'reviews.csv'], dir);
    expect(init.code).toBe(0);
    expect(init.out).toBe('');
    expect(init.err).toContain('cx: wrote cx.config.json');
    const written = JSON.parse(readFileSync(join(dir, 'cx.config.json'), 'utf8'));
    expect(written.columns).toEqual({ text: ['Comment'], id: 'Ticket ID', date: 'Submitted', nps: null, csat: null, ces: null, rating: 'Stars', segments: ['Plan'] });
    expect(written).toMatchObject({ by: [], ignoreTerms: [], lexicon: {}, taxonomy: null, maxThemes: null, dateFormat: 'ymd' });

    const again = await cx(['init', 'reviews.csv'], dir);
    expect(again.code).toBe(2);
    expect(again.err).toBe('cx: cx.config.json already exists; edit it, or run cx init again with --force to replace it\n');
    expect((await cx(['init', 'reviews.csv', '--force'], dir)).code).toBe(0);

    // The analyst corrects it once: no date column, a default --by, brand words, a domain phrase.
    writeFileSync(join(dir, 'cx.config.json'), JSON.stringify({ ...written, columns: { ...written.columns, date: null, segments: [] }, by: ['Plan'], ignoreTerms: ['acme'], lexicon: { 'runs small': -1.5 } }));
    const analysed = await cx(['analyze', 'reviews.csv', '--json'], dir);
    expect(analysed.code).toBe(0);
    const report = JSON.parse(analysed.out);
    const columns = report.columns as Columns;
    expect(columns.text).toEqual([{ column: 'Comment', detectedBy: 'config' }]);
    expect(columns.rating).toEqual({ column: 'Stars', detectedBy: 'config' });
    expect(columns.date).toEqual({ column: 'Submitted', detectedBy: 'header' }); // null in the file = detect
    expect(report.segments.map((segment: { column: string }) => segment.column)).toEqual(['Plan']);
    expect(analysed.err).toContain('; config: cx.config.json\n');

    // Flags override the file; --no-config ignores it.
    const flagged = JSON.parse((await cx(['analyze', 'reviews.csv', '--json', '--quiet', '--rating', 'Helpful'], dir)).out);
    expect(flagged.columns.rating).toEqual({ column: 'Helpful', detectedBy: 'flag' });
    expect(flagged.columns.text).toEqual([{ column: 'Comment', detectedBy: 'config' }]);
    const ignored = await cx(['analyze', 'reviews.csv', '--json', '--no-config'], dir);
    expect(JSON.parse(ignored.out).columns.text).toEqual([{ column: 'Comment', detectedBy: 'header' }]);
    expect(ignored.err).not.toContain('config:');
    expect(JSON.parse(ignored.out).segments).toEqual([]);
  });

  it('--config names another file, for init and analyze', async () => {
    const dir = folder('named');
    expect((await cx(['init', 'reviews.csv', '--config', 'team.json', '--rating', 'Helpful'], dir)).code).toBe(0);
    const run = await cx(['analyze', 'reviews.csv', '--json', '--config', 'team.json'], dir);
    expect(JSON.parse(run.out).columns.rating).toEqual({ column: 'Helpful', detectedBy: 'config' });
    expect(run.err).toContain('; config: team.json\n');
  });

  it.each([
    ['{"columns": {"rating": 5}}', 'cx: cx.config.json: "columns.rating" must be a column name (string) or null, got a number (5)\n'],
    ['{"columns": {"rating": "Starz"}}', 'cx: reviews.csv: config file: columns.rating: column "Starz" not found; columns are: Ticket ID, Comment, Stars, Helpful, Plan, Submitted (did you mean "Stars"?)\n'],
    ['{"lexicon": {"cheap": "+1"}}', 'cx: cx.config.json: "lexicon" entry "cheap" must be a number from -4 to 4 (VADER\'s valence scale), got a string ("+1")\n'],
  ])('an invalid config %s is a usage error naming the field (exit 2)', async (text, message) => {
    const dir = folder('invalid');
    writeFileSync(join(dir, 'cx.config.json'), text);
    const run = await cx(['analyze', 'reviews.csv', '--json'], dir);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toBe(message);
  });
});

describe('unknown fields', () => {
  it('are ignored with a warning naming them (quiet with -q); the result is unchanged', async () => {
    const dir = folder('unknown');
    writeFileSync(join(dir, 'cx.config.json'), '{"format": "table", "ignoreTerm": ["acme"]}');
    const run = await cx(['analyze', 'reviews.csv', '--json'], dir);
    expect(run.code).toBe(0);
    expect(run.err.split('\n')[0]).toBe(
      'cx: warning: cx.config.json: ignored unknown fields "format", "ignoreTerm" (the fields are: columns, ignoreTerms, lexicon, taxonomy, thresholds, maxThemes, dateFormat, by; the column roles: text, id, date, nps, csat, ces, rating, segments)',
    );
    const quiet = await cx(['analyze', 'reviews.csv', '--json', '-q'], dir);
    expect(quiet.err).toBe('');
    expect(quiet.out).toBe((await cx(['analyze', 'reviews.csv', '--json', '-q', '--no-config'], dir)).out);
  });
});

describe('scale sanity from the command line', () => {
  it('--nps on a 1-5 column exits 2 and suggests --rating or --csat', async () => {
    const dir = folder('nps');
    const run = await cx(['analyze', 'reviews.csv', '--nps', 'Stars'], dir);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toBe(
      'cx: reviews.csv: --nps: column "Stars" never leaves 1-5 in 40 values, so it is not a 0-10 NPS answer; use --rating "Stars" for stars or --csat "Stars" for a 1-5 satisfaction score\n',
    );
  });
});

describe('domain words', () => {
  it('cx sentiment --lexicon shows the effect of a domain phrase', async () => {
    const dir = folder('lexicon');
    writeFileSync(join(dir, 'words.csv'), 'term,score\nbunch up,-1.5\n');
    const before = JSON.parse((await cx(['sentiment', 'the sleeves bunch up', '--json'], dir)).out);
    const after = await cx(['sentiment', 'the sleeves bunch up', '--json', '--lexicon', 'words.csv'], dir);
    expect(before.score).toBe(0);
    // VADER normalisation of one −1.5 word: −1.5 / sqrt(1.5² + 15) = −0.3612
    expect(JSON.parse(after.out).score).toBeCloseTo(-0.3612, 4);
    expect(after.err).toBe('cx: lexicon: 1 domain entry from words.csv\n');
  });

  it('a bad --lexicon line is a usage error with its line (exit 2)', async () => {
    const dir = folder('bad-lexicon');
    writeFileSync(join(dir, 'words.csv'), 'runs small,-1.5\ncheap\n');
    const run = await cx(['sentiment', 'ok', '--lexicon', 'words.csv'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toBe('cx: words.csv:2: expected "word or phrase,score", got "cheap"\n');
  });
});
