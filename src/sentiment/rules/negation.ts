/** Negation helpers: scope length, prohibitions ("don't buy"), comparative context ("couldn't be happier"). */
import type { Token } from '../../tokenize/types.js';
import { ADDRESSEES, COMPARATIVE_CONTEXT, SCOPE_FUNCTION_WORDS } from '../model/rule-words.js';

export function isComparativeContext(tokens: readonly Token[], negAt: number, at: number): boolean {
  const word = (tokens[at] as Token).norm;
  const prev = (tokens[at - 1] as Token).norm;
  if (!(word.endsWith('er') || word === 'better' || word === 'worse' || prev === 'more')) return false;
  for (let k = negAt + 1; k < at; k++) if (COMPARATIVE_CONTEXT.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Content words strictly between a negator and a sentiment word (function words do not count). */
export function contentWordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && !SCOPE_FUNCTION_WORDS.has(t.norm)) n++;
  }
  return n;
}

/** A clause-initial "don't …", "do not …": a prohibition, i.e. a warning when the word is negative. */
export function isProhibitive(tokens: readonly Token[], from: number, negAt: number): boolean {
  const w = (tokens[negAt] as Token).norm;
  // an addressee or softener may come first: "please don't", "everyone do not", "just don't"
  let start = from;
  while (start < negAt && ADDRESSEES.has((tokens[start] as Token).norm)) start++;
  if (negAt === start) return w === "don't" || w === 'dont';
  return negAt === start + 1 && w === 'not' && (tokens[start] as Token).norm === 'do';
}
