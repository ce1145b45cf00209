import { isCardNumber } from './card.js';
import { isPhoneNumber } from './phone.js';
import type { PiiSpan } from './types.js';

// A run of digit groups joined by single spaces, dashes or dots, optionally opened by an
// international prefix (+44) and/or an area code in parentheses. It may not start right after a
// letter, digit, '#' (order numbers), a currency sign (prices), or '.', ',', '/', '-', '+'
// (decimals, thousands, dates, negative numbers). Every repetition needs a separator followed
// by a digit, so there is exactly one way to match: linear time.
const RUN = /(?<![\p{L}\p{N}_#$£€¥.,/+-])(?:\+ ?\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d+(?:[ .-]\d+)*/gu;
// What may not follow a number we mask: a letter or digit (10am, 500ml), '%', ':' (times), '/'.
const ATTACHED = /[\p{L}\p{N}_%:/]/u;
const DIGITS = /\d+/g;
const MAX_CARD_GROUPS = 19;
const MAX_PHONE_GROUPS = 6;

type Group = { readonly start: number; readonly end: number; readonly digits: string };

/** Finds payment card numbers (Luhn-checked) and phone numbers among runs of digits. */
export function findCardsAndPhones(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    const runStart = match.index;
    const runEnd = runStart + run.length;
    const prefixed = run.startsWith('+') || run.includes('(');
    const groups: Group[] = [];
    for (const digits of run.matchAll(DIGITS)) {
      groups.push({ start: runStart + digits.index, end: runStart + digits.index + digits[0].length, digits: digits[0] });
    }
    // For '+44 20 …' and '(555) 123 …' the prefix groups belong to the number: windows that
    // start inside the prefix must start at the first group.
    const prefixGroups = prefixed ? (run.match(/^[^)]*\)/)?.[0].match(/\d+/g)?.length ?? 1) : 0;
    const attachedAfter = runEnd < text.length && ATTACHED.test(text.charAt(runEnd));
    // Three or more groups of exactly four digits is how cards and IBANs are written, not phones.
    const phones = prefixGroups > 0 || groups.filter((g) => g.digits.length === 4).length < 3;
    let i = 0;
    while (i < groups.length) {
      const found = longestAt(text, groups, i, i === 0 ? prefixGroups : 0, attachedAfter, phones);
      if (found) {
        spans.push({ kind: found.kind, start: i === 0 ? runStart : (groups[i] as Group).start, end: (groups[found.end - 1] as Group).end });
        i = found.end;
      } else {
        i += i === 0 && prefixGroups > 0 ? prefixGroups : 1;
      }
    }
  }
  return spans;
}

function longestAt(
  text: string,
  groups: readonly Group[],
  from: number,
  prefixGroups: number,
  attachedAfter: boolean,
  phones: boolean,
): { kind: 'card' | 'phone'; end: number } | undefined {
  const at = (k: number) => groups[k] as Group;
  const separators = (a: number, b: number) => {
    const out: string[] = [];
    for (let k = a; k < b - 1; k++) out.push(text.slice(at(k).end, at(k + 1).start));
    return out;
  };
  const digitsOf = (a: number, b: number) => {
    const out: string[] = [];
    for (let k = a; k < b; k++) out.push(at(k).digits);
    return out;
  };
  const usable = (end: number) => !(end === groups.length && attachedAfter);
  // Cards: never with an international prefix. Cheap bounds first (a card starts with 2-6, and
  // every group but the last has 3-6 digits), so a long run of short groups costs O(1) per group.
  const lead = at(from).digits.charCodeAt(0) - 48;
  if (prefixGroups === 0 && lead >= 2 && lead <= 6) {
    let digits = at(from).digits.length;
    let end = from + 1;
    while (end < groups.length && end - from < MAX_CARD_GROUPS) {
      const previous = at(end - 1).digits.length;
      const next = at(end).digits.length;
      if (previous < 3 || previous > 6 || digits + next > 19) break;
      digits += next;
      end += 1;
    }
    for (; end > from; end--) {
      if (usable(end) && isCardNumber(digitsOf(from, end), separators(from, end))) return { kind: 'card', end };
    }
  }
  if (!phones) return undefined;
  // Phones: groups after the prefix and the first have at least 2 digits; at most 15 digits.
  let digits = 0;
  let end = from;
  while (end < groups.length && end - from < MAX_PHONE_GROUPS) {
    const next = at(end).digits.length;
    if (digits + next > 15 || (end > from && end >= from + Math.max(1, prefixGroups) && next < 2)) break;
    digits += next;
    end += 1;
  }
  for (; end > from; end--) {
    if (usable(end) && isPhoneNumber(digitsOf(from, end), separators(from, end), prefixGroups)) return { kind: 'phone', end };
  }
  return undefined;
}
