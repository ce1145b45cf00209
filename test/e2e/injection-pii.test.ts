// Issue 6, scopes 5 and 6: what cx prints is safe to open and to forward.
// - CSV output (analyze and enrich) neutralises cells starting with = + - @ tab CR with a leading
//   single quote (OWASP "CSV Injection"); plain numbers such as -0.42 stay numeric.
// - Markdown escapes pipes and HTML; the terminal table strips ANSI/OSC escape sequences.
// - Examples are redacted by default (e-mail, phone, Luhn-valid card, IBAN), --no-redact shows
//   them; cx enrich leaves fields alone unless --redact, and near-misses (order numbers, dates,
//   prices, a 16-digit number failing Luhn) are never masked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, cxIn, expectNoStack, jsonLines, okJson, tempDir } from './_run.js';

const csvField = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const csvFile = (comments: readonly string[]): string =>
  ['id,comment,nps', ...comments.map((comment, i) => `${i + 1},${csvField(comment)},${i % 11}`)].join('\n') + '\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Cells of a CSV text that a spreadsheet could run as a formula. */
function dangerousCells(text: string): string[] {
  const rows: string[][] = parse(text, { relax_column_count: true });
  return rows.flat().filter((cell) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell));
}

let dir = '';
const path = (name: string): string => join(dir, name);

// Each formula-like opening repeated 3 times, so that each forms its own theme with examples.
const INJECTIONS = [
  '=HYPERLINK("http://evil.example","claim voucher") voucher link broken',
  '+refund never arrived plus',
  '-refund never arrived minus sign',
  '@refund never arrived at',
  '\trefund never arrived tab',
  '\rrefund never arrived cr',
  '=1+2 refund never arrived sum',
];

const PII = [
  'email me at jane.doe@example.com',
  'call me on +44 20 7946 0958',
  'card 4111 1111 1111 1111 was charged twice',
  'IBAN GB82 WEST 1234 5698 7654 32 please refund',
  'call 555-867-5309 anytime',
  'mail bob_smith+cx@mail.example.org',
];
const RAW_PII = /jane\.doe@example\.com|7946 0958|4111 1111 1111 1111|GB82 WEST|867-5309|bob_smith\+cx@mail\.example\.org/;
const NEAR_MISSES = ['order 123456789 placed 2025-03-04 for $129.99', 'ref 1234 5678 9012 3456 on 03/04/2025 cost 1,299.00 EUR'];

beforeAll(() => {
  dir = tempDir();
  writeFileSync(path('inject.csv'), csvFile([...INJECTIONS, ...INJECTIONS, ...INJECTIONS]));
  const tails = ['again', 'this week', 'for my order', 'since march', 'twice now'];
  writeFileSync(
    path('ansi.csv'),
    csvFile(Array.from({ length: 15 }, (_, i) => `terrible refund delay ${tails[i % 5]} \x1b[31mALERT\x1b[0m \x1b]0;pwned\x07 done`)),
  );
  // Each also carries a Markdown image (a tracking pixel when rendered) that must stay text.
  const md = ['terrible refund | pipe | in table', '<script>alert(1)</script> terrible refund', 'terrible refund delay **again**'].map(
    (text) => `${text} ![x](http://tracker.example/p.png)`,
  );
  writeFileSync(path('markdown.csv'), csvFile([...md, ...md, ...md]));
  const pii = [...PII, ...NEAR_MISSES].map((text) => `terrible refund never came, ${text}`);
  writeFileSync(path('pii.csv'), csvFile([...pii, ...pii, ...pii]));
});
afterAll(() => cleanup(dir));

describe('CSV injection (OWASP)', () => {
  it('cx enrich --format csv: every formula-like comment gets a leading quote; numbers stay numbers', async () => {
    const run = await cxIn(['enrich', path('inject.csv'), '--format', 'csv', '-q']);
    expect(run.code, run.stderr).toBe(0);
    expectNoStack(run.stderr);
    const rows: string[][] = parse(run.stdout, { columns: false });
    const [header, ...data] = rows;
    expect(header).toEqual(['id', 'comment', 'nps', 'cx_sentiment', 'cx_sentiment_label', 'cx_themes', 'cx_skipped']);
    expect(data).toHaveLength(21);
    data.forEach((row, i) => expect(row[1]).toBe(`'${INJECTIONS[i % INJECTIONS.length]}`));
    expect(dangerousCells(run.stdout)).toEqual([]);
    // Negative sentiment scores are written as plain numbers, without the quote.
    expect(data.some((row) => /^-0\.\d+/.test(row[3] ?? ''))).toBe(true);
  });

  it('cx analyze --format csv: no cell can run as a formula; the =HYPERLINK example is quoted', async () => {
    const run = await cxIn(['analyze', path('inject.csv'), '--format', 'csv', '-q', '--examples', '10']);
    expect(run.code, run.stderr).toBe(0);
    expect(dangerousCells(run.stdout)).toEqual([]);
    expect(run.stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""claim voucher"") voucher link broken"`);
    expect(run.stdout).toContain(",'=1+2 refund never arrived sum,");
    expect(run.stdout).toContain(",'-refund never arrived minus sign,");
  });

  it('cx delta --format csv is also free of formula cells', async () => {
    const delta = await cxIn(['delta', path('inject.csv'), path('inject.csv'), '--format', 'csv', '-q']);
    expect(delta.code, delta.stderr).toBe(0);
    expect(dangerousCells(delta.stdout)).toEqual([]);
  });
});

describe('Markdown and terminal output', () => {
  it('md escapes pipes, HTML and image/link syntax in comment text', async () => {
    const run = await cxIn(['analyze', path('markdown.csv'), '--format', 'md', '-q', '--examples', '10']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('terrible refund \\| pipe \\| in table');
    expect(run.stdout).not.toContain('refund | pipe');
    expect(run.stdout).not.toContain('<script>');
    expect(run.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(run.stdout).toContain('!\\[x\\](http://tracker.example/p.png)');
    expect(run.stdout).not.toContain('![x](');
  });

  it('table output strips ANSI colour and OSC title sequences from comments (colour off and forced on)', async () => {
    const plain = await cxIn(['analyze', path('ansi.csv'), '-q']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('terrible refund delay');
    expect(plain.stdout).toContain('ALERT');
    expect(plain.stdout).not.toContain('\x1b');
    expect(plain.stdout).not.toContain('\x07');
    const forced = await cxIn(['analyze', path('ansi.csv'), '-q'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('\x1b['); // cx's own colours are on ...
    expect(forced.stdout).not.toContain('\x1b[31mALERT'); // ... the comment's are gone
    expect(forced.stdout).not.toContain('\x1b]0;');
    expect(forced.stdout).not.toContain('pwned');
  });
});

describe('PII redaction', () => {
  it('analyze masks e-mails, phones, cards and IBANs in every format by default', async () => {
    for (const format of ['json', 'md', 'csv', 'table']) {
      const run = await cxIn(['analyze', path('pii.csv'), '--format', format, '-q', '--examples', '20']);
      expect(run.code, `${format}: ${run.stderr}`).toBe(0);
      expect(run.stdout, format).not.toMatch(RAW_PII);
    }
    const report = okJson(await cxIn(['analyze', path('pii.csv'), '--format', 'json', '-q', '--examples', '20']));
    const examples: string[] = report.themes.flatMap((theme: { examples: { text: string }[] }) => theme.examples.map((e) => e.text));
    expect(examples.join('\n')).toMatch(/\[(?:email|phone|card|iban)\]/);
  });

  it('--no-redact shows the original text of the examples', async () => {
    const report = okJson(await cxIn(['analyze', path('pii.csv'), '--format', 'json', '-q', '--examples', '20', '--no-redact']));
    const examples: string[] = report.themes.flatMap((theme: { examples: { text: string }[] }) => theme.examples.map((e) => e.text));
    expect(examples.join('\n')).toMatch(RAW_PII);
    expect(examples.join('\n')).not.toMatch(/\[(?:email|phone|card|iban)\]/);
  });

  it('cx enrich keeps fields as they are; --redact masks each pattern and leaves near-misses alone', async () => {
    const raw = await cxIn(['enrich', path('pii.csv'), '-q']);
    expect(raw.code).toBe(0);
    const rawComments = jsonLines(raw.stdout).map((line) => line.fields.comment);
    expect(rawComments.slice(0, 8)).toEqual([...PII, ...NEAR_MISSES].map((text) => `terrible refund never came, ${text}`));

    const masked = await cxIn(['enrich', path('pii.csv'), '-q', '--redact']);
    expect(masked.code).toBe(0);
    const maskedComments = jsonLines(masked.stdout).map((line) => line.fields.comment.replace('terrible refund never came, ', ''));
    expect(maskedComments.slice(0, 8)).toEqual([
      'email me at [email]',
      'call me on [phone]',
      'card [card] was charged twice',
      'IBAN [iban] please refund',
      'call [phone] anytime',
      'mail [email]',
      // Near-misses: order number, ISO and slash dates, prices, 16 digits failing the Luhn check.
      'order 123456789 placed 2025-03-04 for $129.99',
      'ref 1234 5678 9012 3456 on 03/04/2025 cost 1,299.00 EUR',
    ]);
    expect(masked.stdout).not.toMatch(RAW_PII);
  });
});

describe('escape sequences do not change what a comment says', () => {
  it('cx sentiment scores the words inside colour codes', async () => {
    const [coloured, plain] = await Promise.all([
      cxIn(['sentiment', '\x1b[31mterrible\x1b[0m service', '--format', 'json']),
      cxIn(['sentiment', 'terrible service', '--format', 'json']),
    ]);
    expect(JSON.parse(plain.stdout).score).toBeLessThan(-0.3);
    expect(JSON.parse(coloured.stdout).score).toBe(JSON.parse(plain.stdout).score);
  });

  it('cx analyze: the OSC title payload is not a theme and the coloured words count', async () => {
    const tails = ['again', 'this week', 'for my order', 'since march', 'twice now'];
    writeFileSync(path('ansi-glued.csv'), csvFile(Array.from({ length: 15 }, (_, i) => `\x1b[31mterrible refund delay\x1b[0m\x1b]0;pwned\x07 ${tails[i % 5]}`)));
    const report = okJson(await cxIn(['analyze', path('ansi-glued.csv'), '--format', 'json', '-q']));
    expect(JSON.stringify(report.themes.map((t: { label: string }) => t.label))).not.toContain('pwned');
    expect(report.kpis.sentiment.mean.value).toBeLessThan(-0.3);
  });
});

describe('invalid values are redacted too', () => {
  it('an e-mail address in the NPS column is masked in the JSON and on stderr', async () => {
    const rows = ['id,comment,nps', '1,refund took weeks,jane.doe@example.com', '2,slow delivery,3'];
    writeFileSync(path('pii-score.csv'), rows.join('\n') + '\n');
    const run = await cxIn(['analyze', path('pii-score.csv'), '--format', 'json']);
    const report = okJson(run);
    expect(report.input.firstInvalid[0]).toMatchObject({ line: 2, kpi: 'nps', value: '[email]' });
    expect(run.stdout + run.stderr).not.toContain('jane.doe@example.com');
  });
});
