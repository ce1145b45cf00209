// Wording cues for the learned layer (src/sentiment/rules/cues.ts): lukewarm words, stated ratings.
import { describe, expect, it } from 'vitest';
import { isLukewarm, statedRating } from '../../../src/sentiment/rules/cues.js';
import { tokenize } from '../../../src/tokenize/index.js';

const at = (text: string, norm: string): [ReturnType<typeof tokenize>, number] => {
  const tokens = tokenize(text);
  return [tokens, tokens.findIndex((t) => t.norm === norm)];
};

describe('isLukewarm', () => {
  it('finds lukewarm words and phrases', () => {
    for (const [text, w] of [['the pasta was ok', 'ok'], ['decent but slow', 'decent'], ['not bad at all', 'not'], ['nothing special here', 'nothing'], ['it could be better', 'could'], ['there is room for improvement', 'room'], ['the app could use a refresh', 'could']] as const) {
      const [tokens, k] = at(text, w);
      expect(isLukewarm(tokens, k, w), text).toBe(true);
    }
  });
  it('leaves the same words alone where they are not lukewarm', () => {
    for (const [text, w] of [['not happy', 'not'], ['nothing works', 'nothing'], ['it could be delivered tomorrow', 'could'], ['a room for two', 'room']] as const) {
      const [tokens, k] = at(text, w);
      expect(isLukewarm(tokens, k, w), text).toBe(false);
    }
  });
});

describe('statedRating', () => {
  it('maps a rating on 5 or 10 to (r − 3) / 2 on a 1–5 scale', () => {
    expect(statedRating(...at('i give it 3 stars', '3'))).toBe(0);
    expect(statedRating(...at('three stars from me', 'three'))).toBe(0);
    expect(statedRating(...at('solid 4/5', '4'))).toBe(0.5);
    expect(statedRating(...at('8/10 would visit', '8'))).toBe(0.5); // 8/10 = 4 of 5
    expect(statedRating(...at('1 out of 5', '1'))).toBe(-1);
    expect(statedRating(...at('2.5 stars', '2.5'))).toBe(-0.25);
    expect(statedRating(...at('0 stars if I could', '0'))).toBe(-1); // below one star is one star
  });
  it('is NaN for numbers that are not ratings', () => {
    expect(statedRating(...at('arrived in 3 days', '3'))).toBeNaN();
    expect(statedRating(...at('6/5 is not a rating', '6'))).toBeNaN();
    expect(statedRating(...at('on 12/06', '12'))).toBeNaN();
  });
});
