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

  it.each([
    ['gaps and lengths in a byte, weight a float', 'the parcel came late and wet', 1.5],
    ['a token longer than 255 characters', `see ${'x'.repeat(300)} now`, 1],
    ['a gap longer than 255 characters', `late${' '.repeat(300)}again`, 1],
    ['a weight that is no float', 'refund took weeks', 0.1],
  ])('gives back the clause ranges it derives from the tokens: %s', (_, text, weight) => {
    const store = new DocStore();
    const tokens = tokenize(text);
    // A clause over tokens 0-1 that runs from the first token's start to the second's end: stored as its token range only.
    const derived: ClauseScore = { tokenStart: 0, tokenEnd: 2, start: tokens[0]!.start, end: tokens[1]!.end, score: 0.3, weight, contributions: [] };
    const doc = store.add(text, tokens, [derived], 0.3);
    expect(doc.tokens).toEqual(tokens);
    expect(doc.clauses).toEqual([derived]);
  });

  it('keeps docs apart across many adds', () => {
    const store = new DocStore();
    const texts = Array.from({ length: 300 }, (_, i) => `Order ${i} was Late by ${i % 7} DAYS, awful`.repeat(1 + (i % 5)));
    const docs = texts.map((text) => store.add(text, tokenize(text), [], 0));
    for (const index of [0, 1, 149, 299, 7]) expect(docs[index]?.tokens).toEqual(tokenize(texts[index] as string));
  });
});

describe('DocStore without texts', () => {
  it.each([
    ['n/a', true],
    ['nothing, all good', true],
    ['...', true],
    ['nothing works since the update', false],
    ['👍', false],
  ])('keeps the same token codes and says whether %j is a non-answer (%s) without its text', (text, nonAnswer) => {
    const kept = new DocStore();
    const bare = new DocStore(undefined, false);
    const tokens = tokenize(text);
    const a = kept.add(text, tokens, [], 0);
    const b = bare.add(text, tokens, [], 0);
    expect(Array.from(b.packedTokens!().codes)).toEqual(Array.from(a.packedTokens!().codes));
    expect(b.tokens.map((token) => [token.norm, token.kind])).toEqual(tokens.map((token) => [token.norm, token.kind]));
    expect(b.tokens.every((token) => token.text === '')).toBe(true);
    expect(b.nonAnswer).toBe(nonAnswer);
    expect(a.nonAnswer).toBe(nonAnswer);
    expect(bare.textOf(0)).toBeNull();
  });
});

describe('scoreBatch without ranges', () => {
  it('packs the same codes, clauses, weights, scores and non-answer flags, and no character ranges', async () => {
    const { scoreBatch } = await import('../../src/pipeline/workers/packed.js');
    const { createScorer } = await import('../../src/sentiment/index.js');
    const { Vocabulary } = await import('../../src/tokenize/index.js');
    const texts = ['The parcel came late, but the driver was kind.', 'n/a', 'Refund took weeks!!! Never again 😡', 'ok'];
    const scorer = createScorer({ collectContributions: false });
    const full = scoreBatch(texts, tokenize, scorer, new Vocabulary());
    const bare = scoreBatch(texts, tokenize, scorer, new Vocabulary(), false);
    expect(Array.from(bare.codes)).toEqual(Array.from(full.codes));
    expect(Array.from(bare.scores)).toEqual(Array.from(full.scores));
    expect(Array.from(bare.clauseScores)).toEqual(Array.from(full.clauseScores));
    expect(Array.from(bare.clauseWeights)).toEqual(Array.from(full.clauseWeights));
    expect(Array.from(bare.nonAnswer)).toEqual([0, 1, 0, 1]);
    expect(Array.from(full.nonAnswer)).toEqual([0, 1, 0, 1]);
    expect(bare.spans.length).toBe(0);
    expect(bare.clauseChars).toBe(false);
  });
});
