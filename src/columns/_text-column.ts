/**
 * The comment column: the one that reads like prose. A column of numbers, dates, JSON, version
 * strings, URLs, e-mail addresses or identifiers, or a handful of repeated values, is never the
 * text, whatever its header says. Among the rest: a clear comment header (comment, feedback,
 * review, …) ranks first, a loose one (content, response, notes) next, a title or name column
 * last; prose (several words per value, nearly all distinct) lifts a column one tier; ties go
 * to the stronger header, then the longer values, then the earlier column. Values that begin with =, +, - or @ are still text.
 */
import { namesId, namesTitle, textNameStrength } from './_header-words.js';
import { share, type Profile } from './_profile.js';

export type TextChoice = {
  readonly column: string;
  readonly detectedBy: 'header' | 'values';
  /** The next best column when it was a close call (same tier, values at least 70% as long), else null. */
  readonly runnerUp: string | null;
};

/** Why a column cannot be the comment text, or null when it can. */
export function notText(p: Profile, words: readonly string[]): string | null {
  if (namesId(words)) return 'an identifier';
  if (p.present === 0) return null;
  if (share(p.bareNumbers, p) >= 0.5) return 'numbers';
  if (share(p.numeric, p) >= 0.5 && p.averageSpaces < 3) return 'scores';
  if (share(p.dates, p) >= 0.5) return 'dates';
  if (share(p.json, p) >= 0.5) return 'JSON';
  if (share(p.machine, p) >= 0.5) return 'version strings, URLs or identifiers';
  if (p.letters + p.digits > 0 && p.letters < p.digits) return 'more digits than letters';
  // a few repeated labels (Yes / No / Maybe); repeated sentences of several words are still comments
  if (p.present >= 20 && p.distinct <= Math.max(5, 0.1 * p.present) && p.averageSpaces < 2) return 'a few repeated values';
  return null;
}

/** Several words per value, mostly distinct. */
const proseLike = (p: Profile): boolean => p.averageSpaces >= 1 && p.averageLength >= 10 && p.distinct >= 0.5 * p.present;

export function chooseTextColumn(
  candidates: readonly string[],
  wordsOf: (column: string) => readonly string[],
  profileOf: (column: string) => Profile,
): TextChoice | null {
  type Scored = { readonly column: string; readonly tier: number; readonly strength: number; readonly length: number; readonly index: number };
  const scored: Scored[] = [];
  candidates.forEach((column, index) => {
    const words = wordsOf(column);
    const p = profileOf(column);
    if (notText(p, words) !== null) return;
    const strength = textNameStrength(words);
    const qualifies = strength === 2 || (strength === 1 && (p.present === 0 || p.averageLength >= 5)) || (p.present > 0 && proseLike(p));
    if (!qualifies) return;
    // prose lifts a column one tier only when nearly every value is its own (a product description repeated per row is not feedback)
    const prose = p.present > 0 && p.averageSpaces >= 3 && proseLike(p) && p.distinct >= 0.8 * p.present;
    const tier = strength - (namesTitle(words) ? 2 : 0) + (prose ? 1 : 0);
    scored.push({ column, tier, strength, length: p.averageLength, index });
  });
  scored.sort((a, b) => b.tier - a.tier || b.strength - a.strength || b.length - a.length || a.index - b.index);
  const best = scored[0];
  if (best === undefined) return null;
  const next = scored[1];
  const close = next !== undefined && next.tier === best.tier && next.strength === best.strength && next.length >= 0.7 * best.length;
  return { column: best.column, detectedBy: best.strength > 0 ? 'header' : 'values', runnerUp: close ? next.column : null };
}
