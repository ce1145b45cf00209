import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/columns/index.js';
import { LAYOUTS } from '../../src/columns/model/layouts.js';
import { openInput } from '../../src/read/index.js';
import type { RawRecord } from '../../src/read/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/layouts/${name}`, import.meta.url));

/** The real reader, then detection as collect() runs it. */
async function detect(name: string) {
  const opened = await openInput({ path: fixture(name) });
  const sample: RawRecord[] = [];
  for await (const item of opened.items) if (item.kind === 'record') sample.push(item);
  return detectColumns(opened.columns, sample, {}, opened.questionTexts === undefined ? {} : { questionTexts: opened.questionTexts });
}

type Expected = {
  readonly layout: string;
  readonly text: string;
  readonly date?: string | null;
  readonly rating?: string | null;
  readonly nps?: string | null;
  readonly csat?: string | null;
  readonly id?: string | null;
};

// One header-only fixture per layout (header + 3 invented rows), and the roles it must give.
const cases: readonly (readonly [string, Expected])[] = [
  ['google-play-scraper.csv', { layout: 'Google Play scraper', text: 'content', date: 'at', rating: 'score', id: 'reviewId' }],
  ['google-play-console.csv', { layout: 'Google Play Console reviews', text: 'Review Text', date: 'Review Submit Date and Time', rating: 'Star Rating' }],
  ['app-store-scraper.csv', { layout: 'App Store Connect / app-store-scraper', text: 'text', date: 'updated', rating: 'score', id: 'id' }],
  ['app-store-scraper-python.csv', { layout: 'App Store scraper (Python)', text: 'review', date: 'date', rating: 'rating' }],
  ['app-store-reviews-export.csv', { layout: 'App Store reviews export', text: 'Review', date: 'Date', rating: 'Rating' }],
  ['trustpilot.csv', { layout: 'Trustpilot', text: 'Review Content', date: 'Review Created (UTC)', rating: 'Review Stars', id: 'Review Id' }],
  ['zendesk-tickets.csv', { layout: 'Zendesk tickets', text: 'Subject', date: 'Created at', rating: null, id: 'Id' }],
  ['intercom-conversations.csv', { layout: 'Intercom conversations', text: 'Conversation rating remark', date: 'Conversation started at', rating: 'Conversation rating', id: 'Conversation ID' }],
  ['qualtrics.csv', { layout: 'Qualtrics', text: 'Q2', date: 'RecordedDate', nps: 'Q1', id: 'ResponseId' }],
  ['surveymonkey.csv', { layout: 'SurveyMonkey', text: 'What is the primary reason for your score?', date: 'End Date', nps: 'How likely is it that you would recommend this company to a friend or colleague?', id: 'Respondent ID' }],
  ['medallia.csv', { layout: 'Medallia', text: 'Likelihood to Recommend Comment', date: 'Response Date', nps: 'Likelihood to Recommend', csat: 'Overall Satisfaction', id: 'Survey ID' }],
  ['typeform.csv', { layout: 'Typeform', text: 'What almost stopped you from signing up?', date: 'Submit Date (UTC)', rating: 'How would you rate your onboarding?', id: '#' }],
  ['delighted.csv', { layout: 'Delighted', text: 'Comment', date: 'Response Timestamp', nps: 'Score', id: 'Response ID' }],
  ['hotjar-feedback.csv', { layout: 'Hotjar feedback', text: 'Message', date: 'Date Submitted', rating: 'Emotion (1-5)', id: 'Number' }],
  ['hotjar-survey.csv', { layout: 'Hotjar survey', text: 'What would make checkout easier?', date: 'Date Submitted', csat: 'How satisfied are you with our checkout?', id: 'Number' }],
  ['datafiniti-reviews.csv', { layout: 'Datafiniti product reviews', text: 'reviews.text', date: 'reviews.date', rating: 'reviews.rating' }],
  ['yelp-reviews.csv', { layout: 'Yelp reviews', text: 'text', date: 'date', rating: 'stars', id: 'review_id' }],
  ['google-maps-outscraper.csv', { layout: 'Google Maps reviews (Outscraper)', text: 'review_text', date: 'review_datetime_utc', rating: 'review_rating', id: 'review_id' }],
  ['google-maps-apify.csv', { layout: 'Google Maps reviews (Apify)', text: 'text', date: 'publishedAtDate', rating: 'stars', id: 'reviewId' }],
];

describe('detectColumns on known export layouts', () => {
  it.each(cases)('%s', async (name, expected) => {
    const mapping = await detect(name);
    expect(mapping.layout).toBe(expected.layout);
    expect(mapping.text.map((a) => a.column)).toEqual([expected.text]);
    for (const role of ['date', 'rating', 'nps', 'csat', 'id'] as const) {
      if (expected[role] !== undefined) expect(mapping[role]?.column ?? null, role).toBe(expected[role]);
    }
  });

  it('has a fixture for every layout', () => {
    expect(new Set(cases.map(([, expected]) => expected.layout))).toEqual(new Set(LAYOUTS.map((layout) => layout.name)));
  });

  it('reads SurveyMonkey\'s answer-label row as wording, not as a response', async () => {
    const mapping = await detect('surveymonkey.csv');
    expect(mapping.headerLines).toEqual([2]);
    expect(mapping.notes?.[0]).toBe('line 2 is a second header row (answer labels), not a response: skipped');
  });

  it('names Qualtrics questions by their wording', async () => {
    const mapping = await detect('qualtrics.csv');
    expect(mapping.notes).toContain('"Q2" is "What is the main reason for your score?" (from the second header row)');
  });

  it('still checks a layout\'s columns against the values: a Delighted score that never leaves 1-5 is CSAT', async () => {
    const columns = ['Response ID', 'Score', 'Comment', 'Response Timestamp', 'Person ID'];
    const rows = Array.from({ length: 12 }, (_, i) => ({
      kind: 'record' as const,
      line: i + 2,
      fields: Object.assign(Object.create(null) as Record<string, string>, {
        'Response ID': String(100 + i),
        Score: String((i % 5) + 1),
        Comment: `Invented comment ${i} about the delivery and the app`,
        'Response Timestamp': `2025-12-0${(i % 9) + 1} 10:00:00 UTC`,
        'Person ID': String(500 + i),
      }),
    }));
    const mapping = detectColumns(columns, rows, {});
    expect(mapping.layout).toBe('Delighted');
    expect(mapping.nps).toBeNull();
    expect(mapping.csat).toEqual({ column: 'Score', detectedBy: 'layout' });
    expect(mapping.csatScale).toEqual({ min: 1, max: 5 });
  });
});
