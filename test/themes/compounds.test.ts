import { describe, expect, it } from 'vitest';
import { attestedCompounds, contentRuns, createContentStemmer } from '../../src/themes/content-runs.js';
import { isStopWord, stem } from '../../src/tokenize/index.js';
import { discoverThemes } from '../../src/themes/index.js';
import { doc } from './helpers.js';

const contentStem = createContentStemmer({ stem, isStopWord });
const words = (text: string, compounds?: ReadonlySet<string>): string[] => {
  const out: string[] = [];
  for (const run of contentRuns(doc(text).tokens, [], contentStem, compounds)) for (const w of run) out.push(w.stem);
  return out;
};

describe('phrasal compounds', () => {
  it('are attested only when written hyphenated in two comments or more', () => {
    const docs = ['My top-up failed', 'the top-ups are slow', 'a sign-up form'].map((t) => doc(t));
    expect([...attestedCompounds(docs, () => true, contentStem)]).toEqual(['top-up']);
  });

  it('make one content word, spaced, hyphenated or inflected, once attested', () => {
    const compounds = new Set(['top-up']);
    expect(words('I topped up my card', compounds)).toEqual(['top-up', 'card']);
    expect(words('top up failed', compounds)).toEqual(['top-up', 'fail']);
    expect(words('my top-ups failed', compounds)).toEqual(['top-up', 'fail']);
    expect(words('both top ups failed', compounds)).toEqual(['top-up', 'fail']);
    // not attested: the particle is a stop word, as before
    expect(words('sign up failed', compounds)).toEqual(['sign', 'fail']);
    expect(words('top up failed')).toEqual(['top', 'fail']);
  });

  it('name a theme in the form customers write most', () => {
    const texts: string[] = [];
    for (let i = 0; i < 30; i++) {
      texts.push(i % 3 === 0 ? `my top-up was declined at the shop ${i}` : `I tried to top up my wallet but it failed again ${i}`);
      texts.push(`the delivery came late again and the parcel was damaged ${i}`);
      texts.push(`the staff at the counter were rude to me ${i}`);
    }
    const model = discoverThemes(texts.map((t) => doc(t)), { maxThemes: 5 });
    const labels = model.themes.filter((t) => t.parent === null).map((t) => t.label);
    expect(labels).toContain('top up');
    expect(labels).not.toContain('top');
  });
});
