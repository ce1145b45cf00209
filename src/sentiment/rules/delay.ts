/** Delay and failure events: a duration "later", a missed promise, a recurring problem. */
import type { Token } from '../../tokenize/types.js';
import { PROMISE_WORDS, QUANTITIES, RECURRING_NEUTRAL, TIME_UNITS } from '../model/rule-words.js';
import { constants } from '../constants.js';
import { addSpanEffect, type ClauseState } from '../clause-state.js';
import { EV_FAILURE } from '../rule-events.js';

/**
 * Delay and recurring-problem step at token i (norm w) of a clause ending at `to`: "came 3 weeks later", "two days
 * behind", "three days after the date you promised" (delay); "the link kept expiring" (recurring, when the -ing verb
 * has no valence of its own: `hasValence`). Returns the tokens consumed (0: the rule did not fire).
 */
export function delayStep(state: ClauseState, tokens: readonly Token[], i: number, to: number, w: string, hasValence: (norm: string) => boolean): number {
  if ((w === 'later' || w === 'behind' || w === 'overdue') && isDuration(tokens, i - 1)) {
    addSpanEffect(state, tokens, i - 2, i + 1, 'delay', constants.delay, EV_FAILURE);
    return 1;
  }
  if (w === 'after' && isDuration(tokens, i - 1) && promiseAhead(tokens, i + 1, to)) {
    addSpanEffect(state, tokens, i - 2, i + 1, 'delay', constants.delay, EV_FAILURE);
    return 1;
  }
  if ((w === 'keeps' || w === 'kept') && i + 1 < to && isRecurringFailure(tokens[i + 1] as Token) && !hasValence((tokens[i + 1] as Token).norm)) {
    addSpanEffect(state, tokens, i, i + 2, 'recurring', constants.recurring, EV_FAILURE);
    return 2;
  }
  return 0;
}

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
