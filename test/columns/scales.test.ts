import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/columns/index.js';
import { CxError } from '../../src/errors.js';
import { records } from './_records.js';

const comments = Array.from({ length: 12 }, (_, i) => `Invented comment number ${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][i]} about the service`);
const stars = (i: number): string => String((i % 5) + 1);

describe('detectColumns: scale sanity', () => {
  it('refuses --nps on a column that never leaves 1-5, suggesting --rating and --csat (exit 2: usage)', () => {
    const columns = ['comment', 'score'];
    let caught: unknown;
    try {
      detectColumns(columns, records(columns, comments.map((t, i) => [t, stars(i)])), { nps: 'score' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CxError);
    expect((caught as CxError).code).toBe('usage');
    expect((caught as CxError).message).toBe(
      '--nps: column "score" never leaves 1-5 in 12 values, so it is not a 0-10 NPS answer; use --rating "score" for stars or --csat "score" for a 1-5 satisfaction score',
    );
  });

  it('accepts --nps on a 0-10 column, and on a 1-5 column with fewer than 10 values (too few to tell)', () => {
    const columns = ['comment', 'score'];
    expect(detectColumns(columns, records(columns, comments.map((t, i) => [t, String(i % 11)])), { nps: 'score' }).nps?.column).toBe('score');
    expect(detectColumns(columns, records(columns, comments.slice(0, 9).map((t, i) => [t, stars(i)])), { nps: 'score' }).nps?.column).toBe('score');
  });

  it('does not take a column named like NPS whose values never leave 1-5, and says why', () => {
    const columns = ['comment', 'recommend'];
    const mapping = detectColumns(columns, records(columns, comments.map((t, i) => [t, stars(i)])), {});
    expect(mapping.nps).toBeNull();
    expect(mapping.notes).toEqual(['"recommend" is named like NPS but never leaves 1-5, so it is not used as NPS; use --rating or --csat "recommend" to analyse it']);
  });

  it.each([
    [[1, 2, 3, 4, 5], { min: 1, max: 5 }],
    [[1, 3, 5, 6, 7], { min: 1, max: 7 }],
    [[1, 4, 8, 9, 10], { min: 1, max: 10 }],
  ])('reads CSAT values %j on %j', (values, scale) => {
    const columns = ['comment', 'CSAT'];
    const mapping = detectColumns(columns, records(columns, comments.map((t, i) => [t, String(values[i % values.length])])), {});
    expect(mapping.csat?.column).toBe('CSAT');
    expect(mapping.csatScale).toEqual(scale);
  });

  it('keeps CSAT on 1-5 when a stray 7 is under 2% of the values (an entry error, not a 1-7 scale)', () => {
    const columns = ['comment', 'satisfaction'];
    const rows = Array.from({ length: 60 }, (_, i) => [`${comments[i % 12]} ${i}`, i === 7 ? '7' : stars(i)]);
    expect(detectColumns(columns, records(columns, rows), {}).csatScale).toEqual({ min: 1, max: 5 });
  });

  it('takes half-stars as a rating on 1-5', () => {
    const columns = ['comment', 'stars'];
    const mapping = detectColumns(columns, records(columns, comments.map((t, i) => [t, ['4.5', '3', '1.5', '5', '2.5', '4'][i % 6] as string])), {});
    expect(mapping.rating).toEqual({ column: 'stars', detectedBy: 'header' });
    expect(mapping.ratingScale).toEqual({ min: 1, max: 5 });
  });

  it.each([
    ['Note (1-5)', { min: 1, max: 5 }],
    ['Bewertung', { min: 1, max: 5 }],
    ['valoración', { min: 1, max: 5 }],
    ['Avaliação', { min: 1, max: 5 }],
    ['punteggio', { min: 1, max: 5 }],
    ['評価', { min: 1, max: 5 }],
    ['Calificación /10', { min: 0, max: 10 }],
  ])('takes the header %j as a star rating on %j', (header, scale) => {
    const columns = ['comment', header];
    const mapping = detectColumns(columns, records(columns, comments.map((t, i) => [t, stars(i)])), {});
    expect(mapping.rating).toEqual({ column: header, detectedBy: 'header' });
    expect(mapping.ratingScale).toEqual(scale);
  });

  it('reads a ten-point and a percentage rating', () => {
    const columns = ['comment', 'rating'];
    const ten = detectColumns(columns, records(columns, comments.map((t, i) => [t, String((i % 10) + 1)])), {});
    expect(ten.ratingScale).toEqual({ min: 1, max: 10 });
    const percentColumns = ['comment', 'Rating (%)'];
    const percent = detectColumns(percentColumns, records(percentColumns, comments.map((t, i) => [t, String(i * 8)])), {});
    expect(percent.rating).toEqual({ column: 'Rating (%)', detectedBy: 'header' });
    expect(percent.ratingScale).toEqual({ min: 0, max: 100 });
  });
});

describe('detectColumns: no NPS guessed from values beside a star rating', () => {
  it('takes neither a helpfulness count nor a vote count as NPS in a review export', () => {
    const columns = ['Text', 'Score', 'HelpfulnessDenominator', 'votes_up'];
    const rows = comments.map((t, i) => [t, stars(i), String([0, 10, 6, 9, 3, 8][i % 6]), String([1, 9, 4, 10, 0, 7][i % 6])]);
    const mapping = detectColumns(columns, records(columns, rows), {});
    expect(mapping.rating?.column).toBe('Score');
    expect(mapping.nps).toBeNull();
  });
});
