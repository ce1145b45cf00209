// Runs README and --help command lines as a newcomer would: in a scratch folder holding the
// fixtures, with `cx` on the PATH (a shim starting this checkout's bin/cx.js), under bash with
// pipefail so a failing `cx` in a pipe fails the line. `runCx` runs a line that is one plain cx
// command (words and quotes, no pipe, redirection or variable) in this process instead — the same
// CLI (src/cli/main.ts) in the same folder, without a shell and a Node start-up per line.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '../..');

export type LineResult = { readonly status: number | null; readonly stdout: string; readonly stderr: string };

export type Shell = {
  readonly dir: string;
  /** Under bash, cx being the built binary. */
  run(line: string): LineResult;
  /** A plain cx command in this process (see shellWords); any other line under bash. */
  runCx(line: string): Promise<LineResult>;
  dispose(): void;
};

/**
 * The words of a command line that needs no shell: unquoted words of plain characters, 'single'
 * or "double" quoted strings (without $, ` or \ inside); null for anything else (pipes,
 * redirections, variables, globs, escapes).
 */
export function shellWords(line: string): string[] | null {
  const words: string[] = [];
  const pattern = /\s*(?:([A-Za-z0-9_\-./=:,@%+]+)|'([^']*)'|"([^"$`\\]*)")/y;
  let word: string | null = null;
  let at = 0;
  while (at < line.length) {
    if (/\s/.test(line[at]!)) {
      if (word !== null) words.push(word);
      word = null;
      at += 1;
      continue;
    }
    pattern.lastIndex = at;
    const match = pattern.exec(line);
    if (match === null || match.index !== at) return null;
    word = (word ?? '') + (match[1] ?? match[2] ?? match[3] ?? '');
    at = pattern.lastIndex;
  }
  if (word !== null) words.push(word);
  return words;
}

export function scratchShell(): Shell {
  const dir = mkdtempSync(join(tmpdir(), 'cx-readme-'));
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  const shim = join(bin, 'cx');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(repo, 'bin', 'cx.js')}" "$@"\n`);
  chmodSync(shim, 0o755);
  symlinkSync(join(repo, 'fixtures'), join(dir, 'fixtures'));
  const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', CI: '1' };
  const run = (line: string): LineResult => {
    // `npx cx` inside the clone is the same program as `cx` on the PATH.
    const command = line.replace(/^npx cx\b/, 'cx').replace(/\|\s*npx cx\b/g, '| cx');
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: dir, env, encoding: 'utf8', timeout: 240_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const runCx = async (line: string): Promise<LineResult> => {
    const words = shellWords(line.replace(/^npx cx\b/, 'cx'));
    if (words === null || words[0] !== 'cx') return run(line);
    const { main } = await import('../../src/cli/main.js');
    const { fakeIo } = await import('../cli/_io.js');
    const io = fakeIo({ env: { PATH: env.PATH ?? '', NO_COLOR: '1', CI: '1' }, cwd: dir });
    const before = process.cwd();
    process.chdir(dir);
    try {
      const status = await main(['node', ...words], io);
      return { status, stdout: io.out(), stderr: io.err() };
    } finally {
      process.chdir(before);
    }
  };
  return { dir, run, runCx, dispose: () => rmSync(dir, { recursive: true, force: true }) };
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
