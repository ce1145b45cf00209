import { describe, expect, it } from 'vitest';
import { clauseWeights, createClauseSpans, F_CONCESSION, F_CONTRAST, MARK_NAMES, segmentClauses, type ClauseSpans } from '../../src/sentiment/clause-segmentation.js';
import { tokenize } from '../../src/tokenize/index.js';

const FLAGS: Record<string, number> = { but: F_CONTRAST, however: F_CONTRAST, although: F_CONCESSION, though: F_CONCESSION };
/** One reused buffer, as the scorer uses it (starting at capacity 1, so growing is exercised too). */
const buffer = createClauseSpans(1);
function spansOf(text: string): ClauseSpans {
  const tokens = tokenize(text);
  segmentClauses(buffer, text, tokens, tokens.map((t) => FLAGS[t.norm] ?? 0));
  return buffer;
}
function segment(text: string) {
  const tokens = tokenize(text);
  const spans = spansOf(text);
  return Array.from({ length: spans.count }, (_, k) => ({
    mark: MARK_NAMES[spans.mark[k]!],
    text: text.slice(tokens[spans.tokenStart[k]!]!.start, tokens[spans.tokenEnd[k]! - 1]!.end),
  }));
}
function weights(text: string): number[] {
  const spans = spansOf(text);
  clauseWeights(spans, 0.5, 1.5);
  return Array.from(spans.weight.subarray(0, spans.count));
}

describe('segmentClauses', () => {
  it.each([
    ['the room was clean, but the staff were rude.', ['the room was clean,', 'but the staff were rude.'], ['none', 'contrast']],
    ['although the app is slow it never crashes', ['although the app is slow it never crashes'], ['concession']],
    ['great food!\nslow service', ['great food!', 'slow service'], ['none', 'none']],
    ['nothing but praise for them', ['nothing but praise for them'], ['none']],
    ['why??!', ['why??!'], ['none']],
    ['Fine. But slow, even though cheap; ok', ['Fine.', 'But slow,', 'even though cheap;', 'ok'], ['none', 'contrast', 'concession', 'none']],
  ])('%j', (text, clauses, marks) => {
    const spans = segment(text);
    expect(spans.map((s) => s.text)).toEqual(clauses);
    expect(spans.map((s) => s.mark)).toEqual(marks);
  });
});

describe('clauseWeights', () => {
  it('halves the clauses before "but" and weighs the "but" clause × 1.5 (VADER)', () => {
    expect(weights('the room was clean, but the staff were rude.')).toEqual([0.5, 1.5]);
  });
  it('a "But" opening a sentence outweighs the previous sentence', () => {
    expect(weights('Nice hotel. But the bed was awful.')).toEqual([0.5, 1.5]);
  });
  it('a concession clause weighs 0.5, the rest of its sentence 1.5', () => {
    expect(weights('it is cheap, although it broke')).toEqual([1.5, 0.5]);
  });
});
