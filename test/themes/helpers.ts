import { tokenize } from '../../src/tokenize/index.js';
import type { ThemeDoc } from '../../src/themes/index.js';

/** A doc with one clause covering the whole comment (as when clause scores are not available). */
export function doc(text: string, score = 0): ThemeDoc {
  const tokens = tokenize(text);
  return {
    tokens,
    clauses: [{ tokenStart: 0, tokenEnd: tokens.length, start: 0, end: text.length, score, weight: 1, contributions: [] }],
    score,
  };
}

/** Deterministic shuffle (a fixed linear congruential generator), returns the permutation. */
export function permutation(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
