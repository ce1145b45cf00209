/**
 * Every `cx …` command shown in the README, and every example ending a command's --help, runs
 * against the fixtures and exits 0: a newcomer who copies one gets a result, not an error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/cli/program.js';
import { cxLines, repo, scratchShell } from './_shell.js';

const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const hasJq = spawnSync('jq', ['--version']).status === 0;
const needsJq = (line: string): boolean => /\|\s*jq\b/.test(line);

describe('README', () => {
  it('is at most 250 lines, and shows commands to run', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
    expect(cxLines(readme).length).toBeGreaterThanOrEqual(8);
  });
  it('links only to docs that exist', () => {
    const missing = [...readme.matchAll(/\]\((docs\/[^)#]+)/g)].map((link) => link[1]!).filter((path) => !existsSync(join(repo, path)));
    // The topic files other helpers write may land after the README; any other missing link fails.
    const pendingElsewhere = ['docs/statistics.md'];
    expect(missing.filter((path) => !pendingElsewhere.includes(path))).toEqual([]);
  });
});

// README lines run in order in one folder, as a reader would (themes export writes the taxonomy
// the next line applies); the --help examples run in a second folder, init last.
for (const [name, lines] of [
  ['README', cxLines(readme)],
  ['--help examples', [...new Set(Object.values(EXAMPLES).flat())]],
] as const) {
  describe(`commands shown in the ${name}`, () => {
    const shell = scratchShell();
    afterAll(() => shell.dispose());
    for (const line of lines) {
      it.skipIf(needsJq(line) && !hasJq)(`exits 0: ${line}`, () => {
        const result = shell.run(line);
        expect(result.stderr.split('\n').filter((l) => /internal error|Error:|at .*\.js:\d+/.test(l))).toEqual([]);
        expect(result.status, `${line}\n${result.stderr}`).toBe(0);
      }, 240_000);
    }
  });
}
