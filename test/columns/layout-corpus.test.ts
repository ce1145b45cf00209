import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/columns/index.js';
import { corpus, expectedRoles, readFixture, rolesOf } from './_layout-corpus.js';

describe('detectColumns on the corpus of real export layouts (fixtures/layouts/manifest.json)', () => {
  it('holds at least 25 layouts, each with a file', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(new Set(corpus.map((entry) => entry.file)).size).toBe(corpus.length);
  });

  it.each(corpus.map((entry) => [entry.file, entry] as const))('%s: the expected text, rating, date and id with no flags', async (file, entry) => {
    const read = await readFixture(file);
    const mapping = detectColumns(read.columns, read.records, {}, read.questionTexts === undefined ? {} : { questionTexts: read.questionTexts });
    expect(rolesOf(mapping, entry.expected)).toEqual(expectedRoles(entry.expected));
    expect(mapping.layout ?? null).toBe(entry.layout);
  });
});
