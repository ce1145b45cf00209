import { describe, expect, it } from 'vitest';
import { DocStore } from '../../src/pipeline/compact-docs.js';
import type { ClauseScore } from '../../src/sentiment/index.js';
import { tokenize } from '../../src/tokenize/index.js';

const clause: ClauseScore = {
  tokenStart: 0,
  tokenEnd: 2,
  start: 0,
  end: 5,
  score: -0.4,
  weight: 1,
  contributions: [{ term: 'bad', source: 'afinn', effect: -3 }],
};

describe('DocStore', () => {
  it.each([
    ['Delivery was LATE again 😡😡'],
    ['Don’t ring me on 07700 900123, e-mail jo@example.com!!!'],
    ['İstanbul store: the STRASSE ß sign fell off'], // lower-casing İ changes the length
    ['check-out at https://shop.example/Basket?ID=42 failed :('],
    ['👩🏽‍💻 #BlackFriday @ShopHelp ❤️ 10/10'],
    [''],
    ['Late delivery, rude driver! '.repeat(2500)], // 70,000 characters: offsets past 16 bits
  ])('gives back exactly the tokens it stored: %j', (text) => {
    const store = new DocStore();
    const tokens = tokenize(text);
    const doc = store.add(text, tokens, [clause], -0.4);
    expect(doc.tokens).toEqual(tokens);
    expect(doc.score).toBe(-0.4);
    expect(doc.clauses[0]).toEqual({ ...clause, contributions: [] });
  });

  it('keeps docs apart across many adds', () => {
    const store = new DocStore();
    const texts = Array.from({ length: 300 }, (_, i) => `Order ${i} was Late by ${i % 7} DAYS, awful`.repeat(1 + (i % 5)));
    const docs = texts.map((text) => store.add(text, tokenize(text), [], 0));
    for (const index of [0, 1, 149, 299, 7]) expect(docs[index]?.tokens).toEqual(tokenize(texts[index] as string));
  });
});
