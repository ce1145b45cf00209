// The per-word and clause-end rule steps other than negation (src/sentiment/rules/*.ts), one describe per rule.
// Expected values worked by hand from src/sentiment/constants.ts (VADER's caps 0.733 and "!" 0.292; the cx constants).
import { describe, expect, it } from 'vitest';
import { applyDegree, openDegree } from '../../../src/sentiment/rules/degree.js';
import { applyIrrealis, IRREALIS_CONDITIONAL, isIrrealisMarker, openIrrealis } from '../../../src/sentiment/rules/irrealis.js';
import { applyEmphasis, closeExclamation } from '../../../src/sentiment/rules/emphasis.js';
import { delayStep } from '../../../src/sentiment/rules/delay.js';
import { againStep, repurchaseStep } from '../../../src/sentiment/rules/loyalty.js';
import { closeQuestion, isComplaintQuestion, isInfoQuestion } from '../../../src/sentiment/rules/questions.js';
import { openNegation } from '../../../src/sentiment/rules/negation.js';
import { EV_COMPLAINT_QUESTION, EV_DAMPENER, EV_FAILURE, EV_INFO_QUESTION, EV_INTENSIFIER, EV_IRREALIS, EV_LOYALTY } from '../../../src/sentiment/rule-events.js';
import type { LexEntry } from '../../../src/sentiment/lexicon.js';
import { clause } from './_state.js';

const vader = (term: string, valence: number): LexEntry => ({ term, valence, negated: undefined, source: 'vader' });
const never = (): boolean => false;

describe('rules/degree', () => {
  it('"very good": 1.9 × 1.3 = 2.47, once', () => {
    const { state } = clause('very good');
    openDegree(state, 0, 0, 1.3, 'very');
    expect(applyDegree(state, 1.9, 1)).toBeCloseTo(2.47, 10);
    expect(state.ev[EV_INTENSIFIER]).toBe(1);
    expect(applyDegree(state, 1.9, 1)).toBe(1.9);
  });
  it('"really very" multiplies; "slightly" dampens; out of reach (4 tokens) does nothing', () => {
    const { state } = clause('x');
    openDegree(state, 0, 0, 1.3, 'really');
    openDegree(state, 1, 1, 1.3, 'very');
    expect(state.degree).toBeCloseTo(1.69, 10);
    openDegree(state, 5, 5, 0.55, 'slightly');
    expect(applyDegree(state, 2, 9)).toBe(2);
    expect(applyDegree(state, 2, 6)).toBeCloseTo(1.1, 10);
    expect(state.ev[EV_DAMPENER]).toBe(1);
  });
});

describe('rules/irrealis', () => {
  it('an "if" clause blocks praise but keeps complaints', () => {
    const { state, tokens } = clause('if you want a good kettle');
    expect(state.irrealis).toBe(IRREALIS_CONDITIONAL);
    expect(applyIrrealis(state, 1.9, vader('good', 1.9), tokens[4]!)).toBe(0);
    expect(applyIrrealis(state, -2.5, vader('bad', -2.5), tokens[4]!)).toBe(-2.5);
    expect(state.ev[EV_IRREALIS]).toBe(1);
  });
  it('"expected better": praise × −0.5', () => {
    const { state, tokens } = clause('I expected better');
    openIrrealis(state, 'expected');
    expect(applyIrrealis(state, 1.9, vader('better', 1.9), tokens[2]!)).toBe(-0.95);
  });
});

describe('rules/emphasis', () => {
  it('ALL CAPS in mixed case: 1.9 + 0.733; stretched: + 0.3', () => {
    const { state, tokens } = clause('so GOOD');
    expect(applyEmphasis(state, 1.9, tokens[1]!, true, false)).toBeCloseTo(2.633, 10);
    expect(applyEmphasis(state, -1.9, tokens[0]!, false, true)).toBeCloseTo(-2.2, 10);
  });
  it('closeExclamation: "!!!" on x = 2 adds 3 × 0.292 = 0.876', () => {
    const { state } = clause('great!!!');
    state.x = 2;
    state.exclamations = 3;
    closeExclamation(state);
    expect(state.x).toBeCloseTo(2.876, 10);
    expect(state.contributions).toEqual([{ term: '!!!', source: 'exclamation', effect: expect.closeTo(0.876, 10) }]);
  });
});

describe('rules/delay', () => {
  it('"came 3 weeks later" is a delay (−1.2); "later today" is not', () => {
    const a = clause('came 3 weeks later');
    expect(delayStep(a.state, a.tokens, 3, a.tokens.length, 'later', never)).toBe(1);
    expect(a.state.x).toBe(-1.2);
    expect(a.state.ev[EV_FAILURE]).toBe(-1.2);
    const b = clause('see you later today');
    expect(delayStep(b.state, b.tokens, 2, b.tokens.length, 'later', never)).toBe(0);
  });
  it('"kept expiring" is a recurring problem (−0.8, two tokens); "kept smiling" is not when smiling has valence', () => {
    const a = clause('the link kept expiring');
    expect(delayStep(a.state, a.tokens, 2, a.tokens.length, 'kept', never)).toBe(2);
    expect(a.state.x).toBe(-0.8);
    const b = clause('she kept smiling');
    expect(delayStep(b.state, b.tokens, 1, b.tokens.length, 'kept', (w) => w === 'smiling')).toBe(0);
  });
});

describe('rules/loyalty', () => {
  it('"will order again": +1.5 loyalty', () => {
    const { state, tokens } = clause('will order again');
    expect(repurchaseStep(state, tokens, 1, 0)).toBe(false);
    expect(againStep(state, tokens, 2)).toBe(true);
    expect(state.x).toBe(1.5);
    expect(state.ev[EV_LOYALTY]).toBe(1.5);
  });
  it('"won\'t use them again": −2.2 churn; "don\'t buy" at clause start: a warning (−2.2)', () => {
    const a = clause("won't use them again");
    openNegation(a.state, a.tokens, 0, 0, a.tokens.length, "won't");
    repurchaseStep(a.state, a.tokens, 1, 0);
    againStep(a.state, a.tokens, 3);
    expect(a.state.x).toBe(-2.2);
    const b = clause("don't buy this");
    openNegation(b.state, b.tokens, 0, 0, b.tokens.length, "don't");
    expect(repurchaseStep(b.state, b.tokens, 1, 0)).toBe(true);
    expect(b.state.contributions).toEqual([{ term: "don't buy", source: 'warning', effect: -2.2 }]);
  });
});

describe('rules/questions', () => {
  it.each([
    ['how do I get a refund', 0, true],
    ['please send the invoice', 0, true],
    ['can you call me', 0, true],
    ['is the store open on Sunday?', 1, true],
    ['what a great day', 0, false],
    ['when it arrived it was broken', 0, false],
  ])('isInfoQuestion(%j)', (text, marks, expected) => {
    const { tokens } = clause(text);
    expect(isInfoQuestion(tokens, 0, marks, (w) => w === 'great')).toBe(expected);
  });
  it('closeQuestion damps an information question to 35 %: x = 2 → 0.7', () => {
    const { state, tokens } = clause('how do I keep it clean?');
    state.x = 2;
    state.questionMarks = 1;
    closeQuestion(state, tokens, 0, never);
    expect(state.x).toBeCloseTo(0.7, 10);
    expect(state.ev[EV_INFO_QUESTION]).toBe(1);
  });
  it('a complaint question is not damped; "???" adds 2 × 0.18 in its direction', () => {
    const { state, tokens } = clause('why is my refund still not here???');
    expect(isComplaintQuestion(tokens, 0)).toBe(true);
    state.x = -2;
    state.questionMarks = 3;
    closeQuestion(state, tokens, 0, never);
    expect(state.x).toBeCloseTo(-2.36, 10);
    expect(state.ev[EV_COMPLAINT_QUESTION]).toBe(1);
  });
});

describe('rules/irrealis: "used to"', () => {
  it.each([
    ['it used to be great', 'used', true],
    ['I used to love this app', 'used', true],
    ['I got used to it', 'used', false],
    ['we used the voucher', 'used', false],
  ])('isIrrealisMarker(%j)', (text, word, expected) => {
    const { tokens, at } = clause(text);
    expect(isIrrealisMarker(tokens, at(word), word)).toBe(expected);
  });
});
