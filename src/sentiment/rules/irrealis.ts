/** Irrealis (SO-CAL, Taboada et al. 2011): conditionals and unmet expectations do not state an opinion. */
import type { Token } from '../../tokenize/types.js';
import { ACCUSTOMED, COUNTERFACTUAL_MODALS, WISH_OBJECTS } from '../model/rule-words.js';

import type { LexEntry } from '../lexicon.js';
import { constants } from '../constants.js';
import { addEvent, IRREALIS_CONDITIONAL, IRREALIS_NONE, IRREALIS_UNMET, type ClauseState } from '../clause-state.js';
import { EV_IRREALIS } from '../rule-events.js';

export { IRREALIS_CONDITIONAL, IRREALIS_NONE, IRREALIS_UNMET };

/** "expected", "had hoped", "was hoping", "supposed to", "used to", "I wish it …", "could have", "would've". */
export function isIrrealisMarker(tokens: readonly Token[], i: number, w: string): boolean {
  const prev = tokens[i - 1]?.norm;
  const next = tokens[i + 1]?.norm;
  switch (w) {
    case 'expected':
    case 'hoped':
      return true;
    case 'supposed':
      return next === 'to';
    case 'used':
      // "used to be great", "I used to love this app": a past that no longer holds; not "got used to it"
      return next === 'to' && (prev === undefined || !ACCUSTOMED.has(prev));
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

/** An irrealis marker at token i: opens an unmet expectation unless the clause already has an irrealis state. */
export function openIrrealis(state: ClauseState, w: string): void {
  if (state.irrealis !== IRREALIS_NONE) return;
  state.irrealis = IRREALIS_UNMET;
  state.irrealisTerm = w;
}

/**
 * Irrealis step for a sentiment word of valence v: in an "if" clause praise is hypothetical and counts 0 ("if you
 * want a good kettle"), while a complaint usually is not ("if you use it in a car, forget it"); after an unmet
 * expectation or a counterfactual praise turns into disappointment × unmetExpectation ("expected better"). Domain
 * (cx, custom) entries and emoji are left alone. Returns the new valence.
 */
export function applyIrrealis(state: ClauseState, v: number, entry: LexEntry, t: Token): number {
  if (state.irrealis === IRREALIS_NONE || v === 0 || entry.source === 'cx' || entry.source === 'custom' || t.kind !== 'word') return v;
  const nv = v < 0 ? v : state.irrealis === IRREALIS_CONDITIONAL ? 0 : v * constants.unmetExpectation;
  if (nv !== v) {
    state.contributions?.push({ term: state.irrealisTerm, source: 'irrealis', effect: nv - v });
    addEvent(state, EV_IRREALIS, 1);
  }
  return nv;
}
