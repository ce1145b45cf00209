import { describe, expect, it } from 'vitest';
import { ibanValid } from '../../src/redact/index.js';

describe('ibanValid', () => {
  // Valid examples: ISO 13616 / Wikipedia "International Bank Account Number" (GB, DE) and the
  // national examples published in the SWIFT IBAN registry (FR, NL, BE, NO).
  it.each([
    ['GB82 WEST 1234 5698 7654 32', true],
    ['GB82WEST12345698765432', true],
    ['gb82 west 1234 5698 7654 32', true], // case does not matter
    ['DE89 3704 0044 0532 0130 00', true],
    ['FR14 2004 1010 0505 0001 3M02 606', true],
    ['NL91 ABNA 0417 1643 00', true],
    ['BE68 5390 0754 7034', true],
    ['NO93 8601 1117 947', true], // shortest: 15 characters
    ['GB82 WEST 1234 5698 7654 33', false], // last digit changed
    ['GB28 WEST 1234 5698 7654 32', false], // check digits swapped
    ['DE89 3704', false], // too short
    ['1234 5678 9012 3456', false], // no country code
  ])('ibanValid(%j) is %s', (input, expected) => {
    expect(ibanValid(input)).toBe(expected);
  });
});
