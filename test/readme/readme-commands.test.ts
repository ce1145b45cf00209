/**
 * Every `cx …` command shown in the README, and every example ending a command's --help, runs
 * against the fixtures and exits 0: a newcomer who copies one gets a result, not an error. Plain
 * commands run in this process (Shell.runCx), lines with pipes or redirections under bash.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/cli/program.js';
import { cxLines, repo, scratchShell, shellWords } from './_shell.js';

const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const hasJq = spawnSync('jq', ['--version']).status === 0;
const needsJq = (line: string): boolean => /\|\s*jq\b/.test(line);

describe('README', () => {
  it('is at most 250 lines, and shows commands to run', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
    expect(cxLines(readme).length).toBeGreaterThanOrEqual(8);
  });
  it('has the three jq recipes jq-recipes.test.ts runs, each a README command line', () => {
    expect(recipes.size).toBe(3);
    for (const line of recipes) expect(readmeLines).toContain(line);
  });
  it('links only to docs that exist', () => {
    const missing = [...readme.matchAll(/\]\((docs\/[^)#]+)/g)].map((link) => link[1]!).filter((path) => !existsSync(join(repo, path)));
    // The topic files other helpers write may land after the README; any other missing link fails.
    const pendingElsewhere = ['docs/statistics.md'];
    expect(missing.filter((path) => !pendingElsewhere.includes(path))).toEqual([]);
  });
});

describe('shellWords (which lines run without a shell)', () => {
  it('splits plain words and quotes; null for pipes, redirections, variables and escapes', () => {
    expect(shellWords(`cx sentiment "the jacket runs small" --lexicon fixtures/config/domain-words.csv`)).toEqual([
      'cx', 'sentiment', 'the jacket runs small', '--lexicon', 'fixtures/config/domain-words.csv',
    ]);
    expect(shellWords(`cx analyze 'my file.csv' --by region`)).toEqual(['cx', 'analyze', 'my file.csv', '--by', 'region']);
    expect(shellWords(`cx analyze a.csv --json | jq '.x'`)).toBeNull();
    expect(shellWords('cx enrich fixtures/feedback.csv > enriched.jsonl')).toBeNull();
    expect(shellWords(`printf 'a\\nb\\n' | cx sentiment -`)).toBeNull();
    expect(shellWords('cx analyze "$HOME/x.csv"')).toBeNull();
  });
});

// README lines run in order in one folder, as a reader would (themes export writes the taxonomy
// the next line applies); the --help examples not already in the README run in a second folder,
// init last. The jq recipes (`<!-- recipe: name -->`) run in jq-recipes.test.ts, which also checks
// what they print.
const recipes = new Set([...readme.matchAll(/<!-- recipe: [^>]+ -->\n```sh\n([^\n]+)\n```/g)].map((match) => match[1]!.trim()));
const readmeLines = cxLines(readme);
for (const [name, lines] of [
  ['README', readmeLines.filter((line) => !recipes.has(line))],
  ['--help examples', [...new Set(Object.values(EXAMPLES).flat())].filter((line) => !readmeLines.includes(line))],
] as const) {
  describe(`commands shown in the ${name}`, () => {
    const shell = scratchShell();
    afterAll(() => shell.dispose());
    for (const line of lines) {
      it.skipIf(needsJq(line) && !hasJq)(`exits 0: ${line}`, async () => {
        const result = await shell.runCx(line);
        expect(result.stderr.split('\n').filter((l) => /internal error|Error:|at .*\.js:\d+/.test(l))).toEqual([]);
        expect(result.status, `${line}\n${result.stderr}`).toBe(0);
      }, 240_000);
    }
  });
}
