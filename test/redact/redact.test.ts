import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPii, redact } from '../../src/redact/index.js';
import { expectLinear } from '../_linear.js';

// Each row: input → expected output. Contact details are fictional/reserved ranges
// (example.com, Ofcom drama numbers 07700 900xxx, +44 20 7946 0xxx, US 555 numbers).
const emails: [string, string][] = [
  ['Please contact me at jo.bloggs@example.com.', 'Please contact me at [email].'],
  ['Email me: m.rossi+orders@example.org', 'Email me: [email]'],
  ['(reply to first_last@mail.example.co.uk)', '(reply to [email])'],
  ["o'brien@example.ie wrote twice", '[email] wrote twice'],
  ['two: a@example.com, b@example.net', 'two: [email], [email]'],
  ['JANE.DOE@EXAMPLE.COM', '[email]'],
];
const phones: [string, string][] = [
  ['Call me on +44 20 7946 0958.', 'Call me on [phone].'],
  ['+44 (0)20 7946 0958', '[phone]'],
  ['You can reach me on (555) 123-4567 after 5pm', 'You can reach me on [phone] after 5pm'],
  ['ring me 555-123-4567 please', 'ring me [phone] please'],
  ['555.123.4567', '[phone]'],
  ['My number is 07700 900123 if you want to call.', 'My number is [phone] if you want to call.'],
  ['07700900123', '[phone]'],
  ['+1 555 010 9921', '[phone]'],
  ['+447700900123', '[phone]'],
  ['1-800-555-0199', '[phone]'],
  ['appelez le 01 23 45 67 89', 'appelez le [phone]'],
  ['Tel:555-123-4567', 'Tel:[phone]'],
  ['call 555-123-4567 2 times', 'call [phone] 2 times'],
];
const cards: [string, string][] = [
  ['You took the money from my card 4111 1111 1111 1111 twice', 'You took the money from my card [card] twice'],
  ['4111-1111-1111-1111', '[card]'],
  ['4111111111111111', '[card]'],
  ['amex 3782 822463 10005', 'amex [card]'],
  ['mastercard 5555 5555 5555 4444.', 'mastercard [card].'],
  ['card 4111 1111 1111 1111 exp 2027', 'card [card] exp 2027'],
];
const ibans: [string, string][] = [
  ['IBAN GB82 WEST 1234 5698 7654 32 please refund', 'IBAN [iban] please refund'],
  ['DE89370400440532013000', '[iban]'],
  ['refund to FR14 2004 1010 0505 0001 3M02 606.', 'refund to [iban].'],
  ['nl91abna0417164300', '[iban]'],
];
// Near-misses: nothing to mask.
const untouched: string[] = [
  'order #123456789',
  'Order #100288410 still missing',
  'order 4000123412341235', // 16 digits, fails Luhn
  'order no. 100245519',
  'Refund 100311452 not received',
  'ref 5551234567', // a bare 10-digit run is more often an order or account number
  'on 2025-03-04',
  'delivered 03/04/2025',
  '03.04.2025',
  'submitted 2025-09-01 14:22:05',
  'it was $1,234.56 in total',
  '£1,234.56',
  '€ 49,90',
  'at 14:30 and again at 2:45pm',
  '12 x 500ml bottles',
  'in 2019 2020 2021',
  'we are 1 234 567 890 customers',
  '1.234.567.890',
  'pi is 3.14159265',
  'score -0.42',
  'GB82 WEST 1234 5698 7654 33', // bad IBAN check digits
  'GB82 WEST 1234', // too short
  '4111 1111 1111 1112', // bad card check digit
  'support@', // no domain
  'me@localhost',
  '@support on twitter',
  'version 10.2.3',
  'won 3-1 and 2-2',
];

describe('redact', () => {
  it.each(emails)('masks the e-mail in %j', (input, expected) => expect(redact(input)).toBe(expected));
  it.each(phones)('masks the phone number in %j', (input, expected) => expect(redact(input)).toBe(expected));
  it.each(cards)('masks the card number in %j', (input, expected) => expect(redact(input)).toBe(expected));
  it.each(ibans)('masks the IBAN in %j', (input, expected) => expect(redact(input)).toBe(expected));
  it.each(untouched)('leaves %j alone', (input) => expect(redact(input)).toBe(input));

  it('masks several kinds in one comment', () => {
    expect(redact('Mail jo@example.com or call 07700 900123, card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32.')).toBe(
      'Mail [email] or call [phone], card [card], IBAN [iban].',
    );
  });

  it('masks only the kinds asked for', () => {
    const text = 'jo@example.com / 07700 900123';
    expect(redact(text, { kinds: ['phone'] })).toBe('jo@example.com / [phone]');
    expect(redact(text, { kinds: ['email'] })).toBe('[email] / 07700 900123');
    expect(redact(text, { kinds: [] })).toBe(text);
  });

  it('does not treat the digits of an e-mail address as a phone number', () => {
    expect(redact('07700900123@example.com')).toBe('[email]');
  });

  it('leaves text without personal data identical', () => {
    const text = 'Delivery was late 😡 but support (Priya) was great!! 10/10';
    expect(redact(text)).toBe(text);
  });

  // Guards against catastrophic backtracking with a ratio (time on 4n vs n characters), not a
  // wall-clock limit: see test/_linear.ts.
  it.each([
    ['digits', '', '1'],
    ['digits and spaces', '', '1 '],
    ['digit pairs and dashes', '', '12-'],
    ['letters', '', 'a'],
    ['letters and @', '', 'a@'],
    ['a long domain', 'x@', 'a-'],
    ['plus signs', '', '+1 '],
    ['IBAN prefixes', '', 'GB82 '],
    ['exclamation marks', '', '!'],
    ['emoji', '', '😀'],
  ])('runs in linear time on %s', (_name, prefix, unit) => {
    expectLinear((n) => prefix + unit.repeat(Math.ceil(n / unit.length)), redact, 100_000);
  });
});

describe('findPii', () => {
  it('returns kind and offsets into the original text, in order', () => {
    const text = 'a@example.com then +44 20 7946 0958 then 4111 1111 1111 1111';
    expect(findPii(text)).toEqual([
      { kind: 'email', start: 0, end: 13 },
      { kind: 'phone', start: 19, end: 35 },
      { kind: 'card', start: 41, end: 60 },
    ]);
  });

  it('finds every contact detail planted in fixtures/feedback.csv and nothing in the order numbers', () => {
    const csv = readFileSync(new URL('../../fixtures/feedback.csv', import.meta.url), 'utf8');
    const found = findPii(csv).map((span) => csv.slice(span.start, span.end));
    // Every planted value (fixtures/README.md) is found; order numbers such as #100234567 are not.
    for (const value of ['jo.bloggs@example.com', 'm.rossi+orders@example.org', '07700 900123', '+44 20 7946 0958', '(555) 123-4567', '555-010-4477', '4111 1111 1111 1111']) {
      expect(found).toContain(value);
    }
    expect(found.filter((value) => /^\d{9}$/.test(value.replace(/\D/g, '')))).toEqual([]);
  });
});
