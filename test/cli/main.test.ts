// argv → options with the core mocked: what each flag turns into, and how errors become exit codes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CxError } from '../../src/errors.js';
import { report } from '../render/_report.js';
import { fakeIo } from './_io.js';

const analyze = vi.fn();
vi.mock('../../src/pipeline/analyze.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pipeline/analyze.js')>();
  return { ...actual, analyze: (...args: unknown[]) => analyze(...args) };
});

const { main, describe: describeError } = await import('../../src/cli/main.js');
const run = (args: string[], io = fakeIo()) => main(['node', 'cx', ...args], io).then((code) => ({ code, io }));

beforeEach(() => {
  analyze.mockReset();
  analyze.mockResolvedValue(report);
});

describe('cx analyze argv → AnalyzeOptions', () => {
  it('defaults', async () => {
    const { code } = await run(['analyze', 'export.csv']);
    expect(code).toBe(0);
    expect(analyze).toHaveBeenCalledWith({
      input: { path: 'export.csv' },
      columns: {},
      by: [],
      examples: 3,
      redact: true,
    });
  });

  it('every column, input and theme flag', async () => {
    await run([
      'analyze', '-', '--text', 'title', '--text', 'body', '--id', 'rid', '--date', 'when', '--nps', 'Q1', '--csat', 'Q2', '--ces', 'Q3',
      '--rating', 'stars', '--segment', 'region', '--by', 'region', '--by', 'channel', '--max-themes', '12', '--delimiter', ';',
      '--input-format', 'csv', '--encoding', 'latin1', '--no-header', '--date-format', 'dmy', '--positive-threshold', '0.1',
      '--negative-threshold', '-0.2', '--examples', '2', '--no-redact', '--quiet',
    ]);
    expect(analyze).toHaveBeenCalledWith({
      input: { path: '-', format: 'csv', delimiter: ';', encoding: 'latin1', header: false },
      columns: { text: ['title', 'body'], id: 'rid', date: 'when', nps: 'Q1', csat: 'Q2', ces: 'Q3', rating: 'stars', segments: ['region'] },
      by: ['region', 'channel'],
      dateFormat: 'dmy',
      thresholds: { positive: 0.1, negative: -0.2 },
      maxThemes: 12,
      examples: 2,
      redact: false,
    });
  });

  it('--format json writes the report as JSON on stdout and the column mapping on stderr', async () => {
    const { code, io } = await run(['analyze', 'x.csv', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(io.out())).toEqual(JSON.parse(JSON.stringify(report)));
    expect(io.err()).toContain('cx: columns: text=comment (header), id=response_id (header)');
    expect(io.err()).toContain('cx: read 651 records: 641 analysed, 10 skipped (empty_text 10); first skipped on line 45, 97, …');
    expect(io.err()).toContain('cx: warning: a warning with bell');
  });

  it('--quiet leaves stderr empty', async () => {
    const { io } = await run(['analyze', 'x.csv', '--json', '--quiet']);
    expect(io.err()).toBe('');
  });
});

describe('exit codes and messages', () => {
  it('CxError → "cx: file:line: message", exit 1', async () => {
    analyze.mockRejectedValue(new CxError('malformed_input', 'unbalanced quote: the record starting here never ends', { file: 'x.csv', line: 14 }));
    const { code, io } = await run(['analyze', 'x.csv']);
    expect(code).toBe(1);
    expect(io.err()).toBe('cx: x.csv:14: unbalanced quote: the record starting here never ends\n');
    expect(io.out()).toBe('');
  });

  it("usage CxError (a flag names a column that doesn't exist) → exit 2", async () => {
    analyze.mockRejectedValue(new CxError('usage', '--nps: no column named "score"; the columns are: id, comment', { file: 'x.csv' }));
    const { code, io } = await run(['analyze', 'x.csv', '--nps', 'score']);
    expect(code).toBe(2);
    expect(io.err()).toBe('cx: x.csv: --nps: no column named "score"; the columns are: id, comment\n');
  });

  it('unexpected errors → one line, exit 1; --debug adds the stack', async () => {
    analyze.mockRejectedValue(new TypeError('boom'));
    const plain = await run(['analyze', 'x.csv']);
    expect(plain.code).toBe(1);
    expect(plain.io.err()).toBe('cx: internal error: boom (run with --debug for the stack trace)\n');
    const debug = await run(['analyze', 'x.csv', '--debug']);
    expect(debug.io.err()).toMatch(/^cx: internal error: boom\nTypeError: boom\n\s+at /);
  });

  it.each([
    [['analyze', 'x.csv', '--bogus'], /unknown option '--bogus'/],
    [['analyze', 'x.csv', '--format', 'xml'], /argument 'xml' is invalid/],
    [['analyze', 'x.csv', '--max-themes', 'lots'], /expected a whole number/],
    [['analyze'], /missing required argument 'file'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['analyze', 'x.csv', '--json', '--format', 'md'], /--json conflicts with --format md/],
    [['delta', 'x.csv', '--split', '2025-02-30'], /no such date/],
  ])('usage error %j → exit 2', async (args, message) => {
    const { code, io } = await run(args as string[]);
    expect(code).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err().startsWith('cx: ')).toBe(true);
    expect(io.out()).toBe('');
  });

  it('--help and --version print on stdout and exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.io.out()).toContain('Exit codes:');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('describe (error → one line)', () => {
  it.each([
    [new CxError('malformed_input', 'unbalanced quote', { file: 'x.csv', line: 14 }), 'x.csv:14: unbalanced quote'],
    [new CxError('empty_input', 'x.csv is empty', { file: 'x.csv' }), 'x.csv is empty'],
    [new CxError('file_not_found', 'x.csv: no such file', { file: 'x.csv' }), 'x.csv: no such file'],
    [new CxError('malformed_input', 'expected 0-10, got "11"', { file: 'x.csv', line: 3, column: 'nps' }), 'x.csv:3: column "nps": expected 0-10, got "11"'],
    [new CxError('usage', 'column "nps" not found', { column: 'nps' }), 'column "nps" not found'],
    [new CxError('usage', 'two\nlines', {}), 'two lines'],
  ])('%s', (error, line) => expect(describeError(error)).toBe(line));
});
