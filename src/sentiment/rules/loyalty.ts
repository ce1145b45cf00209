/** Loyalty and churn: "will order again" (+), "won't use them again" (−), "don't buy" as a warning to others. */
import type { Token } from '../../tokenize/types.js';
import { constants } from '../constants.js';
import { addSpanEffect, type ClauseState } from '../clause-state.js';
import { EV_FAILURE, EV_LOYALTY } from '../rule-events.js';
import { contentWordsBetween, isProhibitive } from './negation.js';

/**
 * A verb of coming back (buy, order, use, visit, recommend…) at token i opens the loyalty scope, negated when an
 * open negation reaches it. Right after a clause-initial "don't"/"do not" it is a warning ("DO NOT ORDER": churn);
 * returns true then (the token is consumed and the negation closed).
 */
export function repurchaseStep(state: ClauseState, tokens: readonly Token[], i: number, from: number): boolean {
  const negAt = state.negAt;
  state.repurchaseAt = i;
  state.repurchaseNegated = negAt >= 0 && contentWordsBetween(tokens, negAt, i) < constants.negationWindow;
  if (!(negAt >= 0 && negAt === i - 1 && isProhibitive(tokens, from, negAt))) return false;
  addSpanEffect(state, tokens, negAt, i + 1, 'warning', constants.churn, EV_FAILURE);
  state.repurchaseAt = -1;
  state.negAt = -1;
  return true;
}

/** "again" at token i after an open repurchase verb: loyalty, or churn when the verb was negated. Returns true if it fired. */
export function againStep(state: ClauseState, tokens: readonly Token[], i: number): boolean {
  if (state.repurchaseAt < 0) return false;
  const churn = state.repurchaseNegated;
  addSpanEffect(state, tokens, state.repurchaseAt, i + 1, churn ? 'churn' : 'loyalty', churn ? constants.churn : constants.loyalty, churn ? EV_FAILURE : EV_LOYALTY);
  state.repurchaseAt = -1;
  return true;
}
