/** What the sample values of one column look like: counts, lengths, numbers, dates. */
import { isMissingAnswer, parseDate, parseScore } from '../normalize/index.js';
import type { RawRecord } from '../read/types.js';

export type Profile = {
  readonly column: string;
  /** Values that are not empty and not a missing marker such as "N/A". */
  readonly present: number;
  readonly distinct: number;
  readonly averageLength: number;
  /** Average number of spaces per value (words − 1). */
  readonly averageSpaces: number;
  /** Present values that read as a score (number, `10 - Extremely likely`, …). */
  readonly numeric: number;
  readonly integers: number;
  readonly min: number;
  readonly max: number;
  /** Present values that read as a date. */
  readonly dates: number;
  /** Present values that start like JSON arrays or objects (flattened JSON). */
  readonly json: number;
  /** The numbers read from the present values, in sample order. */
  readonly numbers: readonly number[];
  /** Present values that are a bare number (`7`, `-2.5`, `4,5`), nothing else. */
  readonly bareNumbers: number;
  /** Letters and digits over all present values (prose is mostly letters). */
  readonly letters: number;
  readonly digits: number;
  /** Present values that are a URL, an e-mail address, a version string (`4.556.10005`, `v2.1 build 7`) or an identifier (one token mixing digits and letters, or a UUID). */
  readonly machine: number;
};

const BARE_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const URL = /^(?:https?:\/\/|www\.)\S+$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const VERSION = /^(?:v?\d+(?:\.\d+){2,3}(?:[ ._+-]?(?:build|rc|beta|alpha)?[ ._+-]?\d+){0,3}|v\d+(?:\.\d+)+)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN_WITH_DIGIT = /^(?=\S*\d)[\p{L}\p{N}_:.#/-]{6,}$/u;

/** A value written by a machine for machines: URL, e-mail, version, UUID, a single token mixing digits. */
export function isMachineValue(value: string): boolean {
  return URL.test(value) || EMAIL.test(value) || VERSION.test(value) || UUID.test(value) || TOKEN_WITH_DIGIT.test(value);
}

/** Share of the numbers in [min, max] (0 when there are none). */
export function shareWithin(profile: Profile, min: number, max: number): number {
  if (profile.numbers.length === 0) return 0;
  let inside = 0;
  for (const n of profile.numbers) if (n >= min && n <= max) inside += 1;
  return inside / profile.numbers.length;
}

export function profileColumn(column: string, sample: readonly RawRecord[]): Profile {
  let present = 0;
  let lengths = 0;
  let spaces = 0;
  let numeric = 0;
  let integers = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let dates = 0;
  let json = 0;
  let bareNumbers = 0;
  let letters = 0;
  let digits = 0;
  let machine = 0;
  const numbers: number[] = [];
  const distinct = new Set<string>();
  for (const record of sample) {
    const raw = record.fields[column] ?? '';
    if (isMissingAnswer(raw)) continue;
    const value = raw.trim();
    present += 1;
    distinct.add(value);
    lengths += value.length;
    for (let i = value.indexOf(' '); i !== -1; i = value.indexOf(' ', i + 1)) spaces += 1;
    const score = parseScore(value);
    if (score.kind === 'number') {
      numeric += 1;
      numbers.push(score.value);
      if (Number.isInteger(score.value)) integers += 1;
      if (score.value < min) min = score.value;
      if (score.value > max) max = score.value;
    }
    if (isDateLike(value)) dates += 1;
    if (value.startsWith('[') || value.startsWith('{')) json += 1;
    if (BARE_NUMBER.test(value)) bareNumbers += 1;
    if (isMachineValue(value)) machine += 1;
    for (const char of value) {
      if (char >= '0' && char <= '9') digits += 1;
      else if (/\p{L}/u.test(char)) letters += 1;
    }
  }
  return {
    column,
    present,
    distinct: distinct.size,
    averageLength: present === 0 ? 0 : lengths / present,
    averageSpaces: present === 0 ? 0 : spaces / present,
    numeric,
    integers,
    min,
    max,
    dates,
    json,
    numbers,
    bareNumbers,
    letters,
    digits,
    machine,
  };
}

/** A date in any accepted form; a bare small number is not (epoch needs 9+ digits). */
export function isDateLike(value: string): boolean {
  const parsed = parseDate(value, null);
  if (parsed.kind === 'ambiguous') return true;
  return parsed.kind === 'date';
}

/** Share of present values that satisfy a count (0 when nothing is present). */
export const share = (count: number, profile: Profile): number => (profile.present === 0 ? 0 : count / profile.present);
