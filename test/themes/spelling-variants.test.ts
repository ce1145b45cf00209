import { describe, expect, it } from 'vitest';
import { oneEditApart } from '../../src/themes/discover.js';
import { discoverThemes } from '../../src/themes/index.js';
import { doc } from './helpers.js';

const others = [
  'the waiter forgot our order twice tonight',
  'parking outside was impossible to find',
  'the bill had a service charge we never agreed to',
  'our table was booked but given away',
  'the soup arrived cold and salty',
  'portions were tiny for the price',
];

describe('spelling variants of a head', () => {
  it('are words of six letters or more one letter apart', () => {
    expect(oneEditApart('ambience', 'ambiance')).toBe(true); // substituted
    expect(oneEditApart('colour', 'color')).toBe(false); // "color" has five letters
    expect(oneEditApart('favourite', 'favorite')).toBe(true); // dropped
    expect(oneEditApart('theatre', 'theater')).toBe(false); // two letters moved
    expect(oneEditApart('quality', 'quantity')).toBe(false);
    expect(oneEditApart('ambience', 'ambience')).toBe(false);
  });

  it('join the larger head when used instead of it, in the same topics', () => {
    const texts: string[] = [];
    const moods = ['cosy', 'romantic', 'lively', 'calm', 'noisy', 'relaxed', 'warm', 'quiet', 'elegant', 'modern'];
    for (let i = 0; i < 60; i++) {
      texts.push(`${moods[i % 10]} ambience tonight ${i}`);
      // the same moods, the other spelling, in other comments
      if (i % 2 === 0) texts.push(`${moods[(i + 1) % 10]} ambiance tonight ${i}`);
      for (const other of others) texts.push(`${other} ${i}`);
    }
    const model = discoverThemes(texts.map((t) => doc(t)), {});
    const tops = model.themes.filter((t) => t.parent === null);
    const ambience = tops.find((t) => t.keywords.includes('ambience'))!;
    expect(ambience.keywords).toContain('ambiance');
    expect(model.themes.filter((t) => t.keywords.includes('ambiance') && t !== ambience)).toEqual([]);
    // every comment using either spelling is in it
    texts.forEach((t, i) => {
      if (/ambi[ea]nce/.test(t)) expect(ambience.rows).toContain(i);
    });
  });
});
