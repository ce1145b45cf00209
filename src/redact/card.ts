import { luhnValid } from './luhn.js';

/**
 * Is this run of digit groups a payment card number?
 * 13-19 digits (ISO/IEC 7812 PAN lengths), first digit 2-6 (the issuer ranges of Mastercard
 * 2/5, Amex and Diners 3, Visa 4, Discover/UnionPay/Maestro 6), groups separated all by spaces
 * or all by dashes, groups of 3-6 digits except the last, and a valid Luhn checksum.
 * `groups` are the digit strings, `separators` the strings between them (length groups - 1).
 */
export function isCardNumber(groups: readonly string[], separators: readonly string[]): boolean {
  const digits = groups.join('');
  if (digits.length < 13 || digits.length > 19) return false;
  const first = digits.charCodeAt(0) - 48;
  if (first < 2 || first > 6) return false;
  if (separators.length > 0) {
    const separator = separators[0];
    if (separator !== ' ' && separator !== '-') return false;
    if (separators.some((s) => s !== separator)) return false;
    for (let i = 0; i < groups.length - 1; i++) {
      const length = (groups[i] as string).length;
      if (length < 3 || length > 6) return false;
    }
  }
  return luhnValid(digits);
}
