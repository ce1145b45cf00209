/** Names: capitalised word pairs ("Grand Ronde") are not sentiment words. */
import type { Token } from '../../tokenize/types.js';

/** "Grand" in "Grand Ronde": a capitalised word beside another one, not opening a sentence. */
export function isInName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!isCapitalised(t.text)) return false;
  const prev = tokens[i - 1];
  if (prev === undefined || (prev.kind === 'punct' && endsSentence(prev.text.charCodeAt(0)))) return false; // sentence start
  if (prev.kind === 'mention' || prev.kind === 'hashtag' || prev.kind === 'url') return false; // "@bob Great job"
  const next = tokens[i + 1];
  const neighbour = (n: Token | undefined): boolean => n !== undefined && n.kind === 'word' && n.text !== 'I' && isCapitalised(n.text);
  return neighbour(next) || (neighbour(prev) && prev.kind === 'word' && !isSentenceStart(tokens, i - 1));
}

export function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || (prev.kind === 'punct' && endsSentence(prev.text.charCodeAt(0))) || prev.kind === 'mention';
}

/** . ! ? … " “ : */
export function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 34 || c === 0x201c || c === 58;
}

/** "Grand": upper-case first letter, lower-case rest (ASCII; other scripts are never treated as names). */
export function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 65 || c > 90 || s.length < 2) return false;
  for (let k = 1; k < s.length; k++) {
    const d = s.charCodeAt(k);
    if (d >= 65 && d <= 90) return false;
  }
  return true;
}
