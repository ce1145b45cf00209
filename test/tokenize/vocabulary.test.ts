import { describe, expect, it } from 'vitest';
import { tokenize, Vocabulary } from '../../src/tokenize/index.js';

describe('Vocabulary', () => {
  it('gives dense ids in order of first sight and the norm back', () => {
    const vocabulary = new Vocabulary();
    // norms: late, again, !, late → ids 0, 1, 2, 0
    expect([...vocabulary.idsOf(tokenize('Late again! LATE'))]).toEqual([0, 1, 2, 0]);
    expect(vocabulary.size).toBe(3);
    expect([0, 1, 2].map((id) => vocabulary.norm(id))).toEqual(['late', 'again', '!']);
    expect(vocabulary.idOf('again')).toBe(1);
  });
});
