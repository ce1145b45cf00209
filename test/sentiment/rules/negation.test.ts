// Negation steps (src/sentiment/rules/negation.ts). Expected values worked by hand from src/sentiment/constants.ts:
// negatePositive −0.74 (VADER's N_SCALAR), negateNegative −0.5, absence −0.8, stillNot −1.2, notEnough −1.2.
import { describe, expect, it } from 'vitest';
import { applyNegation, closeAbsence, closeStillNot, inNegationScope, notEnough, openNegation } from '../../../src/sentiment/rules/negation.js';
import { EV_FAILURE, EV_NEGATED_POS, EV_NEGATION } from '../../../src/sentiment/rule-events.js';
import type { LexEntry } from '../../../src/sentiment/lexicon.js';
import { clause } from './_state.js';

const word = (term: string, valence: number, negated?: number): LexEntry => ({ term, valence, negated, source: 'vader' });

describe('openNegation / inNegationScope / applyNegation', () => {
  it('"not good": 1.9 × −0.74 = −1.406, one negated praise, scope closed', () => {
    const { tokens, state, at } = clause('not good');
    openNegation(state, tokens, 0, 0, tokens.length, 'not');
    expect(state.negAt).toBe(0);
    expect(inNegationScope(state, tokens, at('good'), tokens[1]!, false)).toBe(true);
    expect(applyNegation(state, 1.9, word('good', 1.9), tokens, 1, 1, 0)).toBeCloseTo(-1.406, 10);
    expect(state.ev[EV_NEGATION]).toBe(1);
    expect(state.ev[EV_NEGATED_POS]).toBe(1);
    expect(state.negAt).toBe(-1);
    expect(state.contributions).toEqual([{ term: 'not', source: 'negation', effect: -1.406 - 1.9 }]);
  });
  it('"not bad": −2.5 × −0.5 = 1.25', () => {
    const { tokens, state } = clause('not bad');
    openNegation(state, tokens, 0, 0, tokens.length, 'not');
    expect(applyNegation(state, -2.5, word('bad', -2.5), tokens, 1, 1, 0)).toBe(1.25);
  });
  it('"couldn\'t be happier" keeps the sign × 1.5', () => {
    const { tokens, state } = clause("couldn't be happier");
    openNegation(state, tokens, 0, 0, tokens.length, "couldn't");
    expect(applyNegation(state, 2, word('happier', 2), tokens, 2, 1, 0)).toBe(3);
  });
  it('an entry\'s own negated value wins ("doesn\'t work" → −1.8 here)', () => {
    const { tokens, state } = clause("doesn't work");
    openNegation(state, tokens, 0, 0, tokens.length, "doesn't");
    expect(applyNegation(state, 0, word('work', 0, -1.8), tokens, 1, 1, 0)).toBe(-1.8);
  });
  it('"No." as an answer and "not only" open no scope', () => {
    const a = clause('no.');
    openNegation(a.state, a.tokens, 0, 0, a.tokens.length, 'no');
    expect(a.state.negAt).toBe(-1);
    const b = clause('not only cheap');
    openNegation(b.state, b.tokens, 0, 0, b.tokens.length, 'not');
    expect(b.state.negAt).toBe(-1);
  });
  it('the scope ends at 3 content words ("not staff member desk friendly": 3 between)', () => {
    const { tokens, state, at } = clause('not staff member desk friendly');
    openNegation(state, tokens, 0, 0, tokens.length, 'not');
    expect(inNegationScope(state, tokens, at('friendly'), tokens[at('friendly')]!, false)).toBe(false);
    expect(state.negAt).toBe(-1);
  });
});

describe('clause-end negation rules', () => {
  it('closeAbsence: "no instructions" adds −0.8 as a failure', () => {
    const { tokens, state } = clause('no instructions');
    openNegation(state, tokens, 0, 0, tokens.length, 'no');
    closeAbsence(state, tokens, tokens.length);
    expect(state.x).toBe(-0.8);
    expect(state.ev[EV_FAILURE]).toBe(-0.8);
    expect(state.contributions).toEqual([{ term: 'no instructions', source: 'absence', effect: -0.8 }]);
  });
  it('closeStillNot: "still not here" adds −1.2', () => {
    const { tokens, state } = clause('still not here');
    openNegation(state, tokens, 1, 0, tokens.length, 'not');
    expect(state.stillNot).toBe(true);
    closeStillNot(state);
    expect(state.x).toBe(-1.2);
  });
  it('notEnough: "not loud enough" adds −1.2 and closes the scope', () => {
    const { tokens, state, at } = clause('not loud enough');
    openNegation(state, tokens, 0, 0, tokens.length, 'not');
    expect(notEnough(state, tokens, at('enough'))).toBe(true);
    expect(state.x).toBe(-1.2);
    expect(state.negAt).toBe(-1);
  });
});
