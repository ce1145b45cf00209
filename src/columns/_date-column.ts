/**
 * The date of the feedback. Candidates hold dates (half the values when the header names a date,
 * 80% otherwise). Score: +3 in the same dotted group as the text column (`reviews.date` beside
 * `reviews.text`), the header's feedback-date strength (+2 submitted / created / a plain `date`,
 * −3 record-keeping such as `dateAdded`, `repliedAt`, `dateSeen`), +1 named as a date at all.
 * Ties go to the column whose name sorts first (never to its position); a tie is reported as a close call.
 */
import { feedbackDateStrength, namesDate } from './_header-words.js';
import { share, type Profile } from './_profile.js';

export type DateChoice = {
  readonly column: string;
  readonly detectedBy: 'header' | 'values';
  readonly runnerUp: string | null;
};

/** `reviews.text` → 'reviews'; `content` → null. */
export const groupOf = (column: string): string | null => {
  const dot = column.lastIndexOf('.');
  return dot <= 0 ? null : column.slice(0, dot).toLowerCase();
};

export function chooseDateColumn(
  candidates: readonly string[],
  wordsOf: (column: string) => readonly string[],
  profileOf: (column: string) => Profile,
  textColumn: string | null,
): DateChoice | null {
  const textGroup = textColumn === null ? null : groupOf(textColumn);
  type Scored = { readonly column: string; readonly score: number; readonly named: boolean; readonly index: number };
  const scored: Scored[] = [];
  candidates.forEach((column, index) => {
    const p = profileOf(column);
    const words = wordsOf(column);
    const named = namesDate(words);
    const dateShare = share(p.dates, p);
    const numeric = share(p.numeric, p);
    if (named ? !(p.present === 0 || dateShare >= 0.5) : !(p.present > 0 && dateShare >= 0.8 && numeric < 0.5)) return;
    const sameGroup = textGroup !== null && groupOf(column) === textGroup;
    const score = (sameGroup ? 3 : 0) + feedbackDateStrength(words) + (named ? 1 : 0) - (p.present === 0 ? 2 : 0);
    scored.push({ column, score, named, index });
  });
  scored.sort((a, b) => b.score - a.score || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
  const best = scored[0];
  if (best === undefined) return null;
  const next = scored[1];
  return { column: best.column, detectedBy: best.named ? 'header' : 'values', runnerUp: next !== undefined && next.score === best.score ? next.column : null };
}
