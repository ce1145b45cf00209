import { describe, expect, it } from 'vitest';
import { isStopWord } from '../../src/tokenize/index.js';

describe('isStopWord', () => {
  const stop = ['the', 'and', 'was', "don't", "i've", 'just', 'really', 'not', 'never'];
  const content = ['delivery', 'refund', 'rude', 'app', 'checkout', 'constructor', '__proto__', 'toString'];
  it.each(stop)('%s is a stop word', (w) => expect(isStopWord(w)).toBe(true));
  it.each(content)('%s is not a stop word', (w) => expect(isStopWord(w)).toBe(false));
});
