/**
 * Is this run of digit groups a phone number?
 *
 * `prefixGroups`: how many of the groups belong to an international prefix (+44) or an area code in
 * parentheses ((0), (555)); 0 for a plain run.
 * Rules, in order:
 * - one group without separators: `+` and 8-15 digits, or a leading 0 and 10-11 digits
 *   (07700900123); a bare 9-10 digit run is more often an order or account number;
 * - otherwise at most 6 groups, every group after the prefix and the first at least 2 digits,
 *   9-15 digits in all (E.164 allows 15) and at least 10 unless prefixed or starting with 0;
 * - dots only as the sole separator between 3 or more groups (555.123.4567, not 3.14159265);
 * - not a number with thousands separators (1 234 567 890, 1.234.567.890);
 * - not an ISO date (2025-03-04 …) and not a list of years (2019 2020 2021).
 */
export function isPhoneNumber(groups: readonly string[], separators: readonly string[], prefixGroups: number): boolean {
  const prefixed = prefixGroups > 0;
  const digits = groups.reduce((sum, g) => sum + g.length, 0);
  const first = groups[0] ?? '';
  const leadingZero = first.startsWith('0');
  if (groups.length === 1) {
    return prefixed ? digits >= 8 && digits <= 15 : leadingZero && digits >= 10 && digits <= 11;
  }
  if (groups.length > 6 || digits > 15) return false;
  if (digits < (prefixed || leadingZero ? 9 : 10)) return false;
  for (let i = Math.max(1, prefixGroups); i < groups.length; i++) if ((groups[i] as string).length < 2) return false;
  if (separators.some((s) => s === '.')) {
    if (groups.length < 3 || separators.some((s) => s !== '.')) return false;
  }
  const uniform = separators.every((s) => s === separators[0]);
  if (!prefixed && !leadingZero && uniform && (separators[0] === ' ' || separators[0] === '.') && first.length <= 3) {
    if (groups.slice(1).every((g) => g.length === 3)) return false;
  }
  if (first.length === 4 && separators[0] === '-' && (groups[1] as string).length <= 2) return false;
  if (groups.every((g) => /^(?:19|20)\d\d$/.test(g))) return false;
  return true;
}
