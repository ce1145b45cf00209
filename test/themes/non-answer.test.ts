import { describe, expect, it } from 'vitest';
import { discoverThemes, isNonAnswer } from '../../src/themes/index.js';
import { doc } from './helpers.js';
import { retailComments } from './retail-comments.js';

describe('isNonAnswer', () => {
  it.each([
    ['n/a', true],
    ['N/A.', true],
    ['  na ', true],
    ['None', true],
    ['nothing!!', true],
    ['No comment.', true],
    ['-', true],
    ['.', true],
    ['', true],
    ['OK', true],
    ['okay', true],
    ['All good :', true],
    ['fine', true],
    ['Nope', true],
    ['no', true],
    ['Nothing, all good', true],
    ['nothing to add, thanks', true],
    ['Nothing works in this app', false],
    ['no refund yet', false],
    ['OK but the delivery was late', false],
    ['fine print was misleading', false],
    ['good', false],
    ['!!! ??? ...', true],
    ['👍', false],
  ])('%j → %s', (text, expected) => {
    expect(isNonAnswer(text)).toBe(expected);
  });

  it('flags non-answers in the model and keeps them out of every theme', () => {
    // retailComments holds six non-answers: 'n/a', 'Nothing.', 'no comment', '-', 'All good', 'ok'
    const model = discoverThemes(retailComments.map((t) => doc(t)), {});
    const flagged = model.nonAnswer.flatMap((flag, i) => (flag ? [retailComments[i]] : []));
    expect(flagged).toEqual(['n/a', 'Nothing.', 'no comment', '-', 'All good', 'ok']);
    expect(model.themes.length).toBeGreaterThanOrEqual(4);
    for (const theme of model.themes) for (const r of theme.rows) expect(model.nonAnswer[r]).toBe(false);
    model.nonAnswer.forEach((flag, i) => {
      if (flag) expect(model.mainTheme?.[i]).toBeNull();
    });
  });
});
