// The recognised layout and detection notes reach the JSON `columns` (valid against the schema) and
// the stderr mapping line; SurveyMonkey's answer-label row is counted as a skipped header row.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from './_io.js';
import { analyzeErrors } from './_schema.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/layouts/${name}`, import.meta.url));

async function analyzeJson(name: string) {
  const io = fakeIo();
  const code = await main(['node', 'cx', 'analyze', fixture(name), '--json', '--no-config'], io);
  return { code, report: JSON.parse(io.out()), err: io.err() };
}

describe('layouts in the analyze output', () => {
  it('names the Google Play scraper layout in JSON columns and on stderr', async () => {
    const { code, report, err } = await analyzeJson('google-play-scraper.csv');
    expect(code).toBe(0);
    expect(analyzeErrors(report)).toEqual([]);
    expect(report.columns).toMatchObject({
      text: [{ column: 'content', detectedBy: 'layout' }],
      rating: { column: 'score', detectedBy: 'layout' },
      date: { column: 'at', detectedBy: 'layout' },
      layout: 'Google Play scraper',
      notes: [
        'text: took "content" (loose text header, 8.7 words per value, 100% filled, named by the layout); runner-up "replyContent": the organisation\'s side (its header says "reply"); use --text "replyContent" to take it instead',
      ],
    });
    expect(err.split('\n')[0]).toBe(
      'cx: columns: text=content (layout), id=reviewId (layout), date=at (layout), rating=score (layout), rating scale 1-5; layout: Google Play scraper',
    );
  });

  it('SurveyMonkey: the answer-label row is a skipped duplicate_header, noted on stderr and in JSON', async () => {
    const { report, err } = await analyzeJson('surveymonkey.csv');
    expect(analyzeErrors(report)).toEqual([]);
    expect(report.input).toMatchObject({ rows: 4, analyzed: 3, skipped: 1, skippedByReason: { duplicate_header: 1 } });
    expect(report.columns.headerLines).toEqual([2]);
    expect(err).toContain('cx: columns: line 2 is a second header row (answer labels), not a response: skipped\n');
  });
});
