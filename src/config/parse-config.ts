/**
 * cx.config.json text → a validated CxConfig. Pure. Every problem is a CxError('usage') naming the
 * file, the field and the expected type, e.g. `cx.config.json: "lexicon.cheap" must be a number
 * from -4 to 4 (VADER's valence scale), got "great"`. Unknown fields are not errors (the file may
 * be shared with other tools, or written by a newer cx) but are listed in `ignored`, for the CLI to
 * warn about: a typo such as "ignoreTerm" is never silently dropped.
 */
import { CxError } from '../errors.js';
import type { ConfigColumns, CxConfig, LexiconEntry } from './types.js';

/** The valence scale of lexicon entries: VADER's −4 (most negative) … +4 (most positive). */
export const VALENCE_MIN = -4;
export const VALENCE_MAX = 4;

/** The fields of cx.config.json and the roles of its `columns`. */
export const FIELDS = ['$schema', 'columns', 'ignoreTerms', 'lexicon', 'taxonomy', 'thresholds', 'maxThemes', 'dateFormat', 'by'] as const;
export const ROLES = ['text', 'id', 'date', 'nps', 'csat', 'ces', 'rating', 'segments'] as const;

export function parseConfig(text: string, file: string): CxConfig {
  const fail = (message: string, line?: number): never => {
    throw new CxError('usage', `${file}: ${message}`, line === undefined ? { file } : { file, line });
  };
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position === null ? undefined : text.slice(0, Number(position[1])).split('\n').length;
    return fail(`not valid JSON (${(error as Error).message.replace(/^JSON\.parse: /, '')})`, line);
  }
  if (!isObject(root)) return fail(`expected a JSON object, got ${kind(root)}`);
  const ignored = Object.keys(root).filter((key) => !(FIELDS as readonly string[]).includes(key));
  const got = (value: unknown): string => `got ${kind(value)}`;
  const stringList = (value: unknown, field: string): string[] => {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
      return fail(`"${field}" must be a string or a list of non-empty strings, ${got(value)}`);
    }
    return list.map((item: string) => item.trim());
  };

  const columns: Record<string, unknown> = {};
  if (root.columns !== undefined) {
    if (!isObject(root.columns)) fail(`"columns" must be an object mapping roles to column names, ${got(root.columns)}`);
    for (const [role, value] of Object.entries(root.columns as Record<string, unknown>)) {
      if (!(ROLES as readonly string[]).includes(role)) {
        ignored.push(`columns.${role}`);
        continue;
      }
      if (value === null) continue;
      if (role === 'text' || role === 'segments') columns[role] = stringList(value, `columns.${role}`);
      else if (typeof value !== 'string' || value.trim() === '') fail(`"columns.${role}" must be a column name (string) or null, ${got(value)}`);
      else columns[role] = value;
    }
  }

  const lexicon: LexiconEntry[] = [];
  if (root.lexicon !== undefined) {
    if (!isObject(root.lexicon)) fail(`"lexicon" must be an object of word or phrase → valence (${VALENCE_MIN} to ${VALENCE_MAX}), ${got(root.lexicon)}`);
    for (const [term, valence] of Object.entries(root.lexicon as Record<string, unknown>)) {
      const field = `"lexicon" entry ${JSON.stringify(term)}`;
      lexicon.push({ term: checkTerm(term, field, fail), valence: checkValence(valence, field, fail) });
    }
  }

  let taxonomy: CxConfig['taxonomy'] = null;
  if (root.taxonomy !== undefined && root.taxonomy !== null) {
    if (typeof root.taxonomy === 'string' && root.taxonomy.trim() !== '') taxonomy = { path: root.taxonomy };
    else if (isObject(root.taxonomy)) taxonomy = { inline: root.taxonomy };
    else fail(`"taxonomy" must be a file path (string) or a taxonomy object, ${got(root.taxonomy)}`);
  }

  const thresholds: { positive?: number; negative?: number } = {};
  if (root.thresholds !== undefined) {
    if (!isObject(root.thresholds)) fail(`"thresholds" must be an object {"positive": number, "negative": number}, ${got(root.thresholds)}`);
    for (const [name, value] of Object.entries(root.thresholds as Record<string, unknown>)) {
      if (name !== 'positive' && name !== 'negative') fail(`unknown field "thresholds.${name}"; expected "positive" and "negative"`);
      if (typeof value !== 'number' || value < -1 || value > 1) fail(`"thresholds.${name}" must be a number from -1 to 1, ${got(value)}`);
      thresholds[name as 'positive' | 'negative'] = value as number;
    }
    if (thresholds.positive !== undefined && thresholds.negative !== undefined && thresholds.negative > thresholds.positive) {
      fail(`"thresholds.negative" (${thresholds.negative}) must not be above "thresholds.positive" (${thresholds.positive})`);
    }
  }

  let maxThemes: number | null = null;
  if (root.maxThemes !== undefined && root.maxThemes !== null) {
    if (typeof root.maxThemes !== 'number' || !Number.isInteger(root.maxThemes) || root.maxThemes < 1) fail(`"maxThemes" must be a whole number ≥ 1, ${got(root.maxThemes)}`);
    maxThemes = root.maxThemes as number;
  }
  let dateFormat: CxConfig['dateFormat'] = null;
  if (root.dateFormat !== undefined && root.dateFormat !== null) {
    if (root.dateFormat !== 'ymd' && root.dateFormat !== 'mdy' && root.dateFormat !== 'dmy') fail(`"dateFormat" must be "ymd", "mdy" or "dmy", ${got(root.dateFormat)}`);
    dateFormat = root.dateFormat as CxConfig['dateFormat'];
  }

  return {
    columns: columns as ConfigColumns,
    ignoreTerms: root.ignoreTerms === undefined ? [] : stringList(root.ignoreTerms, 'ignoreTerms'),
    lexicon,
    taxonomy,
    thresholds,
    maxThemes,
    dateFormat,
    by: root.by === undefined ? [] : stringList(root.by, 'by'),
    ignored,
  };
}

/** A lexicon term: letters, digits, apostrophes and hyphens, one or more words; lower-cased. */
export function checkTerm(term: string, field: string, fail: (message: string) => never): string {
  const clean = term.trim().toLowerCase().replace(/\s+/g, ' ');
  if (clean === '' || !/^[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+)*$/u.test(clean)) {
    return fail(`${field}: a term must be a word or a phrase of words, got ${JSON.stringify(term)}`);
  }
  return clean;
}

export function checkValence(value: unknown, field: string, fail: (message: string) => never): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < VALENCE_MIN || value > VALENCE_MAX) {
    return fail(`${field} must be a number from ${VALENCE_MIN} to ${VALENCE_MAX} (VADER's valence scale), got ${kind(value)}`);
  }
  return value;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `a string ("x")`, `a number (3)`, `a list`, `an object`, `null`. */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `a boolean (${value})`;
  return 'an object';
}
