import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { discoverThemes, parseTaxonomy, toTaxonomy, type Theme } from '../../src/themes/index.js';
import { headConcepts } from '../../src/themes/head-concepts.js';
import { isNounWord } from '../../src/themes/word-class.js';
import { labelPhrases } from '../../src/themes/labels.js';
import { doc, permutation } from './helpers.js';
import { paymentComments } from './payment-comments.js';
import { retailComments } from './retail-comments.js';

describe('isNounWord (Brill lexicon shipped with natural; unknown words count as nouns)', () => {
  it.each([
    ['payment', true],
    ['courier', true],
    ['refund', true],
    ['days', true],
    ['app', true], // not in the lexicon: jargon and product names are taken as nouns
    ['twice', false],
    ['used', false],
    ['completely', false],
    ['showing', false],
    ['kept', false],
    ['sent', false],
    ['really', false],
    ['declined', false],
    ['two', false], // number word
    ['half', false],
    ['constructor', true], // a plain lexicon entry, not Object.prototype
    ['__proto__', true],
  ])('%s → %s', (word, expected) => {
    expect(isNounWord(word)).toBe(expected);
  });
});

describe('labelPhrases ranks by rows × quality', () => {
  it('prefers a noun to a more frequent adverb and keeps long written forms out', () => {
    // twice: 10 × 0.5 = 5 < card: 8 × 1; "card payment page was slow": 9 × 0.2 = 1.8 < 0.25 × 8
    const picked = labelPhrases([
      { key: 'twice', surface: 'twice', hits: 10, quality: 0.5 },
      { key: 'card', surface: 'card', hits: 8, quality: 1 },
      { key: 'card payment page', surface: 'card payment page was slow', hits: 9, quality: 0.2 },
      { key: 'bank', surface: 'bank', hits: 3, quality: 1 },
    ]);
    expect(picked).toEqual([1, 0, 3]); // card (8), twice (5), bank (3 ≥ 0.25 × 8 = 2)
  });
});

describe('headConcepts on a hand-built corpus', () => {
  // 100 comments. Terms: 0 payment, 1 delivery, 2 present, 3 twice, 4 declined, 5 late, 6 damaged, 7 other.
  // Fine themes: docs 0-9 (payment twice), 10-19 (payment declined), 20-29 (delivery late),
  // 30-39 (delivery damaged); docs 40-99 only "other". "present" is in every 4th comment, evenly.
  const lists: number[][] = Array.from({ length: 100 }, (_, d) => {
    const terms: number[] = [];
    if (d < 20) terms.push(0);
    else if (d < 40) terms.push(1);
    else terms.push(7);
    if (d % 4 === 0) terms.push(2);
    if (d < 10) terms.push(3);
    else if (d < 20) terms.push(4);
    else if (d < 30) terms.push(5);
    else if (d < 40) terms.push(6);
    return terms.sort((a, b) => a - b);
  });
  const docTermStart = new Int32Array(101);
  const flat: number[] = [];
  lists.forEach((l, d) => {
    docTermStart[d] = flat.length;
    flat.push(...l);
  });
  docTermStart[100] = flat.length;
  const df = new Int32Array(8);
  for (const t of flat) df[t]!++;
  const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);
  const concepts = headConcepts({
    size: 100,
    docTerms: Int32Array.from(flat),
    docTermStart,
    df,
    isNounTerm: (t) => t <= 2,
    minDf: 2,
    themes: [range(0, 10), range(10, 20), range(20, 30), range(30, 40)],
  });

  it('joins the fine themes that share a head noun, not those that share an evenly spread noun', () => {
    // payment: P(payment|theme 0) = 1, P(payment) = 0.2 → weight ln 5 ≈ 1.61; present: 3/10 vs 25/100
    // → weight 0.3 · ln 1.2 ≈ 0.055, so cos(theme 0, theme 2) ≈ 0.055² / 1.61² ≈ 0.001 < 0.2.
    expect(concepts.map((c) => c.members)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(concepts.map((c) => c.heads)).toEqual([[0], [1]]);
  });

  it("gives a parent its members' rows plus the comments with its head", () => {
    expect(concepts[0]!.rows).toEqual(range(0, 20));
    expect(concepts[1]!.rows).toEqual(range(20, 40));
  });
});

function checkHierarchy(themes: readonly Theme[]): void {
  const byId = new Map(themes.map((t) => [t.id, t]));
  for (const theme of themes) {
    for (const phrase of theme.label.split(' / ')) expect(phrase.split(' ').length).toBeLessThanOrEqual(3);
    if (theme.parent === null) continue;
    const parent = byId.get(theme.parent)!;
    expect(parent.parent).toBeNull(); // two levels
    const rows = new Set(parent.rows);
    expect(theme.rows.every((r) => rows.has(r))).toBe(true);
    expect(theme.rows).not.toEqual(parent.rows);
  }
}

describe('the theme hierarchy on a payment / delivery / app corpus', () => {
  const docs = paymentComments.map((t) => doc(t));
  const model = discoverThemes(docs, {});
  const top = model.themes.filter((t) => t.parent === null);
  const childrenOf = (id: string): Theme[] => model.themes.filter((t) => t.parent === id);

  it('has a delivery parent with "late" and "damaged" beneath it', () => {
    const delivery = top.find((t) => t.label.startsWith('delivery'))!;
    expect(delivery).toBeDefined();
    const labels = childrenOf(delivery.id).map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining([expect.stringMatching(/\blate\b/), expect.stringMatching(/\bdamaged\b/)]));
    // written: comments 22-37 are the 16 delivery comments; each says delivery, parcel or courier
    expect(delivery.rows).toEqual(expect.arrayContaining(Array.from({ length: 16 }, (_, i) => 22 + i)));
  });

  it('keeps payment problems apart from delivery and app themes, labelled with nouns', () => {
    const charged = model.themes.find((t) => /charged twice/.test(t.label))!;
    expect(charged).toBeDefined();
    const declined = model.themes.find((t) => /declined|card/.test(t.label))!;
    expect(declined).toBeDefined();
    const app = top.find((t) => /^app\b/.test(t.label))!;
    expect(app.rows).toEqual(Array.from({ length: 8 }, (_, i) => 38 + i));
  });

  it("parents hold their children's rows; two levels; labels of at most three words", () => {
    checkHierarchy(model.themes);
    checkHierarchy(discoverThemes(retailComments.map((t) => doc(t)), {}).themes);
  });

  it('gives a row its most specific theme as main theme', () => {
    const late = model.themes.find((t) => t.parent !== null && /\blate\b/.test(t.label))!;
    for (const r of [22, 24, 25]) expect(model.mainTheme![r]).toBe(late.id);
  });

  it('round-trips through a taxonomy with its parents: same ids, labels, parents and rows', () => {
    expect(model.themes.some((t) => t.parent !== null)).toBe(true);
    const taxonomy = parseTaxonomy(JSON.stringify(toTaxonomy(model)), 'themes.json');
    const applied = discoverThemes(docs, { taxonomy }).themes.filter((t) => t.origin === 'taxonomy');
    expect(applied.map((t) => [t.id, t.label, t.parent, t.rows])).toEqual(model.themes.map((t) => [t.id, t.label, t.parent, t.rows]));
  });

  it('is independent of row order', () => {
    const order = permutation(docs.length, 11);
    const shuffled = discoverThemes(order.map((i) => docs[i]!), {});
    expect(shuffled.themes.map((t) => [t.id, t.label, t.parent, t.rows.map((r) => order[r]!).sort((a, b) => a - b)])).toEqual(
      model.themes.map((t) => [t.id, t.label, t.parent, t.rows]),
    );
  });
});

describe('the hierarchy on fixtures/delta-planted.csv (2,000 retail comments, payment doubles in April)', () => {
  const csv = readFileSync(new URL('../../fixtures/delta-planted.csv', import.meta.url), 'utf8');
  const records = parse(csv, { columns: true }) as Record<string, string>[];
  const docs = records.map((r) => doc(r['comment'] ?? ''));
  const model = discoverThemes(docs, {});
  const top = model.themes.filter((t) => t.parent === null);

  it('has 8-40 top-level themes, two levels, parents holding their children', () => {
    expect(top.length).toBeGreaterThanOrEqual(8);
    expect(top.length).toBeLessThanOrEqual(40);
    checkHierarchy(model.themes);
  });

  it('puts the payment problems under one parent that holds most payment comments', () => {
    // fixtures/README: 270 rows (90 + 180) are payment/checkout comments; every one of them says
    // payment, card, checkout, pay, code or voucher. The parent named after payment must hold
    // at least two thirds of the rows that say "payment".
    const payment = top.find((t) => /payment/.test(t.label))!;
    expect(payment).toBeDefined();
    expect(model.themes.filter((t) => t.parent === payment.id).length).toBeGreaterThanOrEqual(3);
    const saysPayment = records.flatMap((r, i) => (/payment/i.test(r['comment'] ?? '') ? [i] : []));
    const held = new Set(payment.rows);
    expect(saysPayment.filter((r) => held.has(r)).length).toBeGreaterThanOrEqual((2 / 3) * saysPayment.length);
  });

  it('round-trips through a taxonomy, sub-themes narrowed "within" a member included', () => {
    expect(model.themes.some((t) => t.within !== undefined)).toBe(true);
    const taxonomy = parseTaxonomy(JSON.stringify(toTaxonomy(model)), 'themes.json');
    const applied = discoverThemes(docs, { taxonomy }).themes.filter((t) => t.origin === 'taxonomy');
    expect(applied.map((t) => [t.id, t.label, t.parent, t.within, t.rows])).toEqual(model.themes.map((t) => [t.id, t.label, t.parent, t.within, t.rows]));
  });
});
