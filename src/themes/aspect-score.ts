/**
 * Aspect sentiment: the sentiment a comment gives one theme is the mean score of the clauses that
 * mention the theme (the clauses whose token range holds a matched phrase), so in "the staff were
 * lovely but delivery took three weeks" the delivery theme gets the second clause's score. When no
 * clause holds a mention (no clause scores given) it falls back to the comment score.
 */
import type { ThemeDoc } from './types.js';
import type { ThemeText } from './theme-text.js';

/** Mean score of the distinct clauses containing any of the token indices; else the comment score. */
export function aspectScore(doc: ThemeDoc, tokenIndices: readonly number[]): number {
  let sum = 0;
  let count = 0;
  for (const clause of doc.clauses) {
    if (tokenIndices.some((i) => i >= clause.tokenStart && i < clause.tokenEnd)) {
      sum += clause.score;
      count++;
    }
  }
  return count === 0 ? doc.score : sum / count;
}

/** aspectScore of comment d of a ThemeText (the same mean, over its stored clauses). */
export function aspectScoreIn(text: ThemeText, d: number, tokenIndices: readonly number[]): number {
  let sum = 0;
  let count = 0;
  for (let c = text.clauseStart(d); c < text.clauseStart(d + 1); c++) {
    const start = text.clauseTokenStart(c);
    const end = text.clauseTokenEnd(c);
    if (tokenIndices.some((i) => i >= start && i < end)) {
      sum += text.clauseScore(c);
      count++;
    }
  }
  return count === 0 ? text.score(d) : sum / count;
}
