/**
 * Negation (docs/sentiment.md, "Negation"): opening a scope, whether a sentiment word is in it, what negation does
 * to it, and the clause-end rules it leaves behind (absence, "still not"); helpers for scope length, prohibitions
 * ("don't buy") and comparative context ("couldn't be happier").
 */
import type { Token } from '../../tokenize/types.js';
import type { LexEntry } from '../lexicon.js';
import { constants } from '../constants.js';
import { addEffect, addEvent, addSpanEffect, type ClauseState } from '../clause-state.js';
import { EV_FAILURE, EV_NEGATED_POS, EV_NEGATION } from '../rule-events.js';
import { modalNegators } from '../model/modifiers.js';
import {
  ADDRESSEES, COMPARATIVE_CONTEXT, LACK_WORDS, MODALS, NEGATION_BREAKERS, NON_NEGATOR_AFTER, RARELY, REASSURANCE, SCOPE_FUNCTION_WORDS,
  SHORT_SCOPE_NEGATORS, SO_WORDS,
} from '../model/rule-words.js';
import { hasBetween, tokensText } from './tokens.js';

const MODAL_NEGATORS: ReadonlySet<string> = new Set(modalNegators);

export function isComparativeContext(tokens: readonly Token[], negAt: number, at: number): boolean {
  const word = (tokens[at] as Token).norm;
  const prev = (tokens[at - 1] as Token).norm;
  if (!(word.endsWith('er') || word === 'better' || word === 'worse' || prev === 'more')) return false;
  for (let k = negAt + 1; k < at; k++) if (COMPARATIVE_CONTEXT.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Content words strictly between a negator and a sentiment word (function words do not count). */
export function contentWordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && !SCOPE_FUNCTION_WORDS.has(t.norm)) n++;
  }
  return n;
}

/** A clause-initial "don't …", "do not …": a prohibition, i.e. a warning when the word is negative. */
export function isProhibitive(tokens: readonly Token[], from: number, negAt: number): boolean {
  const w = (tokens[negAt] as Token).norm;
  // an addressee or softener may come first: "please don't", "everyone do not", "just don't"
  let start = from;
  while (start < negAt && ADDRESSEES.has((tokens[start] as Token).norm)) start++;
  if (negAt === start) return w === "don't" || w === 'dont';
  return negAt === start + 1 && w === 'not' && (tokens[start] as Token).norm === 'do';
}

/**
 * A negator w at token i opens a scope, unless it is not one here ("no doubt", "not only", "No." as an answer).
 * "still" before it is an unresolved problem; "no"/"lacking" also open an absence ("no instructions").
 */
export function openNegation(state: ClauseState, tokens: readonly Token[], i: number, from: number, to: number, w: string): void {
  const next = tokens[i + 1];
  const skip = NON_NEGATOR_AFTER.get(w);
  if (next !== undefined && skip !== undefined && skip.has(next.norm)) return;
  if (next === undefined || i + 1 >= to || next.kind === 'punct') return;
  if (NEGATION_BREAKERS.has(next.norm)) return;
  if (i > from && (tokens[i - 1] as Token).norm === 'still') state.stillNot = true;
  state.negAt = i;
  state.negWord = w;
  if (w === 'no' || LACK_WORDS.has(w)) {
    state.absenceAt = i;
    state.absenceEffect = constants.absence;
  }
}

/**
 * "failed to", "unable to", "refused to" (w at token i, "to" next): negates what follows; if nothing there carries
 * sentiment, the failure itself counts (the word's own valence, at least as bad as `absence`).
 */
export function openFailure(state: ClauseState, i: number, w: string, valence: number): void {
  state.negAt = i + 1;
  state.negWord = w;
  state.absenceAt = i + 1;
  state.absenceEffect = Math.min(valence, constants.absence);
}

/** "not loud enough", "not enough space" ("enough" at token i within 2 content words of the negator): falls short. */
export function notEnough(state: ClauseState, tokens: readonly Token[], i: number): boolean {
  if (state.negAt < 0 || contentWordsBetween(tokens, state.negAt, i) > 2) return false;
  addEffect(state, state.contributions === null ? '' : `${tokensText(tokens, state.negAt, state.negAt + 1)} … enough`, 'negation', constants.notEnough, EV_FAILURE);
  state.negAt = -1;
  return true;
}

/**
 * Whether the sentiment word t at token i is in the open negation scope: within the first 3 content words (2 after
 * "no", "without", "lacking"), not an emoji, and not a phrase that carries its own negation ("not as described").
 * A scope out of reach is closed (later words are farther still, which keeps the clause pass linear).
 */
export function inNegationScope(state: ClauseState, tokens: readonly Token[], i: number, t: Token, phraseHasNegator: boolean): boolean {
  if (state.negAt < 0) return false;
  if (contentWordsBetween(tokens, state.negAt, i) >= (SHORT_SCOPE_NEGATORS.has(state.negWord) ? 2 : constants.negationWindow)) {
    state.negAt = -1;
    return false;
  }
  return t.kind !== 'emoji' && t.kind !== 'emoticon' && !phraseHasNegator;
}

/**
 * Negation step for a sentiment word in scope (token i, `span` tokens, valence v): the entry's own negated value
 * ("doesn't work"); modal or "never" + comparative keeps the sign × 1.5 ("couldn't be happier"); "never been so
 * happy" × 1.3; a prohibition keeps a complaint ("don't waste your money"); otherwise positive × negatePositive
 * (VADER) and negative × negateNegative. The scope then closes unless a list follows ("not fast or cheap").
 */
export function applyNegation(state: ClauseState, v: number, entry: LexEntry, tokens: readonly Token[], i: number, span: number, from: number): number {
  const negAt = state.negAt;
  const negWord = state.negWord;
  const t = tokens[i] as Token;
  let nv: number;
  if (entry.negated !== undefined) nv = entry.negated;
  else if ((MODAL_NEGATORS.has(negWord) || negWord === 'never' || (negWord === 'not' && MODALS.has(tokens[negAt - 1]?.norm ?? ''))) && v !== 0 && isComparativeContext(tokens, negAt, i)) nv = v * 1.5;
  else if (RARELY.has(negWord) && hasBetween(tokens, negAt, i, SO_WORDS)) nv = v * 1.3;
  else if (v < 0 && isProhibitive(tokens, from, negAt) && !REASSURANCE.has(t.norm)) nv = v;
  else nv = v > 0 ? v * constants.negatePositive : v * constants.negateNegative;
  if (negAt === state.absenceAt) state.absenceAt = -1;
  if (nv !== v) {
    if (state.contributions !== null) state.contributions.push({ term: tokensText(tokens, negAt, negAt + 1), source: 'negation', effect: nv - v });
    addEvent(state, EV_NEGATION, 1);
    if (v > 0) addEvent(state, EV_NEGATED_POS, 1);
  } else if (state.contributions !== null) state.contributions.push({ term: tokensText(tokens, negAt, negAt + 1), source: 'warning', effect: 0 });
  const after = tokens[i + span];
  if (after === undefined || (after.norm !== 'or' && after.norm !== 'nor' && after.norm !== ',')) state.negAt = -1;
  return nv;
}

/** End of clause: a "no" that negated nothing reports something missing ("no instructions", "battery has no life"). */
export function closeAbsence(state: ClauseState, tokens: readonly Token[], to: number): void {
  if (state.absenceAt < 0) return;
  addSpanEffect(state, tokens, state.absenceAt, Math.min(state.absenceAt + 2, to), 'absence', state.absenceEffect, EV_FAILURE);
}

/** End of clause: "still not here", "still haven't received" is an unresolved problem. */
export function closeStillNot(state: ClauseState): void {
  if (state.stillNot) addEffect(state, 'still not', 'unresolved', constants.stillNot, EV_FAILURE);
}
