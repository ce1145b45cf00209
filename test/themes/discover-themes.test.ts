import { describe, expect, it } from 'vitest';
import { discoverThemes, type ThemeModel } from '../../src/themes/index.js';
import { isStopWord, tokenize } from '../../src/tokenize/index.js';
import { expectLinear } from '../_linear.js';
import { doc, permutation } from './helpers.js';
import { retailComments } from './retail-comments.js';

const docs = retailComments.map((t) => doc(t));
const model = discoverThemes(docs, {});
const byId = new Map(model.themes.map((t) => [t.id, t]));
const rowsWith = (word: string): number[] =>
  retailComments.flatMap((t, i) => (t.toLowerCase().includes(word) && !model.nonAnswer[i] ? [i] : []));

describe('discoverThemes on a retail fixture', () => {
  it('finds the five topics the comments were written about, with readable labels', () => {
    // hand-read: each topic has 6-15 comments; labels are the top phrases in their written form
    const labels = model.themes.filter((t) => t.parent === null).map((t) => t.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/customer service/),
        expect.stringMatching(/^app\b/),
        expect.stringMatching(/^delivery\b/),
        expect.stringMatching(/^refund\b/),
        expect.stringMatching(/^quality\b/),
      ]),
    );
  });

  it('puts every comment saying "refund" in the refund theme and no comment about app crashes', () => {
    const refund = model.themes.find((t) => t.label.startsWith('refund'))!;
    expect(refund.rows).toEqual(expect.arrayContaining(rowsWith('refund')));
    const crashes = new Set(rowsWith('crash'));
    expect(refund.rows.filter((r) => crashes.has(r))).toEqual([]);
  });

  it('labels hold 1-3 phrases, no stop words, numbers, URLs, handles or repeated stems', () => {
    for (const theme of model.themes) {
      const phrases = theme.label.split(' / ');
      expect(phrases.length).toBeGreaterThanOrEqual(1);
      expect(phrases.length).toBeLessThanOrEqual(3);
      const stems = new Set<string>();
      for (const phrase of phrases) {
        const words = tokenize(phrase);
        expect(words.every((w) => w.kind === 'word')).toBe(true);
        expect(isStopWord(words[0]!.norm)).toBe(false);
        expect(isStopWord(words[words.length - 1]!.norm)).toBe(false);
        expect(phrase).not.toMatch(/\d|https?:|@|#/);
        for (const w of words) {
          expect(stems.has(w.norm.slice(0, 4))).toBe(false); // "wait / waiting" would repeat "wait"
        }
        for (const w of words) stems.add(w.norm.slice(0, 4));
      }
      expect(theme.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(new Set(model.themes.map((t) => t.id)).size).toBe(model.themes.length);
  });

  it('orders themes by row count, then id, with ascending rows and one aspect score per row', () => {
    for (let i = 1; i < model.themes.length; i++) {
      const [a, b] = [model.themes[i - 1]!, model.themes[i]!];
      expect(a.rows.length > b.rows.length || (a.rows.length === b.rows.length && a.id < b.id)).toBe(true);
    }
    for (const theme of model.themes) {
      expect([...theme.rows].sort((x, y) => x - y)).toEqual(theme.rows);
      expect(theme.aspectScores.length).toBe(theme.rows.length);
      expect(theme.origin).toBe('discovered');
      if (theme.parent !== null) expect(byId.has(theme.parent)).toBe(true);
    }
  });

  it('gives each row a main theme that contains it, or null', () => {
    model.mainTheme!.forEach((id, row) => {
      if (id !== null) expect(byId.get(id)!.rows).toContain(row);
    });
  });

  it('is independent of row order: shuffled rows give the same themes and row sets', () => {
    for (const seed of [1, 7, 2024]) {
      const order = permutation(docs.length, seed); // order[newIndex] = oldIndex
      const shuffled = discoverThemes(order.map((i) => docs[i]!), {});
      const mapped = shuffled.themes.map((t) => ({
        ...t,
        rows: t.rows.map((r) => order[r]!).sort((a, b) => a - b),
        aspectScores: [...t.rows.map((r, k) => [order[r]!, t.aspectScores[k]!] as const)]
          .sort((a, b) => a[0] - b[0])
          .map((p) => p[1]),
      }));
      expect(mapped).toEqual(model.themes);
      expect(order.map((_, k) => shuffled.mainTheme![order.indexOf(k)])).toEqual(model.mainTheme);
    }
  });

  it('returns no themes for an empty corpus or one with only non-answers', () => {
    expect(discoverThemes([], {})).toEqual({ themes: [], nonAnswer: [], mainTheme: [] });
    const m: ThemeModel = discoverThemes([doc('n/a'), doc('-')], {});
    expect(m).toEqual({ themes: [], nonAnswer: [true, true], mainTheme: [null, null] });
  });

  it('caps the number of top-level themes with maxThemes', () => {
    const capped = discoverThemes(docs, { maxThemes: 2 });
    expect(capped.themes.filter((t) => t.parent === null).length).toBe(2);
  });

  it('does not mutate its input', () => {
    const frozen = docs.slice(0, 20).map((d) => Object.freeze({ ...d, tokens: Object.freeze([...d.tokens]) }));
    expect(() => discoverThemes(Object.freeze(frozen), {})).not.toThrow();
  });
});

describe('discoverThemes on awkward input', () => {
  it('handles a 1 MB comment of one repeated word and a 1 MB run of "!" promptly', () => {
    const m = discoverThemes([doc('wait '.repeat(200_000)), doc('!'.repeat(1_000_000)), doc('a'.repeat(1_000_000))], {});
    expect(m.nonAnswer).toEqual([false, true, false]);
    // Time on 4n vs n characters, not a wall-clock limit (test/_linear.ts).
    const docsOf = (n: number) => [doc('wait '.repeat(n / 5)), doc('!'.repeat(n)), doc('a'.repeat(n))];
    expectLinear(docsOf, (d) => discoverThemes(d, {}), 100_000);
  });

  it('keeps URLs, e-mails, @handles, #hashtags, numbers and emoji out of keywords', () => {
    const texts = Array.from({ length: 12 }, (_, i) =>
      i % 2 === 0
        ? `see https://shop.example/faq and mail help@shop.example @shopbot #fail 42 😡 the checkout page broke ${i}`
        : `checkout page broke again @shopbot #fail 99 😡`,
    ).concat(Array.from({ length: 12 }, () => 'the courier lost the parcel'));
    const m = discoverThemes(texts.map((t) => doc(t)), {});
    const keywords = m.themes.flatMap((t) => t.keywords);
    expect(keywords).toEqual(expect.arrayContaining(['checkout page', 'courier lost the parcel']));
    for (const k of keywords) expect(k).not.toMatch(/https?:|@|#|\d|😡/u);
  });
});
