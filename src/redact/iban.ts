import type { PiiSpan } from './types.js';

/**
 * IBAN check (ISO 13616-1): move the first four characters to the end, replace letters by
 * numbers (A = 10 … Z = 35) and take the result modulo 97: a valid IBAN leaves 1.
 * Spaces are ignored, letters may be in either case; length must be 15-34 (Norway has the
 * shortest IBAN, 15; the standard allows 34), starting with two letters and two digits.
 *
 * @example ibanValid('GB82 WEST 1234 5698 7654 32') // true (the standard's own example)
 * @example ibanValid('GB82 WEST 1234 5698 7654 33') // false
 */
export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

// Two letters, two check digits, then either a compact BBAN or groups of four separated by
// single spaces (the paper format). Every part is bounded, so matching is linear in the input.
const IBAN = /(?<![\p{L}\p{N}_])[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,4})?)(?![\p{L}\p{N}_])/gu;

/** Finds IBANs that pass the mod-97 check. */
export function findIbans(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const match of text.matchAll(IBAN)) {
    if (ibanValid(match[0])) spans.push({ kind: 'iban', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
