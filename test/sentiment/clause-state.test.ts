// The clause state the rule steps share (src/sentiment/clause-state.ts).
import { describe, expect, it } from 'vitest';
import { addEffect, addSpanEffect, addWordValence, beginClause, createClauseState, IRREALIS_CONDITIONAL, IRREALIS_NONE } from '../../src/sentiment/clause-state.js';
import { EV_EMOJI, EV_FAILURE, EV_NEG_N, EV_NEG_SUM, EV_POS_N, EV_POS_SUM, RULE_EVENT_COUNT } from '../../src/sentiment/rule-events.js';
import type { Contribution } from '../../src/sentiment/types.js';
import { tokenize } from '../../src/tokenize/index.js';

describe('beginClause', () => {
  it('resets every field, and a clause opened by "if" is conditional', () => {
    const state = createClauseState(new Float64Array(RULE_EVENT_COUNT));
    Object.assign(state, { x: 3, negAt: 2, degree: 1.3, degreeAt: 1, exclamations: 2, stillNot: true, absenceAt: 4, repurchaseAt: 1 });
    const tokens = tokenize('if it breaks, call us');
    beginClause(state, tokens, 0, null);
    expect(state).toMatchObject({ x: 0, negAt: -1, degree: 1, degreeAt: -1, exclamations: 0, stillNot: false, absenceAt: -1, repurchaseAt: -1, irrealis: IRREALIS_CONDITIONAL, irrealisTerm: 'if' });
    beginClause(state, tokens, 4, null);
    expect(state.irrealis).toBe(IRREALIS_NONE);
  });
});

describe('effects', () => {
  it('addEffect and addSpanEffect add to x and to an event slot, and explain only when collecting', () => {
    const tokens = tokenize('three weeks later');
    const bulk = createClauseState(new Float64Array(RULE_EVENT_COUNT));
    beginClause(bulk, tokens, 0, null);
    addSpanEffect(bulk, tokens, 0, 3, 'delay', -1.2, EV_FAILURE);
    addEffect(bulk, 'still not', 'unresolved', -1.2, EV_FAILURE);
    expect(bulk.x).toBeCloseTo(-2.4, 12);
    expect(bulk.ev[EV_FAILURE]).toBeCloseTo(-2.4, 12);
    const explained: Contribution[] = [];
    const state = createClauseState(new Float64Array(RULE_EVENT_COUNT));
    beginClause(state, tokens, 0, explained);
    addSpanEffect(state, tokens, 0, 3, 'delay', -1.2, -1);
    expect(explained).toEqual([{ term: 'three weeks later', source: 'delay', effect: -1.2 }]);
    expect(state.ev[EV_FAILURE]).toBe(0); // slot −1: no event
  });
  it('addWordValence sorts a word into the positive, negative or emoji evidence', () => {
    const tokens = tokenize('good bad 👍');
    const state = createClauseState(new Float64Array(RULE_EVENT_COUNT));
    beginClause(state, tokens, 0, null);
    addWordValence(state, tokens[0]!, 1.9);
    addWordValence(state, tokens[1]!, -2.5);
    addWordValence(state, tokens[2]!, 1.5);
    expect(state.x).toBeCloseTo(0.9, 12);
    expect([state.ev[EV_POS_SUM], state.ev[EV_POS_N], state.ev[EV_NEG_SUM], state.ev[EV_NEG_N], state.ev[EV_EMOJI]]).toEqual([1.9, 1, -2.5, 1, 1.5]);
  });
});
