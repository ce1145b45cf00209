// Each failure reported in issue #17, on a file written here in the export's own layout, run through
// the CLI as an analyst would (no flags): the customer's text is taken, and stderr says why.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../cli/_io.js';

const layout = (name: string): string => fileURLToPath(new URL(`../../fixtures/layouts/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cx-issue17-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, lines: readonly string[]): string => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

async function analyze(path: string, ...flags: string[]) {
  const io = fakeIo();
  const code = await main(['node', 'cx', 'analyze', path, '--json', '--no-config', '--threads', '1', ...flags], io);
  return { code, report: code === 0 ? JSON.parse(io.out()) : null, err: io.err() };
}

const csv = (values: readonly string[]): string => values.map((value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(',');
const topics = ['the map', 'voice guidance', 'offline mode', 'the night theme', 'saved stops', 'the route planner', 'the search box', 'traffic alerts'];
const troubles = ['freezes after a call', 'forgets my settings', 'drains the battery', 'shows the wrong street', 'crashes on start', 'is slow to load'];

describe('issue #17: the customer\'s text, every time', () => {
  it('Play scraper export without reviewId: content, not the 99.7%-empty replyContent', async () => {
    const header = readFileSync(layout('google-play-scraper-no-reviewid.csv'), 'utf8').split('\n')[0] as string;
    const rows = Array.from({ length: 1200 }, (_, i) =>
      csv([
        `User ${i}`, `https://play-lh.example/u${i}`, `${topics[i % topics.length]} ${troubles[(i * 5) % troubles.length]} since update ${i}`,
        String((i % 5) + 1), String(i % 7), '3.8.1', `2025-06-${String((i % 28) + 1).padStart(2, '0')} 08:00:00`,
        i % 300 === 0 ? 'Thanks for the feedback, our team is looking into it and a fix is planned for the next release' : '', i % 300 === 0 ? '2025-07-01 09:00:00' : '', '3.8.1',
      ]),
    );
    const { code, report, err } = await analyze(write('play-no-reviewid.csv', [header, ...rows]));
    expect(code).toBe(0);
    expect(report.columns.text).toEqual([{ column: 'content', detectedBy: 'layout' }]);
    expect(report.input.analyzed).toBe(1200);
    expect(err).toContain('runner-up "replyContent": the organisation\'s side (its header says "reply"); use --text "replyContent" to take it instead');
  });

  it('CFPB complaint database export: Consumer complaint narrative and Date received, not the boilerplate Company public response', async () => {
    const header = readFileSync(layout('cfpb-complaints.csv'), 'utf8').split('\n')[0] as string;
    const boilerplate = [
      'Company has responded to the consumer and the CFPB and chooses not to provide a public response',
      'Company believes it acted appropriately as authorized by contract or law',
      'Company believes the complaint is the result of a misunderstanding',
    ];
    const rows = Array.from({ length: 40 }, (_, i) =>
      csv([
        `0${(i % 9) + 1}/${String((i % 27) + 1).padStart(2, '0')}/24`, 'Payday loan, title loan, or personal loan', 'Installment loan', 'Struggling to pay your loan', 'None',
        `I asked about ${topics[i % topics.length]} in call ${i} and the lender ${troubles[i % troubles.length]}, so the fees kept growing every month.`,
        boilerplate[i % 3] as string, 'Example Lending LLC', 'TX', '750XX', 'None', 'Consent provided', 'Web', '05/02/24', 'Closed with explanation', 'Yes', 'N/A', String(8800200 + i),
      ]),
    );
    const { code, report, err } = await analyze(write('cfpb.csv', [header, ...rows]));
    expect(code).toBe(0);
    expect(report.columns.text).toEqual([{ column: 'Consumer complaint narrative', detectedBy: 'header' }]);
    expect(report.columns.date.column).toBe('Date received');
    expect(report.columns.id.column).toBe('Complaint ID');
    expect(err).toMatch(/cx: columns: text: took "Consumer complaint narrative" \(comment header, [\d.]+ words per value, 100% filled\); runner-up "/);
  });

  it('Qualtrics with three header rows and "10 - Extremely likely" answers: the open question, NPS read from its labels', async () => {
    const { code, report, err } = await analyze(layout('qualtrics-nps-three-header-rows.csv'));
    expect(code).toBe(0);
    expect(report.columns.text).toEqual([{ column: 'Q2', detectedBy: 'header' }]);
    expect(report.columns.nps).toEqual({ column: 'Q1', detectedBy: 'header' });
    // 8 records: the wording and ImportId rows skipped, one empty answer; NPS from 6 answers: 10, 2, 7, 9, 0, 8 → 2 promoters, 2 detractors
    expect(report.input).toMatchObject({ rows: 8, analyzed: 5, skippedByReason: { duplicate_header: 2, empty_text: 1 } });
    expect(err).toContain('cx: columns: "Q2" is "What could we do better?" (from the second header row)');
  });

  it('a 25-row survey whose comment column holds short, repeated and formula-like answers is analysed', async () => {
    const { code, report } = await analyze(layout('survey-short-comments.csv'));
    expect(code).toBe(0);
    expect(report.columns.text).toEqual([{ column: 'comment', detectedBy: 'header' }]);
    expect(report.input).toMatchObject({ rows: 25, analyzed: 25, skipped: 0 });
  });

  it('the guard after reading: loud on stderr when the text leaves most rows empty while another prose column is filled; --strict exits 1', async () => {
    const lines = ['id,comment,details'];
    for (let i = 0; i < 4000; i++) {
      lines.push(csv([String(i), i < 1000 ? `comment ${i}: ${topics[i % topics.length]} ${troubles[i % troubles.length]}` : '', `parcel ${i} arrived late and ${troubles[i % troubles.length]}`]));
    }
    const path = write('guard.csv', lines);
    const warned = await analyze(path);
    expect(warned.code).toBe(0);
    const warning =
      'the text column "comment" is empty on 3,000 of 4,000 rows (75.0%), while "details" is filled on 4,000 (100.0%): only 1,000 rows are analysed. ' +
      'Use --text "details" to analyse that column (--strict makes this an error)';
    expect(warned.report.warnings).toContain(warning);
    expect(warned.err).toContain(`cx: warning: ${warning}`);
    const strict = await analyze(path, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('the text column "comment" is empty on 3,000 of 4,000 rows (75.0%)');
    const chosen = await analyze(path, '--strict', '--text', 'details');
    expect(chosen.code).toBe(0);
  });
});
