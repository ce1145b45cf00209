/**
 * The README's jq recipes give the right answers (checked against the JSON read in JavaScript),
 * with the jq on this machine (Debian 12 ships jq 1.6, where `label` is a keyword). Skipped only
 * when jq is not installed; .ci/run installs it. The recipes run under bash with the built
 * binary; the JSON they are checked against comes from the same command in this process.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repo, scratchShell, type Shell } from './_shell.js';

const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const hasJq = spawnSync('jq', ['--version']).status === 0;
if (!hasJq) console.warn('test/readme: jq recipes skipped, jq not found (install it with: apt-get install -y jq)');

/** The command in the ```sh block right after `<!-- recipe: name -->`. */
function recipe(name: string): string {
  const match = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`sh\\n([^\\n]+)\\n\`\`\``).exec(readme);
  if (match === null) throw new Error(`README has no recipe "${name}"`);
  return match[1]!;
}

type Theme = { id: string; label: string; share: number; status?: string; significant?: boolean; delta?: number; rank: { effect: { value: number; ci95: [number, number] } } };

describe.skipIf(!hasJq)('README jq recipes', () => {
  let shell: Shell;
  beforeAll(() => {
    shell = scratchShell();
  });
  afterAll(() => shell.dispose());

  it('worst-pain-points: the first three pain points, share, cost and interval rounded outward', async () => {
    const run = shell.run(recipe('worst-pain-points'));
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse((await shell.runCx('cx analyze fixtures/feedback.csv --json -q')).stdout) as { painPoints: string[]; themes: Theme[] };
    const expected = report.painPoints.slice(0, 3).map((id) => {
      const theme = report.themes.find((t) => t.id === id)!;
      const [low, high] = theme.rank.effect.ci95;
      return [theme.label, `${Math.round(theme.share * 1000) / 10}%`, String(Math.round(theme.rank.effect.value * 10) / 10), `${Math.floor(low * 10) / 10} to ${Math.ceil(high * 10) / 10}`].join('\t');
    });
    expect(run.stdout.trimEnd().split('\n')).toEqual(expected);
    // The output shown in the README is what the recipe prints.
    expect(readme).toContain(run.stdout.trimEnd());
  });

  it('rising-themes: exactly the themes with a significant rise', async () => {
    const run = shell.run(recipe('rising-themes'));
    expect(run.status, run.stderr).toBe(0);
    const output = JSON.parse((await shell.runCx('cx delta fixtures/delta-planted.csv --period month --json -q')).stdout) as { themes: Theme[] };
    const rising = output.themes.filter((t) => t.significant === true && t.status === 'rising').map((t) => t.label);
    expect(rising.length).toBeGreaterThan(0);
    expect(run.stdout.trimEnd().split('\n').map((line) => line.split('\t')[0])).toEqual(rising);
    expect(readme).toContain(run.stdout.trimEnd());
  });

  it('nps-and-skips: NPS with interval and n, and skips by reason', () => {
    const run = shell.run(recipe('nps-and-skips'));
    expect(run.status, run.stderr).toBe(0);
    const parsed = JSON.parse(run.stdout) as { nps: { value: number; ci95: number[]; n: number }; skipped: Record<string, number> };
    // fixtures/feedback.csv: 616 valid NPS answers, 10 records without a comment (fixtures/README.md).
    expect(parsed.nps.n).toBe(616);
    expect(parsed.skipped).toEqual({ empty_text: 10 });
  });
});
