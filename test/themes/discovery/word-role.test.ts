import { describe, expect, it } from 'vitest';
import { wordRole } from '../../../src/themes/discovery/01-candidates.js';
import { discoveryDefaults } from '../../../src/themes/discovery/defaults.js';

describe('wordRole (step 1)', () => {
  const role = (surface: string, verbShare = 0, lift = 50, hasVector = true, settings = discoveryDefaults) =>
    wordRole(surface, surface, verbShare, lift, hasVector, settings);

  it('makes nouns topics, unless customers mostly write them as verbs', () => {
    expect(role('battery')).toBe('topic');
    expect(role('refund', 0.1)).toBe('topic');
    expect(role('pay', 0.6)).toBeNull();
    expect(role('top-up', 0.9)).toBe('topic');
  });

  it('lets adjectives describe a topic (never be one), with a vector and lift of at least attachLift', () => {
    expect(role('friendly')).toBe('describes');
    expect(role('slow')).toBe('describes');
    expect(role('friendly', 0, discoveryDefaults.attachLift - 1)).toBeNull();
    expect(role('friendly', 0, 50, false)).toBeNull();
    expect(role('friendly', 0, 50, true, { ...discoveryDefaults, attachWords: false })).toBeNull();
  });

  it('gives verbs no role: they are said about every topic', () => {
    expect(role('gave')).toBeNull();
    expect(role('check', 0.5)).toBeNull();
    expect(role('keep', 0.5)).toBeNull();
  });
});
