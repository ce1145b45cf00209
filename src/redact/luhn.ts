/**
 * Luhn (mod 10) check, the checksum on every payment card number (ISO/IEC 7812-1, Annex B).
 *
 * From the rightmost digit, double every second digit, subtract 9 from doubles above 9, add
 * everything up: the number is valid when the sum is a multiple of 10.
 * Non-digits (spaces, dashes) are ignored; an input without digits is not valid.
 *
 * @example luhnValid('4111 1111 1111 1111') // true: the sum is 30
 * @example luhnValid('4000123412341235')    // false: the sum is 51
 */
export function luhnValid(number: string): boolean {
  let sum = 0;
  let digits = 0;
  for (let i = number.length - 1; i >= 0; i--) {
    const code = number.charCodeAt(i);
    if (code < 48 || code > 57) continue;
    let digit = code - 48;
    if (digits % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    digits += 1;
  }
  return digits > 0 && sum % 10 === 0;
}
