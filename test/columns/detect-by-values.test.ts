import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/columns/index.js';
import { records } from './_records.js';

// Invented comments: several words each, letters rather than digits.
const prose = [
  'The courier left the parcel at the wrong door again',
  'Checkout froze twice before the payment went through',
  'Lovely staff, they sorted my refund in one call',
  'Prices went up but the portions got smaller this month',
  'Search never finds the item even with the exact name',
  'Quick delivery and the food was still hot on arrival',
  'Had to reset my password three times this week',
  'Subscription renewed without any reminder e-mail first',
  'The new layout makes it hard to find my past orders',
  'Support answered within minutes and fixed the problem',
  'Coupon code was rejected although it had not expired',
  'Great selection of vegetarian dishes at fair prices',
];
const versions = ['4.556.10005', '7.58.0 build 26 34888', '4.556.10005', '8.116.0 build 8 50690', '3.2.1', '4.556.10005', '5.0.0', '3.2.1', '7.58.0 build 26 34888', '4.556.10005', '5.0.0', '6.1.2'];
const isoAt = (i: number): string => `2025-0${(i % 9) + 1}-1${i % 10} 12:3${i % 10}:00`;

describe('detectColumns: the text column reads like prose', () => {
  it('takes the body over a review_version column of version strings, though both headers name text', () => {
    const columns = ['review_version', 'body', 'stars'];
    const rows = prose.map((text, i) => [versions[i] as string, text, String((i % 5) + 1)]);
    const mapping = detectColumns(columns, records(columns, rows), {});
    expect(mapping.text).toEqual([{ column: 'body', detectedBy: 'header' }]);
    expect(mapping.notes).toEqual([]);
  });

  it('takes a loosely named prose column over a strongly named one that holds versions (scraper headers, reviewId renamed: a partial layout match)', () => {
    const columns = ['rid', 'userName', 'content', 'score', 'thumbsUpCount', 'reviewCreatedVersion', 'at', 'appVersion'];
    const rows = prose.map((text, i) => [`r-${i}`, `User ${String.fromCharCode(65 + i)}`, text, String((i % 5) + 1), String(i % 3), versions[i] as string, isoAt(i), versions[i] as string]);
    const mapping = detectColumns(columns, records(columns, rows), {});
    expect(mapping.text).toEqual([{ column: 'content', detectedBy: 'layout' }]);
    expect(mapping.rating).toEqual({ column: 'score', detectedBy: 'layout' });
    expect(mapping.date).toEqual({ column: 'at', detectedBy: 'layout' });
    expect(mapping.layout).toBe('Google Play scraper (partial: 3 of 4 signature headers)');
  });

  it('takes the same columns with no layout at all (headers renamed beyond a partial match)', () => {
    const columns = ['rid', 'userName', 'content', 'stars', 'thumbsUpCount', 'reviewCreatedVersion', 'at', 'appVersion'];
    const rows = prose.map((text, i) => [`r-${i}`, `User ${String.fromCharCode(65 + i)}`, text, String((i % 5) + 1), String(i % 3), versions[i] as string, isoAt(i), versions[i] as string]);
    const mapping = detectColumns(columns, records(columns, rows), {});
    expect(mapping.layout).toBeNull();
    expect(mapping.text).toEqual([{ column: 'content', detectedBy: 'header' }]);
    expect(mapping.rating).toEqual({ column: 'stars', detectedBy: 'header' });
    expect(mapping.date).toEqual({ column: 'at', detectedBy: 'header' });
  });

  it.each([
    ['URLs', (i: number) => `https://example.com/reviews/${i}`],
    ['e-mail addresses', (i: number) => `customer${i}@example.org`],
    ['identifiers', (i: number) => `ORD-2025-${1000 + i}`],
    ['numbers', (i: number) => String(i * 17)],
    ['dates', (i: number) => isoAt(i)],
  ])('never takes a "comment" column of %s', (_, value) => {
    const columns = ['comment', 'what_happened'];
    const rows = prose.map((text, i) => [value(i), text]);
    expect(detectColumns(columns, records(columns, rows), {}).text).toEqual([{ column: 'what_happened', detectedBy: 'values' }]);
  });

  it('never takes a "feedback" column of a few repeated values', () => {
    const columns = ['feedback', 'details'];
    const many = [...prose, ...prose].map((text, i) => [['Yes', 'No', 'Maybe'][i % 3] as string, `${text} (${i})`]);
    expect(detectColumns(columns, records(columns, many), {}).text).toEqual([{ column: 'details', detectedBy: 'header' }]);
  });

  it('keeps comments that begin with =, +, - or @ as text', () => {
    const columns = ['id', 'comment', 'nps'];
    const starts = ['=', '+', '-', '@'];
    const rows = prose.map((text, i) => [String(i), `${starts[i % 4]}${text}`, String(i % 11)]);
    expect(detectColumns(columns, records(columns, rows), {}).text).toEqual([{ column: 'comment', detectedBy: 'header' }]);
  });

  it('ranks a review title below the review text', () => {
    const columns = ['review_title', 'review_text'];
    const rows = prose.map((text, i) => [text.split(' ').slice(0, 2).join(' '), text]);
    expect(detectColumns(columns, records(columns, rows), {}).text).toEqual([{ column: 'review_text', detectedBy: 'header' }]);
  });

  it('takes two answered open questions together and says which, with the flag to analyse one', () => {
    const columns = ['what_went_well_comment', 'what_went_wrong_comment'];
    const rows = prose.map((text, i) => [text, prose[(i + 1) % prose.length] as string]);
    const mapping = detectColumns(columns, records(columns, rows), {});
    expect(mapping.text).toEqual([
      { column: 'what_went_well_comment', detectedBy: 'header' },
      { column: 'what_went_wrong_comment', detectedBy: 'header' },
    ]);
    expect(mapping.notes).toEqual([
      'text: 2 open questions were answered; their answers are analysed together, joined per response: "what_went_well_comment", "what_went_wrong_comment"; use --text "what_went_well_comment" to analyse one',
    ]);
  });

  it('names the runner-up, why it lost and the flag to take it', () => {
    const columns = ['comment', 'notes'];
    const rows = prose.map((text, i) => [text, prose[(i + 5) % prose.length] as string]);
    const mapping = detectColumns(columns, records(columns, rows), {});
    expect(mapping.text).toEqual([{ column: 'comment', detectedBy: 'header' }]);
    // by hand: 109 words in 12 values = 9.08 per value; comment 5 (comment header) + 3 × 9.08/12 + 1 (all distinct) + 1 (all letters) + 2 (all filled) = 11.27; notes the same with a loose header (1.5): 7.77
    expect(mapping.notes).toEqual([
      'text: took "comment" (comment header, 9.1 words per value, 100% filled); runner-up "notes": weaker evidence (score 7.8 against 11.3: loose text header, 9.1 words per value, 100% filled); use --text "notes" to take it instead',
    ]);
  });
});

describe('detectColumns: the date is the date of the feedback', () => {
  it('prefers reviews.date, in the text column\'s group, over dateAdded and reviews.dateAdded', () => {
    const columns = ['id', 'dateAdded', 'dateUpdated', 'name', 'reviews.date', 'reviews.dateAdded', 'reviews.text', 'reviews.title'];
    const rows = prose.map((text, i) => [`P${i}`, '2017-03-01T00:00:00Z', '2019-01-05T10:00:00Z', 'Kindle', `2016-1${i % 3}-0${(i % 9) + 1}`, '2018-02-02T00:00:00Z', text, text.split(' ')[0] as string]);
    const mapping = detectColumns(columns, records(columns, rows), {});
    // reviews.text and reviews.date, not reviews.rating: two of the three Datafiniti signature headers
    expect(mapping.layout).toBe('Datafiniti product reviews (partial: 2 of 3 signature headers)');
    expect(mapping.text).toEqual([{ column: 'reviews.text', detectedBy: 'layout' }]);
    expect(mapping.date).toEqual({ column: 'reviews.date', detectedBy: 'layout' });
  });

  it('prefers "at" over "repliedAt", and "Time" over "updated"', () => {
    const a = ['comment', 'repliedAt', 'at'];
    expect(detectColumns(a, records(a, prose.map((t, i) => [t, isoAt(i + 1), isoAt(i)])), {}).date?.column).toBe('at');
    const b = ['updated', 'Review', 'Time'];
    expect(detectColumns(b, records(b, prose.map((t, i) => [isoAt(i + 1), t, isoAt(i)])), {}).date?.column).toBe('Time');
  });

  it('reports a tie between two submission dates as a close call, broken by name, not position', () => {
    const columns = ['comment', 'submitted', 'created'];
    const mapping = detectColumns(columns, records(columns, prose.map((t, i) => [t, isoAt(i), isoAt(i + 1)])), {});
    expect(mapping.date?.column).toBe('created');
    expect(mapping.notes).toEqual(['date: chose "created" over "submitted" (close call); use --date "submitted" to change it']);
    const swapped = ['created', 'comment', 'submitted'];
    expect(detectColumns(swapped, records(swapped, prose.map((t, i) => [isoAt(i + 1), t, isoAt(i)])), {}).date?.column).toBe('created');
  });
});

describe('detectColumns: question wording from a second header row', () => {
  it('reads Q1, Q2 … by their wording and says so', () => {
    const columns = ['ResponseId', 'Q1', 'Q2', 'Q3'];
    const questionTexts = {
      ResponseId: 'Response ID',
      Q1: 'How likely are you to recommend us to a friend or colleague?',
      Q2: 'Which plan are you on?',
      Q3: 'What is the main reason for your score?',
    };
    const rows = prose.map((text, i) => [`R_${i}`, String([0, 10, 6, 9, 3, 8][i % 6]), ['Basic', 'Pro'][i % 2] as string, text]);
    const mapping = detectColumns(columns, records(columns, rows), {}, { questionTexts });
    expect(mapping.nps).toEqual({ column: 'Q1', detectedBy: 'header' });
    expect(mapping.text).toEqual([{ column: 'Q3', detectedBy: 'header' }]);
    expect(mapping.segments).toEqual([{ column: 'Q2', detectedBy: 'values' }]);
    expect(mapping.notes).toEqual([
      '"Q3" is "What is the main reason for your score?" (from the second header row)',
      '"Q1" is "How likely are you to recommend us to a friend or colleague?" (from the second header row)',
    ]);
  });
});

describe('detectColumns: feedback over product copy', () => {
  it('takes the comment column, not a long product description repeated on every row of a product', () => {
    const columns = ['product_description', 'comments'];
    // 12 products, each described on two rows: half the values distinct, every one long prose.
    const materials = ['cotton', 'wool', 'linen', 'denim', 'fleece', 'nylon', 'leather', 'canvas', 'bamboo', 'cashmere', 'hemp', 'suede'];
    const description = (i: number): string => `Relaxed ${materials[i % 12]} layer with two deep pockets, a soft lining and a fit that works over a shirt`;
    const rows = Array.from({ length: 24 }, (_, i) => [description(i), ['ok', 'too small', 'love it', 'fine', 'broke', 'great fit'][i % 6] + (i >= 6 ? ` ${i}` : '')]);
    expect(detectColumns(columns, records(columns, rows), {}).text).toEqual([{ column: 'comments', detectedBy: 'header' }]);
  });
});

describe('detectColumns: repeated sentences are still comments', () => {
  it('keeps a comment column of a few dozen distinct eight-word sentences over 1000 rows', () => {
    const words = ['slow', 'delivery', 'refund', 'great', 'staff', 'rude', 'price', 'app', 'crash', 'login', 'easy', 'checkout', 'late', 'parcel'];
    const columns = ['id', 'comment', 'nps'];
    const rows = Array.from({ length: 1000 }, (_, i) => [String(i), Array.from({ length: 8 }, (_, j) => words[(i * 7 + j * 3 + ((i * j) % 5)) % words.length]).join(' '), String(i % 11)]);
    expect(detectColumns(columns, records(columns, rows), {}).text).toEqual([{ column: 'comment', detectedBy: 'header' }]);
  });
});

describe('detectColumns: column names are plain data', () => {
  it('handles columns called constructor, __proto__ and hasOwnProperty, with question wording', () => {
    const columns = ['constructor', '__proto__', 'hasOwnProperty'];
    const rows = prose.map((text, i) => [String(i % 11), text, ['web', 'app'][i % 2] as string]);
    const questionTexts = Object.fromEntries([['__proto__', 'What happened?']]);
    const mapping = detectColumns(columns, records(columns, rows), {}, { questionTexts });
    expect(mapping.text).toEqual([{ column: '__proto__', detectedBy: 'values' }]);
    expect(mapping.segments).toEqual([{ column: 'hasOwnProperty', detectedBy: 'values' }]);
  });
});

describe('detectColumns: comment headers in other languages', () => {
  it.each(['Kommentar', 'Commentaire', 'Comentario', 'Comentário', 'Commento', 'Opmerking', 'コメント', '评论'])('takes %j as the comment column', (header) => {
    const columns = ['Nom', header];
    const rows = prose.map((text, i) => [`Kunde ${i}`, text]);
    expect(detectColumns(columns, records(columns, rows), {}).text).toEqual([{ column: header, detectedBy: 'header' }]);
  });
});
