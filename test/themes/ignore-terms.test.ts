import { describe, expect, it } from 'vitest';
import { discoverThemes } from '../../src/themes/index.js';
import { doc } from './helpers.js';

// 60 comments: "acme" is in all of them; refunds and delivery are the topics
const comments = [
  ...Array.from({ length: 20 }, (_, i) => `Acme refund still missing after ${i + 2} weeks, acme support ignored me`),
  ...Array.from({ length: 20 }, (_, i) => `Acme delivery arrived late again, courier lost parcel number ${i}`),
  ...Array.from({ length: 20 }, (_, i) => `Acme customer service was rude on call ${i}`),
];
const docs = comments.map((c) => doc(c));
const words = (model: ReturnType<typeof discoverThemes>): string[] =>
  model.themes.flatMap((t) => [t.label, ...t.keywords]).flatMap((s) => s.toLowerCase().split(/\s+/));

describe('ignoreTerms', () => {
  it('never uses an ignored word in a theme phrase or label', () => {
    const model = discoverThemes(docs, { ignoreTerms: ['ACME'] });
    expect(model.themes.length).toBeGreaterThan(0);
    expect(words(model)).not.toContain('acme');
  });

  it('drops phrases that contain an ignored phrase but keeps its words', () => {
    const model = discoverThemes(docs, { ignoreTerms: ['customer service'] });
    const phrases = model.themes.flatMap((t) => [t.label, ...t.keywords]).map((s) => s.toLowerCase());
    expect(phrases.some((p) => p.includes('customer service'))).toBe(false);
    const plain = discoverThemes(docs, {});
    expect(plain.themes.flatMap((t) => [t.label, ...t.keywords]).some((p) => p.toLowerCase().includes('customer service'))).toBe(true);
  });
});
