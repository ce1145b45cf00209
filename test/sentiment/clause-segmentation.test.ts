import { describe, expect, it } from 'vitest';
import { clauseWeights, F_CONCESSION, F_CONTRAST, segmentClauses } from '../../src/sentiment/clause-segmentation.js';
import { tokenize } from '../../src/tokenize/index.js';

const FLAGS: Record<string, number> = { but: F_CONTRAST, however: F_CONTRAST, although: F_CONCESSION };
function segment(text: string) {
  const tokens = tokenize(text);
  return segmentClauses(text, tokens, (i) => FLAGS[tokens[i]?.norm ?? ''] ?? 0).map((s) => ({ ...s, text: text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end) }));
}

describe('segmentClauses', () => {
  it.each([
    ['the room was clean, but the staff were rude.', ['the room was clean,', 'but the staff were rude.'], ['none', 'contrast']],
    ['although the app is slow it never crashes', ['although the app is slow it never crashes'], ['concession']],
    ['great food!\nslow service', ['great food!', 'slow service'], ['none', 'none']],
    ['nothing but praise for them', ['nothing but praise for them'], ['none']],
    ['why??!', ['why??!'], ['none']],
  ])('%j', (text, clauses, marks) => {
    const spans = segment(text);
    expect(spans.map((s) => s.text)).toEqual(clauses);
    expect(spans.map((s) => s.mark)).toEqual(marks);
  });
});

describe('clauseWeights', () => {
  it('halves the clauses before "but" and weighs the "but" clause × 1.5 (VADER)', () => {
    expect(clauseWeights(segment('the room was clean, but the staff were rude.'), 0.5, 1.5)).toEqual([0.5, 1.5]);
  });
  it('a "But" opening a sentence outweighs the previous sentence', () => {
    expect(clauseWeights(segment('Nice hotel. But the bed was awful.'), 0.5, 1.5)).toEqual([0.5, 1.5]);
  });
  it('a concession clause weighs 0.5, the rest of its sentence 1.5', () => {
    expect(clauseWeights(segment('it is cheap, although it broke'), 0.5, 1.5)).toEqual([1.5, 0.5]);
  });
});
