import { describe, expect, it } from 'vitest';
import { luhnValid } from '../../src/redact/index.js';

describe('luhnValid', () => {
  // Valid numbers: Wikipedia "Luhn algorithm" worked example (79927398713) and the public test
  // card numbers published by payment processors (Stripe/PayPal docs).
  it.each([
    ['79927398713', true], // Wikipedia: sum 70
    ['79927398710', false], // same payload, wrong check digit
    ['4111 1111 1111 1111', true], // Visa test number: sum 30
    ['4111-1111-1111-1112', false],
    ['5555555555554444', true], // Mastercard test number
    ['378282246310005', true], // Amex test number
    ['6011111111111117', true], // Discover test number
    ['4000123412341235', false], // sum 51
    ['4000123412341234', true], // sum 50 — passes, so cx masks it wherever it appears
    ['0', true], // sum 0
    ['', false], // no digits
    ['abc', false],
  ])('luhnValid(%j) is %s', (input, expected) => {
    expect(luhnValid(input)).toBe(expected);
  });
});
