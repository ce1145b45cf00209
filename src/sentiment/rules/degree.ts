/** Degree adverbs ("very", "slightly", "kind of"; model/modifiers.ts) scale the next sentiment word. */
import { constants } from '../constants.js';
import { addEvent, type ClauseState } from '../clause-state.js';
import { EV_DAMPENER, EV_INTENSIFIER } from '../rule-events.js';

/**
 * A degree adverb (factor f, its words `term`) from token `start` to token `last`; right after another one the
 * factors multiply ("really very").
 */
export function openDegree(state: ClauseState, start: number, last: number, f: number, term: string): void {
  state.degree = state.degreeAt >= 0 && start - state.degreeAt <= 1 ? state.degree * f : f;
  state.degreeAt = last;
  state.degreeTerm = term;
}

/** Degree step for a sentiment word at token i of valence v: the open adverb within reach multiplies it once. */
export function applyDegree(state: ClauseState, v: number, i: number): number {
  if (state.degreeAt < 0 || i - state.degreeAt > constants.degreeWindow || state.degree === 1) return v;
  const nv = v * state.degree;
  state.contributions?.push({ term: state.degreeTerm, source: state.degree > 1 ? 'intensifier' : 'dampener', effect: nv - v });
  addEvent(state, state.degree > 1 ? EV_INTENSIFIER : EV_DAMPENER, 1);
  state.degreeAt = -1;
  state.degree = 1;
  return nv;
}
