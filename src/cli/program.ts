/**
 * The commands, a few lines each: arguments, flag groups from flags.ts, and a lazy import of
 * the handler (so `cx sentiment` never loads the theme code, and importing this file does
 * nothing). Parsing errors and --help/--version surface as CommanderError, handled in main.ts.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import {
  COLUMN_FLAGS, FILTER_FLAGS, formatFlags, IGNORE_FLAGS, INPUT_FLAGS, isoDate, LEXICON_FLAGS, nonNegativeInteger, OUTPUT_FLAGS, SENTIMENT_FLAGS, SETTINGS_FLAGS,
  THEME_FLAGS, THREAD_FLAGS, toOption, type Flag,
} from './flags.js';
import type { CliIo } from './io.js';
import type { RawOptions } from './options.js';

export type CommandName = 'analyze' | 'enrich' | 'sentiment' | 'themes export' | 'delta' | 'init';

/** Runs a parsed command; resolves to its exit code. */
export type Dispatch = (name: CommandName, args: readonly string[], raw: RawOptions) => Promise<number>;

/** The version in package.json (read when the program is built, not on import). */
export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

const EXIT_CODES = `
Exit codes:
  0  result written (also when some records were skipped)
  1  the input could not be analysed (missing file, no text column, unparseable input)
  2  usage error (unknown flag or column, bad value)
  3  cx delta --fail-on-decline: a KPI worsened significantly`;

const ANALYZE_ONLY: readonly Flag[] = [
  { flags: '--by <col>', description: 'break KPIs and themes down by this column (repeatable)', repeatable: true },
  { flags: '--examples <n>', description: 'example comments per theme (default 3)', parse: nonNegativeInteger },
  { flags: '--no-redact', description: 'do not mask e-mail addresses, phone, card and IBAN numbers in examples' },
];

const DELTA_ONLY: readonly Flag[] = [
  { flags: '--split <date>', description: 'one file: rows before DATE (YYYY-MM-DD) are the baseline, on/after it the current side', parse: isoDate },
  { flags: '--period <period>', description: 'one file: the last complete period in the data vs the one before', choices: ['week', 'month', 'quarter', 'year'] },
  { flags: '--baseline-from <date>', description: 'baseline range start (inclusive, YYYY-MM-DD)', parse: isoDate },
  { flags: '--baseline-to <date>', description: 'baseline range end (inclusive, YYYY-MM-DD)', parse: isoDate },
  { flags: '--current-from <date>', description: 'current range start (inclusive, YYYY-MM-DD)', parse: isoDate },
  { flags: '--current-to <date>', description: 'current range end (inclusive, YYYY-MM-DD)', parse: isoDate },
  { flags: '--by <col>', description: 'compare each value of this column with all other rows' },
  { flags: '--baseline <value>', description: 'with --by: the baseline value' },
  { flags: '--current <value>', description: 'with --by: the current value' },
  { flags: '--fail-on-decline', description: 'exit with code 3 when any KPI worsened significantly' },
];

/**
 * Real examples ending each command's --help: they run from a clone of the repository, and
 * test/readme/commands.test.ts runs every one of them against the fixtures.
 */
export const EXAMPLES: Readonly<Record<CommandName | 'cx', readonly string[]>> = {
  cx: [
    'cx analyze fixtures/feedback.csv',
    'cx analyze fixtures/feedback.csv --by region --format html --output report.html',
    'cx delta fixtures/delta-planted.csv --period month',
  ],
  analyze: [
    'cx analyze fixtures/feedback.csv',
    'cx analyze fixtures/feedback.csv --by region --format html --output report.html',
    "cx analyze fixtures/feedback.csv --ignore-terms parcel --json | jq '.painPoints[:3]'",
    'cx analyze fixtures/feedback.csv --config fixtures/config/cx.config.json --lexicon fixtures/config/domain-words.csv',
  ],
  delta: [
    'cx delta fixtures/delta-planted.csv --period month',
    'cx delta fixtures/delta-planted.csv --split 2025-04-01 --format html --output delta.html',
    'cx delta fixtures/delta-planted.csv --by region --baseline EMEA --current NA',
    'cx delta fixtures/delta-where-region.csv --period quarter --where channel!=shop',
  ],
  enrich: ['cx enrich fixtures/feedback.csv > enriched.jsonl', 'cx enrich fixtures/feedback.csv --format csv --output enriched.csv'],
  sentiment: [
    'cx sentiment "the jacket runs small"',
    'cx sentiment "the jacket runs small" --lexicon fixtures/config/domain-words.csv',
    'cx sentiment "what is the baggage allowance?" --explain',
    "printf 'great service\\nawful app\\n' | cx sentiment -",
  ],
  'themes export': ['cx themes export fixtures/feedback.csv --output taxonomy.json', 'cx analyze fixtures/feedback.csv --taxonomy taxonomy.json'],
  init: ['cx init fixtures/feedback.csv', 'cx init fixtures/feedback.csv --force --config team.json'],
};

const examples = (name: CommandName | 'cx'): string => `\n\nExamples (from a clone of the repository):\n${EXAMPLES[name].map((line) => `  $ ${line}`).join('\n')}`;

const INIT_ONLY: readonly Flag[] = [
  { flags: '--config <file>', description: 'where to write the settings (default: cx.config.json in the working folder)' },
  { flags: '--force', description: 'replace an existing config file' },
  { flags: '-q, --quiet', description: 'nothing on stderr except errors' },
  { flags: '--debug', description: 'show stack traces on errors' },
];

function addFlags(command: Command, flags: readonly Flag[]): Command {
  for (const flag of flags) command.addOption(toOption(flag));
  return command;
}

export function buildProgram(io: CliIo, dispatch: Dispatch, setCode: (code: number) => void): Command {
  const program = new Command('cx');
  program
    .description('Customer-feedback analytics: pain-point themes, sentiment and KPIs (NPS, CSAT, CES) from CSV/TSV/JSONL exports')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'show stack traces on errors')
    .addHelpText('after', EXIT_CODES + examples('cx'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`cx: ${text.replace(/^error: /, '')}`),
    });

  const run = (name: CommandName) => async (...params: unknown[]) => {
    const command = params[params.length - 1] as Command;
    const args = command.args;
    setCode(await dispatch(name, args, command.opts() as RawOptions));
  };

  addFlags(
    program.command('analyze').argument('<file>', "feedback export (CSV, TSV, JSONL, JSON; .gz ok); '-' for stdin")
      .description('KPIs with 95% intervals, ranked pain points and delights with examples, segments'),
    [
      ...formatFlags(['table', 'json', 'md', 'csv', 'html'], 'table'), ...INPUT_FLAGS, ...COLUMN_FLAGS, ...FILTER_FLAGS, ...ANALYZE_ONLY, ...SENTIMENT_FLAGS, ...LEXICON_FLAGS,
      ...THEME_FLAGS, ...THREAD_FLAGS, ...IGNORE_FLAGS, ...SETTINGS_FLAGS, ...OUTPUT_FLAGS,
    ],
  ).addHelpText('after', EXIT_CODES + examples('analyze')).action(run('analyze'));

  addFlags(
    program.command('enrich').argument('<file>', "feedback export; '-' for stdin")
      .description('one output line per input record: sentiment, label and theme ids (JSONL, or CSV with --format csv)'),
    [
      ...formatFlags(['jsonl', 'csv'], 'jsonl'), ...INPUT_FLAGS, ...COLUMN_FLAGS, ...FILTER_FLAGS,
      { flags: '--redact', description: 'mask e-mail addresses, phone, card and IBAN numbers in the original fields' },
      ...SENTIMENT_FLAGS, ...LEXICON_FLAGS, ...THEME_FLAGS, ...THREAD_FLAGS, ...IGNORE_FLAGS, ...SETTINGS_FLAGS, ...OUTPUT_FLAGS,
    ],
  ).addHelpText('after', EXIT_CODES + examples('enrich')).action(run('enrich'));

  addFlags(
    program.command('sentiment').argument('<text...>', "text to score; '-' reads one text per line from stdin")
      .description('score text and show the words and rules that moved the score'),
    [
      ...formatFlags(['table', 'json'], 'table'),
      { flags: '--explain', description: "also show the learned layer: class probabilities and the rule features that moved the score" },
      ...SENTIMENT_FLAGS, ...LEXICON_FLAGS, ...SETTINGS_FLAGS, ...OUTPUT_FLAGS,
    ],
  ).addHelpText('after', EXIT_CODES + examples('sentiment')).action(run('sentiment'));

  const themes = program.command('themes').description('work with theme taxonomies');
  addFlags(
    themes.command('export').argument('<file>', "feedback export; '-' for stdin")
      .description('discover the themes and write them as an editable taxonomy (JSON) for --taxonomy'),
    [...INPUT_FLAGS, ...COLUMN_FLAGS, ...SENTIMENT_FLAGS, ...LEXICON_FLAGS, ...THEME_FLAGS, ...THREAD_FLAGS, ...IGNORE_FLAGS, ...SETTINGS_FLAGS, ...OUTPUT_FLAGS],
  ).addHelpText('after', EXIT_CODES + examples('themes export')).action(run('themes export'));

  addFlags(
    program.command('delta').argument('<file>', 'baseline file (or the only file, with --split/--period/ranges/--by)')
      .argument('[file2]', 'current file')
      .description('what changed between periods or segments: KPI and theme deltas with 95% CIs, p- and q-values, and the words behind them'),
    [
      ...formatFlags(['table', 'json', 'md', 'csv', 'html'], 'table'), ...DELTA_ONLY, ...INPUT_FLAGS, ...COLUMN_FLAGS, ...FILTER_FLAGS, ...SENTIMENT_FLAGS, ...LEXICON_FLAGS,
      ...THEME_FLAGS, ...THREAD_FLAGS, ...IGNORE_FLAGS, ...SETTINGS_FLAGS, ...OUTPUT_FLAGS,
    ],
  ).addHelpText('after', EXIT_CODES + examples('delta')).action(run('delta'));

  addFlags(
    program.command('init').argument('<file>', "a feedback export to detect the columns on; '-' for stdin")
      .description('write a starter cx.config.json from the columns detected on FILE, to correct once and keep'),
    [...INPUT_FLAGS, ...COLUMN_FLAGS, ...INIT_ONLY],
  ).addHelpText('after', EXIT_CODES + examples('init')).action(run('init'));

  return program;
}
