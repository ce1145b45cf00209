/** Small token-range helpers shared by the rules. */
import type { Token } from '../../tokenize/types.js';

export function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

export function hasBetween(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from + 1; k < to; k++) if (words.has((tokens[k] as Token).norm)) return true;
  return false;
}

export function tokensText(tokens: readonly Token[], from: number, to: number): string {
  let s = (tokens[from] as Token).text;
  for (let k = from + 1; k < to; k++) s += ' ' + (tokens[k] as Token).text;
  return s;
}
