// The help text is true: every option of every command has a one-line description, and the
// exit codes are listed. Importing the CLI modules has no side effects.
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { fakeIo } from './_io.js';

const program = buildProgram(fakeIo(), async () => 0, () => undefined);
const commands = (command: Command): Command[] => [command, ...command.commands.flatMap(commands)];

describe('cx --help', () => {
  it.each(commands(program).map((command) => [command.name(), command]))('%s: every option has a one-line description', (_name, command) => {
    for (const option of (command as Command).options) {
      expect(option.description.length, option.flags).toBeGreaterThan(10);
      expect(option.description, option.flags).not.toContain('\n');
    }
  });

  it('declares the commands of the README', () => {
    expect(program.commands.map((command) => command.name()).sort()).toEqual(['analyze', 'delta', 'enrich', 'init', 'sentiment', 'themes']);
    expect(program.commands.find((command) => command.name() === 'themes')?.commands.map((command) => command.name())).toEqual(['export']);
  });

  it('documents the exit codes in each command help', () => {
    const analyze = program.commands.find((command) => command.name() === 'analyze') as Command;
    let text = '';
    analyze.configureOutput({ writeOut: (chunk) => (text += chunk) });
    analyze.outputHelp();
    expect(text).toContain('3  cx delta --fail-on-decline');
    expect(text).toContain('--by <col>');
  });
});

describe('importing the CLI', () => {
  it('writes nothing and sets no exit code', async () => {
    const writes: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      writes.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      await import('../../src/cli/main.js');
      await import('../../src/pipeline.js');
      await import('../../src/render/index.js');
    } finally {
      process.stdout.write = original;
    }
    expect(writes).toEqual([]);
    expect(process.exitCode ?? 0).toBe(0);
  });
});
