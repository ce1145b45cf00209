/**
 * argv (as commander parsed it) → typed options for the pipeline. Pure: no I/O, so the mapping
 * from flags to options is tested on its own (test/cli/options.test.ts).
 */
import type { ColumnOverrides } from '../columns/types.js';
import { CxError } from '../errors.js';
import type { InputFormat } from '../read/types.js';
import type { Thresholds } from '../sentiment/types.js';
import { DEFAULT_THRESHOLDS } from '../sentiment/index.js';
import type { InputOptions } from '../pipeline/types.js';

/** Options as commander hands them to an action (camel-cased flag names). */
export type RawOptions = {
  readonly inputFormat?: string;
  readonly delimiter?: string;
  readonly encoding?: string;
  readonly header?: boolean;
  readonly text?: readonly string[];
  readonly id?: string;
  readonly date?: string;
  readonly nps?: string;
  readonly csat?: string;
  readonly ces?: string;
  readonly rating?: string;
  readonly segment?: readonly string[];
  /** `--where`, repeatable: COL=VALUE or COL!=VALUE. */
  readonly where?: readonly string[];
  readonly dateFormat?: string;
  readonly strict?: boolean;
  readonly positiveThreshold?: number;
  readonly negativeThreshold?: number;
  readonly maxThemes?: number;
  readonly taxonomy?: string;
  readonly threads?: number;
  readonly format?: string;
  readonly json?: boolean;
  readonly output?: string;
  readonly color?: boolean;
  readonly quiet?: boolean;
  /** `cx sentiment --explain`: show the learned layer's probabilities and features. */
  readonly explain?: boolean;
  readonly debug?: boolean;
  readonly by?: readonly string[];
  readonly examples?: number;
  readonly redact?: boolean;
  readonly split?: string;
  readonly period?: string;
  readonly baselineFrom?: string;
  readonly baselineTo?: string;
  readonly currentFrom?: string;
  readonly currentTo?: string;
  readonly baseline?: string;
  readonly current?: string;
  readonly failOnDecline?: boolean;
  /** `--config FILE` (a string), `--no-config` (false), or neither (undefined: cx.config.json when present). */
  readonly config?: string | false | true;
  readonly lexicon?: string;
  /** `--ignore-terms`, repeatable; each value a comma-separated list. */
  readonly ignoreTerms?: readonly string[];
  readonly force?: boolean;
};


/** '\t', 'tab' and a literal tab all mean tab; otherwise exactly one character. */
export function parseDelimiter(value: string): string {
  const named: Readonly<Record<string, string>> = { '\\t': '\t', tab: '\t', comma: ',', semicolon: ';', pipe: '|' };
  const delimiter = named[value.toLowerCase()] ?? value;
  if (Array.from(delimiter).length !== 1) throw new CxError('usage', `--delimiter: expected one character (or tab), got "${value}"`);
  if (delimiter === '"' || delimiter === '\n' || delimiter === '\r') throw new CxError('usage', `--delimiter cannot be ${JSON.stringify(delimiter)}`);
  return delimiter;
}

export function toInputOptions(path: string, raw: RawOptions): InputOptions {
  return {
    path,
    ...(raw.inputFormat === undefined ? {} : { format: raw.inputFormat as InputFormat }),
    ...(raw.delimiter === undefined ? {} : { delimiter: parseDelimiter(raw.delimiter) }),
    ...(raw.encoding === undefined ? {} : { encoding: raw.encoding }),
    ...(raw.header === false ? { header: false } : {}),
  };
}

export function toColumnOverrides(raw: RawOptions): ColumnOverrides {
  const out: { -readonly [K in keyof ColumnOverrides]: ColumnOverrides[K] } = {};
  if (raw.text !== undefined && raw.text.length > 0) out.text = [...raw.text];
  if (raw.id !== undefined) out.id = raw.id;
  if (raw.date !== undefined) out.date = raw.date;
  if (raw.nps !== undefined) out.nps = raw.nps;
  if (raw.csat !== undefined) out.csat = raw.csat;
  if (raw.ces !== undefined) out.ces = raw.ces;
  if (raw.rating !== undefined) out.rating = raw.rating;
  if (raw.segment !== undefined && raw.segment.length > 0) out.segments = [...raw.segment];
  if (raw.strict === true) out.strict = true;
  return out;
}

/** Thresholds from the two flags (either may be left at its default); negative must not exceed positive. */
export function toThresholds(raw: RawOptions): Thresholds | undefined {
  if (raw.positiveThreshold === undefined && raw.negativeThreshold === undefined) return undefined;
  const thresholds = {
    positive: raw.positiveThreshold ?? DEFAULT_THRESHOLDS.positive,
    negative: raw.negativeThreshold ?? DEFAULT_THRESHOLDS.negative,
  };
  if (thresholds.negative > thresholds.positive) {
    throw new CxError('usage', `--negative-threshold (${thresholds.negative}) must not be above --positive-threshold (${thresholds.positive})`);
  }
  return thresholds;
}

/** `--json` is `--format json`; both with a different format is a usage error. */
export function toFormat<F extends string>(raw: RawOptions, fallback: F): F {
  if (raw.json === true) {
    if (raw.format !== undefined && raw.format !== 'json') throw new CxError('usage', `--json conflicts with --format ${raw.format}`);
    return 'json' as F;
  }
  return (raw.format ?? fallback) as F;
}

export function toDateFormat(raw: RawOptions): 'ymd' | 'mdy' | 'dmy' | undefined {
  return raw.dateFormat as 'ymd' | 'mdy' | 'dmy' | undefined;
}
