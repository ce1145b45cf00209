import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/columns/index.js';
import { records } from './_records.js';

// Invented comments, all distinct, several words each.
const said = (i: number): string =>
  `${['The courier', 'Checkout', 'The new app', 'Support', 'The refund', 'My order'][i % 6]} ${['was late again', 'froze twice', 'logged me out', 'never answered', 'took three weeks', 'arrived damaged'][(i * 5) % 6]} on visit ${i}`;
const n = 30;
const rows = (make: (i: number) => readonly string[]): string[][] => Array.from({ length: n }, (_, i) => [...make(i)]);
const text = (columns: readonly string[], data: readonly (readonly string[])[]) => detectColumns(columns, records(columns, data), {}).text.map((a) => a.column);

describe('the text column: the customer\'s words before the organisation\'s', () => {
  it.each([
    ['replyContent', 'Thanks for your feedback, we are looking into it'],
    ['Company public response', 'Company believes it acted appropriately as authorized by contract or law'],
    ['Developer Reply Text', 'Please update to the latest version and contact support'],
    ['ownerResponse/text', 'Thank you for staying with us, we hope to see you again'],
    ['Agent notes', 'Called back, customer satisfied with the answer given'],
    ['Internal Comments', 'Escalated to tier two for a closer look at logs'],
  ])('takes the comment over %j, however long and filled that column is', (header, reply) => {
    const columns = ['comments', header];
    // the reply is longer and on every row: only its side makes it lose
    expect(text(columns, rows((i) => [said(i), `${reply}, reference ${i} and a long tail of polite words`]))).toEqual(['comments']);
  });

  it('takes a weakly named prose column over templated text: a few distinct sentences repeated on every row', () => {
    const columns = ['Issue', 'details'];
    const issues = ['Charged fees or interest you did not expect', 'Struggling to pay your loan', 'Problem with the payoff process at the end of the loan'];
    expect(text(columns, rows((i) => [issues[i % 3] as string, said(i)]))).toEqual(['details']);
  });

  it('never takes a column empty on most rows over a filled prose column, whatever its header', () => {
    const columns = ['feedback', 'message body'];
    expect(text(columns, rows((i) => [i % 5 === 0 ? said(i) : '', said(i + 100)]))).toEqual(['message body']);
  });

  it('takes a comment column of short, repeated, formula-like answers when it is the only text', () => {
    const columns = ['id', 'nps', 'comment'];
    const answers = ['good', '+1', '=)', 'ok', '@support thanks', '-slow', 'good', 'ok'];
    expect(text(columns, rows((i) => [String(i), String(i % 11), answers[i % answers.length] as string]))).toEqual(['comment']);
  });

  it('never takes a person\'s name, a write-in Other box or a choice question', () => {
    expect(text(['reviewer name', 'review'], rows((i) => [`Alex Jordan Smith the ${i}th`, said(i)]))).toEqual(['review']);
    const columns = ['Which plan? - Other (please specify)', 'What could we do better?'];
    expect(text(columns, rows((i) => [`a plan for ${said(i)}`, said(i)]))).toEqual(['What could we do better?']);
  });

  it('takes the comment on a score column (its header extends the score\'s) over a general message', () => {
    const columns = ['Conversation rating', 'Conversation rating remark', 'notes'];
    expect(text(columns, rows((i) => [String((i % 5) + 1), said(i), said(i + 7)]))).toEqual(['Conversation rating remark']);
  });

  it('takes several answered open questions, not one answered on few rows', () => {
    const columns = ['What did you like?', 'What could we do better?', 'Anything else you want to tell us?'];
    const picked = text(columns, rows((i) => [said(i), said(i + 50), i % 10 === 0 ? said(i + 90) : '']));
    expect(picked).toEqual(['What did you like?', 'What could we do better?']);
  });

  it('says which column it took, the runner-up, why it lost and the flag', () => {
    const columns = ['content', 'replyContent'];
    const mapping = detectColumns(columns, records(columns, rows((i) => [said(i), i % 10 === 0 ? 'Sorry to hear that, please write to our support team' : ''])), {});
    expect(mapping.notes?.[0]).toMatch(/^text: took "content" \(loose text header, [\d.]+ words per value, 100% filled\); runner-up "replyContent": the organisation's side \(its header says "reply"\); use --text "replyContent" to take it instead$/);
    expect(mapping.textAlternatives).toBeUndefined();
  });
});
