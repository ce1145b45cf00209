import { describe, expect, it } from 'vitest';
import { discoverThemes, isNonAnswer, type ThemeDoc } from '../../src/themes/index.js';
import { isNonAnswerTokens } from '../../src/themes/non-answer.js';
import { tokenize } from '../../src/tokenize/index.js';
import type { TokenKind } from '../../src/tokenize/types.js';
import { doc } from './helpers.js';
import { paymentComments } from './payment-comments.js';
import { retailComments } from './retail-comments.js';

/** Norm ids handed out in order of first sight, as a packed doc store keeps them. */
class Norms {
  private readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(norm: string): number {
    let id = this.ids.get(norm);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(norm);
      this.ids.set(norm, id);
    }
    return id;
  }
  norm(id: number): string {
    return this.list[id]!;
  }
}

// a kind order other than the themes stage's own, so the mapping is exercised
const kinds: readonly TokenKind[] = ['punct', 'emoticon', 'emoji', 'hashtag', 'mention', 'email', 'url', 'number', 'word'];

/** The same comment as doc(text), also offering its tokens packed. */
function packedDoc(text: string, norms: Norms): ThemeDoc {
  const plain = doc(text);
  const codes = Int32Array.from(plain.tokens, (t) => norms.id(t.norm) * 16 + kinds.indexOf(t.kind));
  return { ...plain, packedTokens: () => ({ codes, norms, kinds }) };
}

describe('packed tokens', () => {
  it('give the same model as Token objects (themes, labels, rows, aspect scores, non-answers)', () => {
    const texts = [...retailComments, ...paymentComments, 'n/a', 'N/A.', '!!!', 'nothing, all good', 'ok thanks :)'];
    const norms = new Norms();
    const plain = discoverThemes(texts.map((t) => doc(t)), {});
    const packed = discoverThemes(texts.map((t) => packedDoc(t, norms)), {});
    expect(plain.themes.length).toBeGreaterThanOrEqual(4);
    expect(packed).toEqual(plain);
  });
});

describe('isNonAnswerTokens', () => {
  // the early answer check (a word of 3+ letters that is in no non-answer) must agree with isNonAnswer
  it.each([
    'n/a', 'N/A.', 'nothing', 'Nothing, all good', 'nothing and all good', 'no comment thanks', 'NoComment',
    'ok and fine', 'rock-and-roll', 'nothings', 'particular', 'nothing in particular', 'thanks!', 'thank you so much',
    'fine i guess', 'good', "it's fine", 'it’s fine', 'see above', 'aboveboard', 'okay okay', 'idk', 'and', 'nah and no',
  ])('%j: the same as isNonAnswer', (text) => {
    expect(isNonAnswerTokens(tokenize(text))).toBe(isNonAnswer(text));
  });
});
