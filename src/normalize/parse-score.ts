/**
 * A score as exports write it → a number, "missing" or "not a number". Accepts padding (` 7 `),
 * decimal forms (`9.0`, decimal comma `4,5`), labelled answers (`10 - Extremely likely`,
 * `5 - Very satisfied`, `4 stars`), fractions (`4/5` → 4) and star strings (`★★★★` → 4).
 * Empty, `N/A`, `na`, `-`, `none`, `null` … are missing answers, not invalid ones.
 */

export type ParsedScore =
  | { readonly kind: 'missing' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'not_a_number' };

const MISSING_WORDS: ReadonlySet<string> = new Set([
  '',
  'n/a',
  'na',
  'n.a.',
  'n.a',
  '-',
  '--',
  '—',
  '–',
  '.',
  'none',
  'null',
  'nil',
  'nan',
  'not applicable',
  'no answer',
  'skipped',
  'unanswered',
  "don't know",
  'dont know',
  'prefer not to say',
]);

const NUMBER_THEN_REST = /^([+-]?\d+(?:[.,]\d+)?)(.*)$/su;
const LABEL_REST = /^\s*(?:[-–—:=(]\s*)?\p{L}/u;
const FRACTION_REST = /^\s*\/\s*\d+\s*$/;
const STARS = /^[★⭐☆]+$/u;

export function parseScore(raw: string): ParsedScore {
  const value = raw.trim();
  if (MISSING_WORDS.has(value.toLowerCase())) return { kind: 'missing' };
  if (STARS.test(value)) {
    let filled = 0;
    for (const char of value) if (char !== '☆') filled += 1;
    return { kind: 'number', value: filled };
  }
  const match = NUMBER_THEN_REST.exec(value);
  if (match === null) return { kind: 'not_a_number' };
  const number = Number((match[1] as string).replace(',', '.'));
  const rest = match[2] as string;
  if (!Number.isFinite(number)) return { kind: 'not_a_number' };
  if (rest.trim() === '' || LABEL_REST.test(rest) || FRACTION_REST.test(rest)) return { kind: 'number', value: number };
  return { kind: 'not_a_number' };
}

/** True for the answers parseScore treats as missing (empty, N/A, -, …). */
export const isMissingAnswer = (raw: string): boolean => MISSING_WORDS.has(raw.trim().toLowerCase());
