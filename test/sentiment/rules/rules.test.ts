// One table per rule helper in src/sentiment/rules/ (the rule steps the scorer applies per clause).
import { describe, expect, it } from 'vitest';
import { isDuration, isRecurringFailure, promiseAhead } from '../../../src/sentiment/rules/delay.js';
import { collapse, hasStretch, isAllCaps, stripEmoji } from '../../../src/sentiment/rules/emphasis.js';
import { IRREALIS_NONE, isIrrealisMarker } from '../../../src/sentiment/rules/irrealis.js';
import { isCapitalised, isInName } from '../../../src/sentiment/rules/names.js';
import { contentWordsBetween, isComparativeContext, isProhibitive } from '../../../src/sentiment/rules/negation.js';
import { tokensText } from '../../../src/sentiment/rules/tokens.js';
import { tokenize } from '../../../src/tokenize/index.js';

const at = (text: string, word: string): [ReturnType<typeof tokenize>, number] => {
  const tokens = tokenize(text);
  return [tokens, tokens.findIndex((t) => t.norm === word)];
};

describe('rules/negation', () => {
  it('contentWordsBetween skips function words ("I don\'t think the staff were helpful": 1 content word)', () => {
    const [tokens] = at("I don't think the staff were helpful", 'x');
    expect(contentWordsBetween(tokens, 1, 6)).toBe(1); // staff
  });
  it.each([
    ["don't buy this", 0, true],
    ['please do not order here', 2, true],
    ['I do not like it', 2, false],
  ])('isProhibitive(%j)', (text, negAt, expected) => {
    expect(isProhibitive(tokenize(text), 0, negAt)).toBe(expected);
  });
  it('isComparativeContext: "couldn\'t be happier" yes, "couldn\'t find happier" no', () => {
    expect(isComparativeContext(tokenize("couldn't be happier"), 0, 2)).toBe(true);
    expect(isComparativeContext(tokenize("couldn't find happier"), 0, 2)).toBe(false);
  });
});

describe('rules/irrealis', () => {
  it.each([
    ['I expected better', 'expected', true],
    ['I expect great things', 'expect', false],
    ['it was supposed to arrive', 'supposed', true],
    ['I wish it worked', 'wish', true],
    ['could have been better', 'could', true],
    ['I could see it', 'could', false],
  ])('%j: %s is a marker: %s', (text, word, expected) => {
    const [tokens, i] = at(text, word);
    expect(isIrrealisMarker(tokens, i, word)).toBe(expected);
  });
  it('IRREALIS_NONE is the zero state', () => expect(IRREALIS_NONE).toBe(0));
});

describe('rules/delay', () => {
  it.each([
    ['it came 3 weeks later', 'weeks', true],
    ['two days behind', 'days', true],
    ['a few hours', 'hours', true],
    ['the weeks were long', 'weeks', false],
  ])('isDuration(%j)', (text, word, expected) => {
    const [tokens, i] = at(text, word);
    expect(isDuration(tokens, i)).toBe(expected);
  });
  it('promiseAhead finds "promised" within five tokens', () => {
    expect(promiseAhead(tokenize('the date you promised'), 0, 4)).toBe(true);
    expect(promiseAhead(tokenize('the date on the box'), 0, 5)).toBe(false);
  });
  it('isRecurringFailure: "expiring" yes, "improving" and short words no', () => {
    expect(isRecurringFailure(tokenize('expiring')[0]!)).toBe(true);
    expect(isRecurringFailure(tokenize('improving')[0]!)).toBe(false);
    expect(isRecurringFailure(tokenize('sing')[0]!)).toBe(false);
  });
});

describe('rules/names', () => {
  it('a capitalised pair inside a sentence is a name; a sentence start is not', () => {
    const tokens = tokenize('We stayed at Grand Ronde. Great place');
    expect(isInName(tokens, 3)).toBe(true); // Grand
    expect(isInName(tokens, 6)).toBe(false); // Great, after "."
    expect(isCapitalised('Grand')).toBe(true);
    expect(isCapitalised('GRAND')).toBe(false);
  });
});

describe('rules/emphasis', () => {
  it.each([
    ['GREAT', true], ['Great', false], ['I', false], ['OK!', true],
  ])('isAllCaps(%j) = %s', (s, expected) => expect(isAllCaps(s)).toBe(expected));
  it('stretched letters', () => {
    expect(hasStretch('soooo')).toBe(true);
    expect(hasStretch('good')).toBe(false);
    expect(collapse('goooood', 2)).toBe('good');
    expect(collapse('goooood', 1)).toBe('god');
  });
  it('stripEmoji drops skin tones and variation selectors, keeps the first pictograph of a ZWJ sequence', () => {
    expect(stripEmoji('👍🏽')).toBe('👍');
    expect(stripEmoji('❤️')).toBe('❤');
    expect(stripEmoji('🤦‍♀️')).toBe('🤦');
  });
});

describe('rules/tokens', () => {
  it('tokensText joins token texts with spaces', () => {
    expect(tokensText(tokenize("don't  buy it"), 0, 2)).toBe("don't buy");
  });
});
