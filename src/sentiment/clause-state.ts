/**
 * The typed state one clause is scored in (docs/sentiment.md, "Rules inside a clause"). The scorer walks a clause's
 * tokens once; each rule (./rules/*.ts) is a function that reads and updates this state. One state object is reused
 * for every clause of every comment a scorer sees (reset by `beginClause`), so scoring allocates no rule state.
 */
import type { Token } from '../tokenize/types.js';
import type { Contribution } from './types.js';
import { constants } from './constants.js';
import { EV_EMOJI, EV_NEG_N, EV_NEG_SUM, EV_POS_N, EV_POS_SUM } from './rule-events.js';
import { tokensText } from './rules/tokens.js';

/** Irrealis state of a clause: none, an "if" clause, an unmet expectation or counterfactual (./rules/irrealis.ts). */
export const IRREALIS_NONE = 0;
export const IRREALIS_CONDITIONAL = 1;
export const IRREALIS_UNMET = 2;

export type ClauseState = {
  /** Raw valence of the clause so far (the sum of every effect). */
  x: number;
  /** Token index of the open negator (−1: none) and the negator's norm. */
  negAt: number;
  negWord: string;
  /** Open degree adverb: factor, token index (−1: none) and the words, for the contribution. */
  degree: number;
  degreeAt: number;
  degreeTerm: string;
  /** "!" and "?" marks in the clause. */
  exclamations: number;
  questionMarks: number;
  /** "still" right before a negator. */
  stillNot: boolean;
  /** A "no"/"lacking"/"failed to" that has not negated anything yet (−1: none), and what it adds if it never does. */
  absenceAt: number;
  absenceEffect: number;
  /** Open "buy/order/use …" (−1: none), and whether it was negated ("won't buy"). */
  repurchaseAt: number;
  repurchaseNegated: boolean;
  /** IRREALIS_NONE | IRREALIS_CONDITIONAL | IRREALIS_UNMET, and the word that opened it. */
  irrealis: number;
  irrealisTerm: string;
  /** Where effects are explained (null in bulk mode). */
  contributions: Contribution[] | null;
  /** The comment's rule evidence (slots in ./rule-events.ts), summed over its clauses. */
  readonly ev: Float64Array;
};

export function createClauseState(ev: Float64Array): ClauseState {
  return {
    x: 0, negAt: -1, negWord: '', degree: 1, degreeAt: -1, degreeTerm: '', exclamations: 0, questionMarks: 0, stillNot: false,
    absenceAt: -1, absenceEffect: constants.absence, repurchaseAt: -1, repurchaseNegated: false, irrealis: IRREALIS_NONE, irrealisTerm: '',
    contributions: null, ev,
  };
}

/** Resets the state for the clause tokens[from, …): a clause opened by "if" is conditional (irrealis). */
export function beginClause(state: ClauseState, tokens: readonly Token[], from: number, contributions: Contribution[] | null): void {
  state.x = 0;
  state.negAt = -1;
  state.negWord = '';
  state.degree = 1;
  state.degreeAt = -1;
  state.degreeTerm = '';
  state.exclamations = 0;
  state.questionMarks = 0;
  state.stillNot = false;
  state.absenceAt = -1;
  state.absenceEffect = constants.absence;
  state.repurchaseAt = -1;
  state.repurchaseNegated = false;
  const first = tokens[from] as Token;
  state.irrealis = first.norm === 'if' ? IRREALIS_CONDITIONAL : IRREALIS_NONE;
  state.irrealisTerm = first.norm === 'if' ? first.text : '';
  state.contributions = contributions;
}

/** Adds evidence to an event slot. */
export function addEvent(state: ClauseState, slot: number, v: number): void {
  state.ev[slot] = (state.ev[slot] as number) + v;
}

/** A rule's effect on the clause: adds it to x, explains it (when collecting) and records it in an event slot. */
export function addEffect(state: ClauseState, term: string, source: string, effect: number, slot: number): void {
  state.contributions?.push({ term, source, effect });
  state.x += effect;
  if (slot >= 0) addEvent(state, slot, effect);
}

/**
 * Like addEffect, with the term being the tokens [from, to) as written; the text is only built when collecting
 * contributions (bulk scoring builds no strings).
 */
export function addSpanEffect(state: ClauseState, tokens: readonly Token[], from: number, to: number, source: string, effect: number, slot: number): void {
  if (state.contributions !== null) state.contributions.push({ term: tokensText(tokens, from, to), source, effect });
  state.x += effect;
  if (slot >= 0) addEvent(state, slot, effect);
}

/** The last step for a sentiment word: its final valence v joins the clause and the positive/negative/emoji evidence. */
export function addWordValence(state: ClauseState, t: Token, v: number): void {
  state.x += v;
  if (t.kind === 'emoji' || t.kind === 'emoticon') addEvent(state, EV_EMOJI, v);
  else if (v > 0) {
    addEvent(state, EV_POS_SUM, v);
    addEvent(state, EV_POS_N, 1);
  } else if (v < 0) {
    addEvent(state, EV_NEG_SUM, v);
    addEvent(state, EV_NEG_N, 1);
  }
}
