/**
 * Which scale a score column uses, from its values and its header. NPS is 0-10 by definition
 * (Reichheld 2003); CSAT is asked on 1-5, 1-7 or 1-10; ratings are stars (1-5, half-stars
 * allowed), ten-point or percentage scales.
 */
import { headerScale } from './_header-words.js';
import type { Profile } from './_profile.js';
import type { Scale } from './types.js';

/** Fewest values before "never leaves 1-5" is evidence that a column is not NPS. */
export const NPS_EVIDENCE = 10;

/** True when a column offered as NPS holds enough values and none outside 1-5. */
export function neverLeavesOneToFive(p: Profile): boolean {
  return p.numbers.length >= NPS_EVIDENCE && p.numbers.every((n) => n >= 1 && n <= 5);
}

/** Share of the values a scale must hold: a stray 7 in a thousand 1-5 answers is an entry error, not a 1-7 scale. */
const COVERS = 0.98;

/** The smallest of the maxima whose range [0, max] holds COVERS of the numbers (the last when none does). */
function smallestCovering(numbers: readonly number[], maxima: readonly number[]): number {
  for (const max of maxima) {
    let inside = 0;
    for (const n of numbers) if (n >= 0 && n <= max) inside += 1;
    if (numbers.length === 0 || inside >= COVERS * numbers.length) return max;
  }
  return maxima[maxima.length - 1] as number;
}

/** 1-5, 1-7 or 1-10: a scale written in the header, else the smallest holding 98% of the values. */
export function csatScale(p: Profile, header: string): Scale {
  const written = headerScale(header);
  if (written !== null && (written.max === 5 || written.max === 7 || written.max === 10)) return { min: 1, max: written.max };
  return { min: 1, max: smallestCovering(p.numbers, [5, 7, 10]) };
}

/** The scale written in the header (`Note (1-5)`, `/10`, `%`), else the smallest of 1-5 (half-stars included), 0-10 / 1-10 and 0-100 that holds 98% of the values. */
export function ratingScale(p: Profile, header: string): Scale {
  const written = headerScale(header);
  if (written !== null) return written;
  const numbers = p.numbers.filter((n) => n >= 0 && n <= 100);
  const max = smallestCovering(numbers, [5, 10, 100]);
  if (max === 100) return { min: 0, max: 100 };
  const min = numbers.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  return { min: min < 1 ? 0 : 1, max };
}
