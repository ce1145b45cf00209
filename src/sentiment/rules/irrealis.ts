/** Irrealis (SO-CAL, Taboada et al. 2011): conditionals and unmet expectations do not state an opinion. */
import type { Token } from '../../tokenize/types.js';
import { COUNTERFACTUAL_MODALS, WISH_OBJECTS } from '../model/rule-words.js';

/** Irrealis state of a clause: none, an "if" clause, an unmet expectation or counterfactual. */
export const IRREALIS_NONE = 0;
export const IRREALIS_CONDITIONAL = 1;
export const IRREALIS_UNMET = 2;

/** "expected", "had hoped", "was hoping", "supposed to", "I wish it …", "could have", "would've". */
export function isIrrealisMarker(tokens: readonly Token[], i: number, w: string): boolean {
  const prev = tokens[i - 1]?.norm;
  const next = tokens[i + 1]?.norm;
  switch (w) {
    case 'expected':
    case 'hoped':
      return true;
    case 'supposed':
      return next === 'to';
    case 'expect':
      return next === 'better' || next === 'more' || next === 'much'; // "I expect better"; not "I expect great things"
    case 'hoping':
      return prev === 'was' || prev === 'were' || prev === 'been';
    case 'wish':
    case 'wished':
      return next !== undefined && WISH_OBJECTS.has(next);
    default:
      if (!COUNTERFACTUAL_MODALS.has(w)) return false;
      return w.endsWith("'ve") || w.endsWith('ve') || next === 'have';
  }
}
