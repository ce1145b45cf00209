/**
 * Wording cues for the learned layer (docs/sentiment.md, "The learned layer"): lukewarm words ("ok", "decent",
 * "not bad", "could be better") and ratings stated in the text ("3 stars", "4/5", "two out of five"). They move no valence — the rules' direction and strength stay as they were —
 * but tell the learned layer what a mixed or 3★ review sounds like. Each function reads tokens at one position.
 */
import type { Token } from '../../tokenize/types.js';
import { LUKEWARM_AFTER, LUKEWARM_WORDS, NUMBER_WORDS, RATING_UNITS } from '../model/rule-words.js';

/** Whether the word at tokens[k] (norm w) starts lukewarm wording. */
export function isLukewarm(tokens: readonly Token[], k: number, w: string): boolean {
  return LUKEWARM_WORDS.has(w) || isLukewarmPhrase(tokens, k, w);
}

/** Whether a lukewarm phrase starts at tokens[k] (norm w): "not bad", "nothing special", "could be better". */
export function isLukewarmPhrase(tokens: readonly Token[], k: number, w: string): boolean {
  const next = LUKEWARM_AFTER.get(w);
  if (next === undefined) return false;
  const b = tokens[k + 1]?.norm;
  if (b === undefined || !next.has(b)) return false;
  if (w === 'could' || w === 'can') {
    // "could be better", "can be improved", "could improve", "could use some work"
    const c = tokens[k + 2]?.norm;
    return b !== 'be' || c === 'better' || c === 'improved' || c === 'worse';
  }
  if (w === 'room') return tokens[k + 2]?.norm === 'improvement';
  return true;
}

/**
 * A rating stated at tokens[k] (a number or number word), on a 1–5 scale mapped to −1 … 1 ((r − 3) / 2), or NaN when
 * there is none: "3 stars", "three stars", "3★", "3/5", "8/10", "4 out of 5".
 */
export function statedRating(tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  const n = t.kind === 'number' ? Number(t.norm) : (NUMBER_WORDS.get(t.norm) ?? Number.NaN);
  if (!(n >= 0 && n <= 10)) return Number.NaN;
  const next = tokens[k + 1];
  if (next === undefined) return Number.NaN;
  let scale = Number.NaN;
  if (RATING_UNITS.has(next.norm) || next.text === '★') scale = 5;
  else if (next.text === '/' || (next.norm === 'out' && tokens[k + 2]?.norm === 'of')) {
    const d = tokens[k + (next.text === '/' ? 2 : 3)];
    const m = d === undefined ? Number.NaN : d.kind === 'number' ? Number(d.norm) : (NUMBER_WORDS.get(d.norm) ?? Number.NaN);
    if (m === 5 || m === 10) scale = m;
  }
  if (!(n <= scale)) return Number.NaN;
  const r = Math.max(1, (n * 5) / scale);
  return (r - 3) / 2;
}
