import { describe, expect, it } from 'vitest';
import { createContentStemmer } from '../../src/themes/content-runs.js';
import { isStopWord, stem as porter } from '../../src/tokenize/index.js';

describe('content words', () => {
  const stem = createContentStemmer({ stem: porter, isStopWord });
  it('are never a redaction mask (the CFPB writes XXXX for names, dates and amounts)', () => {
    expect(stem('xxxx')).toBeNull();
    expect(stem('xx')).toBeNull();
    expect(stem('xxxxxxxx')).toBeNull();
  });
  it('keep ordinary words that contain x', () => {
    expect(stem('box')).not.toBeNull();
    expect(stem('xbox')).not.toBeNull();
  });
});
