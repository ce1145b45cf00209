// --ignore-terms and --lexicon (and the config file's ignoreTerms / lexicon) reach the stages that
// use them: the scorer's extraLexicon and the themes' ignoreTerms, through the real pipeline.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeIo } from './_io.js';

const themeOptions = vi.fn();
const scorerOptions = vi.fn();
vi.mock('../../src/themes/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/themes/index.js')>();
  return { ...actual, discoverThemes: (docs: never, options: never) => (themeOptions(options), actual.discoverThemes(docs, options)) };
});
vi.mock('../../src/sentiment/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/sentiment/index.js')>();
  return { ...actual, createScorer: (options: never) => (scorerOptions(options), actual.createScorer(options)) };
});
const { main } = await import('../../src/cli/main.js');

const temp = mkdtempSync(join(tmpdir(), 'cx-domain-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const file = join(temp, 'reviews.csv');
writeFileSync(file, ['comment,stars', ...Array.from({ length: 12 }, (_, i) => `Acme jacket number ${i} runs small in the shoulders,${(i % 5) + 1}`)].join('\n'));
writeFileSync(join(temp, 'words.csv'), 'runs small,-1.5\n');

beforeEach(() => {
  themeOptions.mockReset();
  scorerOptions.mockReset();
});

const run = (args: string[], cwd = temp) => main(['node', 'cx', ...args], fakeIo({ cwd }));

describe('domain words from the command line and the config file', () => {
  it.each([['analyze'], ['enrich'], ['themes', 'export'], ['delta']])('cx %s passes --ignore-terms to the themes and --lexicon to the scorer', async (...command) => {
    const extra = command[0] === 'delta' ? ['--by', 'stars'] : [];
    const code = await run([...command, file, '--ignore-terms', 'Acme, jacket', '--ignore-terms', 'acme', '--lexicon', 'words.csv', '--quiet', ...extra]);
    expect(code).toBe(0);
    expect(themeOptions.mock.calls[0]?.[0]).toMatchObject({ ignoreTerms: ['acme', 'jacket'] });
    expect(scorerOptions.mock.calls[0]?.[0]).toMatchObject({ extraLexicon: [{ term: 'runs small', valence: -1.5 }] });
  });

  it('takes both from cx.config.json, the flag adding to the file and winning for the same term', async () => {
    const dir = join(temp, 'with-config');
    rmSync(dir, { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(dir);
    writeFileSync(join(dir, 'cx.config.json'), JSON.stringify({ ignoreTerms: ['acme'], lexicon: { 'runs small': -1, cheap: 0 } }));
    writeFileSync(join(dir, 'words.csv'), 'runs small,-2\n');
    expect(await run(['analyze', file, '--quiet', '--ignore-terms', 'shoulders', '--lexicon', 'words.csv'], dir)).toBe(0);
    expect(themeOptions.mock.calls[0]?.[0]).toMatchObject({ ignoreTerms: ['acme', 'shoulders'] });
    expect(scorerOptions.mock.calls[0]?.[0]).toMatchObject({
      extraLexicon: [
        { term: 'runs small', valence: -2 },
        { term: 'cheap', valence: 0 },
      ],
    });
  });

  it('adds nothing when neither is given', async () => {
    expect(await run(['analyze', file, '--quiet', '--no-config'])).toBe(0);
    expect(themeOptions.mock.calls[0]?.[0]).not.toHaveProperty('ignoreTerms');
    expect(scorerOptions.mock.calls[0]?.[0]).not.toHaveProperty('extraLexicon');
  });
});
