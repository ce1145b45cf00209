import { describe, expect, it } from 'vitest';
import { createRuleScorer, DENSE_COUNT, DENSE_FEATURES, denseFeatures, hashedSlots } from '../../src/sentiment/index.js';
import { fnv1a, pairHash } from '../../src/sentiment/features.js';
import { tokenize } from '../../src/tokenize/index.js';

const rules = createRuleScorer({ collectContributions: false });
function features(text: string): Record<string, number> {
  const r = rules.score(text, tokenize(text));
  const out = new Float64Array(DENSE_COUNT);
  denseFeatures(r, rules.events, out);
  return Object.fromEntries(DENSE_FEATURES.map((f, k) => [f.name, out[k] as number]));
}

describe('fnv1a', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    // Fowler–Noll–Vo reference values: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
  it('pairHash depends on order', () => {
    expect(pairHash(1, 2)).not.toBe(pairHash(2, 1));
  });
});

describe('denseFeatures', () => {
  it('a plain statement of fact has no sentiment words and one neutral clause', () => {
    const f = features('the parcel arrived on monday');
    expect(f['bias']).toBe(1);
    expect(f['rule score']).toBe(0);
    expect(f['no sentiment words']).toBe(1);
    expect(f['clauses without sentiment']).toBe(1);
    expect(f['length']).toBeCloseTo(Math.log1p(5) / 5, 12);
  });
  it('counts a negated positive word, squashes its valence and counts "!"', () => {
    const f = features('not nice!'); // ("not good" is a lexicon phrase of its own)
    expect(f['negations']).toBeCloseTo(Math.log(2), 12);
    expect(f['negated praise']).toBeCloseTo(Math.log(2), 12);
    expect(f['positive words']).toBe(0);
    expect(f['negative words']).toBeCloseTo(Math.log(2), 12);
    expect(f['exclamation']).toBe(0.25);
    expect(f['rules say negative']).toBe(1);
  });
  it('opinion balance and mixed clauses: 0 for a one-sided comment, by hand for a mixed one', () => {
    const one = features('great food, lovely staff');
    expect(one['opinion balance']).toBe(0);
    expect(one['mixed clauses']).toBe(0);
    // balance = 1 − |P − N| / (P + N) over the word valences the rules report for each side
    const text = 'great food, awful staff';
    const effects = createRuleScorer().score(text, tokenize(text)).clauses.flatMap((c) => c.contributions.map((x) => x.effect));
    const pos = effects.filter((e) => e > 0).reduce((a, b) => a + b, 0);
    const neg = -effects.filter((e) => e < 0).reduce((a, b) => a + b, 0);
    expect(pos).toBeGreaterThan(neg); // "great" outweighs "awful" in the merged lexicon, so the balance is below 1
    const mixed = features(text);
    expect(mixed['opinion balance']).toBeCloseTo(1 - (pos - neg) / (pos + neg), 12);
    expect(mixed['mixed clauses']).toBe(0.5); // one positive and one negative clause of two
  });
  it('marks an information question', () => {
    const f = features('what time does the store open?');
    expect(f['information question share']).toBe(1);
    expect(f['question marks']).toBeCloseTo(1 / 3, 12);
  });
});

describe('hashedSlots', () => {
  it('writes one slot per word and per adjacent pair, "!" included, in 2^bits', () => {
    const slots = new Int32Array(16);
    // good, food, (good food), !, (food !) = 5 slots
    expect(hashedSlots(tokenize('good food!'), 8, slots)).toBe(5);
    for (let k = 0; k < 5; k++) expect(slots[k]).toBeLessThan(256);
  });
});

describe('wording cues', () => {
  it('lukewarm words and their share of the opinion words', () => {
    const f = features('the food was ok, service decent');
    expect(f['lukewarm words']).toBeCloseTo(Math.log(3), 12);
    // "ok" is a lukewarm word and a +0.3 word, "decent" has no valence: 2 lukewarm / (2 + 1 opinion word)
    expect(f['lukewarm share']).toBeCloseTo(2 / (2 + 1), 12);
    expect(features('great food')['lukewarm words']).toBe(0);
  });
  it('a stated middling rating', () => {
    const f = features('3 stars. it would be nice to have more options');
    expect(f['stated rating']).toBe(0);
    expect(f['stated middling rating']).toBe(1);
    const g = features('solid 5/5');
    expect(g['stated rating']).toBe(1);
    expect(g['stated middling rating']).toBe(0);
  });
});
