/** Delay and failure events: a duration "later", a missed promise, a recurring problem. */
import type { Token } from '../../tokenize/types.js';
import { PROMISE_WORDS, QUANTITIES, RECURRING_NEUTRAL, TIME_UNITS } from '../model/rule-words.js';

/** A promise word within the next 5 tokens of the clause ("after the date you promised"). */
export function promiseAhead(tokens: readonly Token[], from: number, to: number): boolean {
  const end = Math.min(to, from + 5);
  for (let k = from; k < end; k++) if (PROMISE_WORDS.has((tokens[k] as Token).norm)) return true;
  return false;
}

export function isDuration(tokens: readonly Token[], at: number): boolean {
  const unit = tokens[at];
  const q = tokens[at - 1];
  if (unit === undefined || q === undefined || !TIME_UNITS.has(unit.norm)) return false;
  return q.kind === 'number' || QUANTITIES.has(q.norm);
}

/** "expiring", "logging": an -ing verb after "kept"/"keeps" (sentiment-bearing ones are scored as words). */
export function isRecurringFailure(t: Token): boolean {
  return t.kind === 'word' && t.norm.length > 5 && t.norm.endsWith('ing') && !RECURRING_NEUTRAL.has(t.norm);
}
