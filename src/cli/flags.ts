/**
 * Every flag, once: name, argument, one-line help and how its value is parsed. The commands in
 * program.ts pick groups of these; help text and docs/commands.md follow this table.
 */
import { InvalidArgumentError, Option } from 'commander';

export type Flag = {
  readonly flags: string;
  readonly description: string;
  readonly choices?: readonly string[];
  /** Repeatable: values are collected into an array. */
  readonly repeatable?: boolean;
  readonly parse?: (value: string) => unknown;
  readonly defaultValue?: unknown;
};

const collect = (value: string, previous: unknown): string[] => [...(Array.isArray(previous) ? previous : []), value];

export function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError(`expected a whole number ≥ 1, got "${value}"`);
  return Number(value);
}

export function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`expected a whole number ≥ 0, got "${value}"`);
  return Number(value);
}

export function threshold(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < -1 || number > 1) {
    throw new InvalidArgumentError(`expected a number between -1 and 1, got "${value}"`);
  }
  return number;
}

export function isoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (match === null) throw new InvalidArgumentError(`expected a date YYYY-MM-DD, got "${value}"`);
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) throw new InvalidArgumentError(`no such date: "${value}"`);
  return value.trim();
}

export const INPUT_FLAGS: readonly Flag[] = [
  { flags: '--input-format <format>', description: 'input format (default: from the extension, then sniffed)', choices: ['csv', 'tsv', 'jsonl', 'json'] },
  { flags: '--delimiter <char>', description: 'CSV field delimiter (default: sniffed among , ; tab |)' },
  { flags: '--encoding <name>', description: 'input encoding: utf8, utf16le, utf16be, latin1, windows-1252 (default: BOM, else UTF-8)' },
  { flags: '--no-header', description: 'the first row is data; columns are named column_1, column_2, …' },
];

export const COLUMN_FLAGS: readonly Flag[] = [
  { flags: '--text <col>', description: 'comment column (repeatable: several are joined)', repeatable: true },
  { flags: '--id <col>', description: 'response id column' },
  { flags: '--date <col>', description: 'date column' },
  { flags: '--nps <col>', description: 'NPS column (0-10; a column that never leaves 1-5 is refused: use --rating or --csat)' },
  { flags: '--csat <col>', description: 'CSAT column (1-5, 1-7 or 1-10, detected from the values)' },
  { flags: '--ces <col>', description: 'customer effort score column (1-7)' },
  { flags: '--rating <col>', description: 'star rating column (1-5 with half-stars, 1-10 or 0-100, detected)' },
  { flags: '--segment <col>', description: 'segment column such as channel or region (repeatable)', repeatable: true },
  { flags: '--date-format <order>', description: 'order of day, month and year in slash dates (default: detected)', choices: ['ymd', 'mdy', 'dmy'] },
  { flags: '--strict', description: 'exit 1 when the text column is empty on most rows while another prose column is filled (default: a warning)' },
];

export const FILTER_FLAGS: readonly Flag[] = [
  { flags: '--where <col=value>', description: 'only records whose column has this value (COL!=VALUE: has not); repeatable: = on one column is any of, the rest all of', repeatable: true },
];

export const SENTIMENT_FLAGS: readonly Flag[] = [
  { flags: '--positive-threshold <x>', description: 'score at or above which a comment is positive (default 0.05)', parse: threshold },
  { flags: '--negative-threshold <x>', description: 'score at or below which a comment is negative (default -0.05)', parse: threshold },
];

export const THEME_FLAGS: readonly Flag[] = [
  { flags: '--max-themes <n>', description: 'upper bound on the number of top-level themes (default: chosen from the data)', parse: positiveInteger },
  { flags: '--taxonomy <file>', description: 'apply a taxonomy (from `cx themes export`) before discovering emerging themes' },
];

export const THREAD_FLAGS: readonly Flag[] = [
  { flags: '--threads <n>', description: 'threads for tokenizing and scoring an input of 20,000 records or more (default: the available cores, at most 4; 1: no worker threads; the result is the same)', parse: positiveInteger },
];

export const SETTINGS_FLAGS: readonly Flag[] = [
  { flags: '--config <file>', description: 'settings file (default: cx.config.json in the working folder, when there is one; see `cx init`)' },
  { flags: '--no-config', description: 'ignore cx.config.json' },
];

export const LEXICON_FLAGS: readonly Flag[] = [
  { flags: '--lexicon <file>', description: 'domain sentiment words: one "word or phrase,score" per line, score from -4 to +4 (VADER scale)' },
];

export const IGNORE_FLAGS: readonly Flag[] = [
  { flags: '--ignore-terms <list>', description: 'comma-separated words that are context, not themes (brand, product names); repeatable', repeatable: true },
];

export const OUTPUT_FLAGS: readonly Flag[] = [
  { flags: '-o, --output <file>', description: 'write the result to a file (atomically) instead of stdout' },
  { flags: '--no-color', description: 'no colours in the table (also NO_COLOR=1; FORCE_COLOR=1 forces them)' },
  { flags: '-q, --quiet', description: 'nothing on stderr except errors' },
  { flags: '--debug', description: 'show stack traces on errors' },
];

export function formatFlags(formats: readonly string[], fallback: string): readonly Flag[] {
  return [
    { flags: '-f, --format <format>', description: `output format (default: ${fallback})`, choices: formats },
    { flags: '--json', description: 'same as --format json' },
  ];
}

export function toOption(flag: Flag): Option {
  const option = new Option(flag.flags, flag.description);
  if (flag.choices !== undefined) option.choices(flag.choices);
  if (flag.repeatable === true) option.argParser(collect);
  else if (flag.parse !== undefined) option.argParser(flag.parse);
  if (flag.defaultValue !== undefined) option.default(flag.defaultValue);
  return option;
}
