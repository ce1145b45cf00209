// Runs README and --help command lines as a newcomer would: in a scratch folder holding the
// fixtures, with `cx` on the PATH (a shim starting this checkout's bin/cx.js), under bash with
// pipefail so a failing `cx` in a pipe fails the line.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '../..');

export type Shell = {
  readonly dir: string;
  run(line: string): { readonly status: number | null; readonly stdout: string; readonly stderr: string };
  dispose(): void;
};

export function scratchShell(): Shell {
  const dir = mkdtempSync(join(tmpdir(), 'cx-readme-'));
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  const shim = join(bin, 'cx');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(repo, 'bin', 'cx.js')}" "$@"\n`);
  chmodSync(shim, 0o755);
  symlinkSync(join(repo, 'fixtures'), join(dir, 'fixtures'));
  const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', CI: '1' };
  return {
    dir,
    run: (line) => {
      // `npx cx` inside the clone is the same program as `cx` on the PATH.
      const command = line.replace(/^npx cx\b/, 'cx').replace(/\|\s*npx cx\b/g, '| cx');
      const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: dir, env, encoding: 'utf8', timeout: 240_000 });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Lines of ```sh blocks (optionally after "$ ") whose command is cx or npx cx, comments dropped. */
export function cxLines(markdown: string): string[] {
  const lines: string[] = [];
  for (const block of markdown.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)) {
    for (const raw of (block[1] ?? '').split('\n')) {
      const line = raw.replace(/^\$ /, '').replace(/\s+#\s.*$/, '').trim();
      if (/^(?:npx )?cx(?:\s|$)/.test(line)) lines.push(line);
    }
  }
  return lines;
}
