import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { discoverThemes, type ThemeModel } from '../../src/themes/index.js';
import { isLabelForm, looksMojibake } from '../../src/themes/labels.js';
import { doc, permutation } from './helpers.js';
import { expectLinear } from '../_linear.js';
import { paymentComments } from './payment-comments.js';
import { retailComments } from './retail-comments.js';

const csv = readFileSync(new URL('../../fixtures/feedback.csv', import.meta.url), 'utf8');
const feedback = (parse(csv, { columns: true }) as Record<string, string>[]).map((r) => r['comment'] ?? '');

function checkLabels(model: ThemeModel, texts: readonly string[]): void {
  const lower = model.themes.map((t) => t.label.toLowerCase());
  expect(new Set(lower).size).toBe(lower.length); // unique, case-insensitively
  for (const theme of model.themes) {
    expect(theme.label).not.toContain('/');
    expect(isLabelForm(theme.label)).toBe(true);
    expect(theme.label).not.toMatch(/\d|@|#|https?:/);
    expect(theme.keywords.length).toBeLessThanOrEqual(12);
    // the label is written in the theme's comments (in its most common form)
    const plain = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ');
    const said = theme.rows.filter((r) => plain(texts[r]!).includes(plain(theme.label)));
    expect(said.length).toBeGreaterThan(0);
  }
  const byId = new Map(model.themes.map((t) => [t.id, t]));
  for (const theme of model.themes) if (theme.parent !== null) expect(byId.get(theme.parent)!.parent).toBeNull(); // two levels
}

describe('theme labels: one phrase customers wrote, unique in the report', () => {
  it.each([
    ['fixtures/feedback.csv', feedback],
    ['retail comments', retailComments],
    ['payment comments', paymentComments],
  ])('%s', (_, texts) => {
    checkLabels(discoverThemes(texts.map((t) => doc(t)), {}), texts);
  });

  it('rejects slash piles, clause connectives, personal pronouns, number words and mojibake as labels', () => {
    expect(isLabelForm('late delivery')).toBe(true);
    expect(isLabelForm('part of the household')).toBe(true);
    expect(isLabelForm('uninstall / brightness')).toBe(false);
    expect(isLabelForm('error but the money')).toBe(false);
    expect(isLabelForm('account i pay')).toBe(false);
    expect(isLabelForm('app We use')).toBe(false);
    expect(isLabelForm('friendly staff')).toBe(true);
    expect(isLabelForm('three')).toBe(false);
    expect(isLabelForm('refund within two')).toBe(false);
    expect(isLabelForm('days')).toBe(false);
    expect(isLabelForm('waiting time')).toBe(true);
    expect(isLabelForm('a very long label of six')).toBe(false);
    expect(looksMojibake('äôs')).toBe(true);
    expect(looksMojibake('itâ€™s')).toBe(true);
    expect(looksMojibake('café')).toBe(false);
  });

  it('is independent of row order on fixtures/feedback.csv', () => {
    const docs = feedback.map((t) => doc(t));
    const model = discoverThemes(docs, {});
    const order = permutation(docs.length, 5);
    const shuffled = discoverThemes(order.map((i) => docs[i]!), {});
    expect(shuffled.themes.map((t) => [t.id, t.label, t.parent, t.keywords, t.rows.map((r) => order[r]!).sort((a, b) => a - b)])).toEqual(
      model.themes.map((t) => [t.id, t.label, t.parent, t.keywords, t.rows]),
    );
  });
});

describe('context words', () => {
  // "zenbank" is in a third of the comments, evenly over three subjects: the setting, not a theme
  const subjects = [
    (i: number) => (i % 2 === 0 ? `the refund took ${i} weeks to arrive` : `still no refund, the form was confusing`),
    (i: number) => (i % 2 === 0 ? `courier left the parcel outside in the rain` : `parcel number ${i} arrived soaked`),
    (i: number) => (i % 2 === 0 ? `password reset email never came` : `tried to change my password ${i} times`),
  ];
  const texts = Array.from({ length: 90 }, (_, i) => `${i % 3 === 0 ? 'zenbank ' : ''}${subjects[Math.floor(i / 30)]!(i)}`);
  const model = discoverThemes(texts.map((t) => doc(t)), {});

  it('never heads or labels a theme with a word spread over every subject', () => {
    expect(model.themes.map((t) => t.label)).not.toContain('zenbank');
    const top = model.themes.filter((t) => t.parent === null).map((t) => t.label);
    expect(top).toEqual(expect.arrayContaining([expect.stringMatching(/refund/), expect.stringMatching(/parcel|courier/), expect.stringMatching(/password/)]));
  });

  it('puts a top-level theme on the comments that use its head', () => {
    const refund = model.themes.find((t) => t.parent === null && /refund/.test(t.label))!;
    expect(refund.rows).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });
});

describe('cost grows near-linearly with rows', () => {
  const make = (n: number): ReturnType<typeof doc>[] => {
    const words = ['refund', 'parcel', 'courier', 'password', 'checkout', 'voucher', 'screen', 'battery', 'invoice', 'driver'];
    const extra = ['late', 'broken', 'missing', 'slow', 'wrong', 'rude', 'cold', 'double', 'blocked', 'expired'];
    return Array.from({ length: n }, (_, i) => doc(`the ${words[i % 10]} was ${extra[(i * 7) % 10]} and the ${words[(i * 3) % 10]} ${extra[(i * 11) % 10]} again ${i % 97}`));
  };
  it('takes at most ~8× the CPU time for 4× the rows', () => {
    expectLinear(make, (docs) => discoverThemes(docs, {}), 2000, { maxRatio: 8 });
  });
});
