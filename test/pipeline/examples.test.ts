// pickExamples: examples mention the theme and lean its way; the bounded top-k equals a full sort.
import { describe, expect, it } from 'vitest';
import { rowTable, type AnalysedRow } from '../../src/pipeline.js';
import { pickExamples } from '../../src/pipeline/examples.js';

const row = (line: number, text: string, score: number, rating: number | null = null): AnalysedRow => ({
  line, id: null, text, date: null, nps: null, csat: null, ces: null, rating, score,
  label: score < 0 ? 'negative' : score > 0 ? 'positive' : 'neutral', by: [],
});

describe('pickExamples', () => {
  const rows = [
    row(2, 'Great delivery, arrived early and the driver was lovely', 0.8, 5),
    row(3, 'The delivery was two days late and nobody told me anything', -0.6, 1),
    row(4, 'Courier left the box in the rain, soaked through', -0.5, 2),
    row(5, 'Delivery fine I guess but the sizing is all wrong for me', 0.1, 2),
    row(6, 'Late again. Delivery slots are a joke', -0.7, 1),
  ];
  const theme = { label: 'delivery', keywords: ['delivery', 'courier'], rows: [0, 1, 2, 3, 4], aspectScores: [0.8, -0.6, -0.5, 0.2, -0.7] };
  const none = rows.map(() => false);

  it('a pain point quotes complaints that mention the label first, never praise rated high', () => {
    const picked = pickExamples(theme, rowTable(rows), none, { count: 5, redact: false, lean: 'negative', outcomeSide: (r) => (rows[r]!.rating! <= 2 ? -1 : rows[r]!.rating! >= 4 ? 1 : 0) });
    // complaints (aspect < 0): lines 3, 6 mention "delivery", line 4 only the keyword "courier" → 3, 6 (label, early,
    // readable; by strength −0.7 before −0.6 → 6 then 3), then 4; then line 5 (words +0.2 but rated 2★);
    // line 2 (praise rated 5★) is never quoted.
    expect(picked.map((example) => example.line)).toEqual([6, 3, 4, 5]);
  });

  it('a delight quotes praise and never a complaint whose score is low too', () => {
    const picked = pickExamples(theme, rowTable(rows), none, { count: 5, redact: false, lean: 'positive', outcomeSide: (r) => (rows[r]!.rating! <= 2 ? -1 : rows[r]!.rating! >= 4 ? 1 : 0) });
    expect(picked.map((example) => example.line)).toEqual([2, 5]);
  });

  it('the bounded top-k gives what a full sort gives, also when near-repeats use up the buffer', () => {
    // 200 rows; every third opens with the same five words (near-repeats), scores spread deterministically.
    const many = Array.from({ length: 200 }, (_, i) =>
      row(i + 2, i % 3 === 0 ? `the parcel was late again number ${i} and more words here` : `item ${i}: delivery ${i % 7 === 0 ? 'late' : 'ok'} with some words to read`, ((i * 37) % 21 - 10) / 10),
    );
    const big = { label: 'delivery', keywords: ['late'], rows: many.map((_, i) => i), aspectScores: many.map((r) => r.score) };
    const picked = pickExamples(big, rowTable(many), many.map(() => false), { count: 3, redact: false, lean: 'negative' });
    const reference = pickExamples(big, rowTable(many), many.map(() => false), { count: 200, redact: false, lean: 'negative' }).slice(0, 3);
    expect(picked).toEqual(reference);
    expect(picked).toHaveLength(3);
    // Reversing the theme's row order changes nothing.
    const reversed = { ...big, rows: [...big.rows].reverse(), aspectScores: [...big.aspectScores].reverse() };
    expect(pickExamples(reversed, rowTable(many), many.map(() => false), { count: 3, redact: false, lean: 'negative' })).toEqual(picked);
  });

  it('quotes one comment of an opening, however many better ones share it', () => {
    // Four complaints open with "the delivery was late again" (strength 0.9, 0.8, 0.7, 0.6 on the
    // theme's side), two others do not (0.3, 0.2): the three examples are the best of the four
    // (line 2) and the two others (lines 6, 7), by strength.
    const repeated = [-0.9, -0.8, -0.7, -0.6].map((s, i) => row(i + 2, `the delivery was late again, order ${i}`, s));
    const others = [row(6, 'delivery driver lost my parcel twice', -0.3), row(7, 'my delivery came in pieces', -0.2)];
    const all = [...repeated, ...others];
    const t = { label: 'delivery', keywords: [], rows: all.map((_, i) => i), aspectScores: all.map((r) => r.score) };
    const picked = pickExamples(t, rowTable(all), all.map(() => false), { count: 3, redact: false, lean: 'negative' });
    expect(picked.map((example) => example.line)).toEqual([2, 6, 7]);
  });
});
