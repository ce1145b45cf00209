/**
 * The entry point bin/cx.js calls. The one try/catch that turns errors into messages and exit
 * codes: CxError → `cx: <file>:<line>: <message>` (usage → 2, else 1); commander's parse errors
 * → 2; a broken stdout pipe → 0, silently; anything unexpected → one line and 1 (`--debug` adds
 * the stack). Sets process.exitCode and returns, so piped stdout is flushed.
 */
import { CommanderError } from 'commander';
import { CxError, isUsageError } from '../errors.js';
import { BrokenPipe, processIo, type CliIo } from './io.js';
import type { RawOptions } from './options.js';
import { buildProgram, type CommandName } from './program.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, declined: 3 } as const;

export async function dispatch(name: CommandName, args: readonly string[], raw: RawOptions, io: CliIo): Promise<number> {
  switch (name) {
    case 'analyze':
      return (await import('./commands/analyze.js')).runAnalyze(args[0] as string, raw, io);
    case 'enrich':
      return (await import('./commands/enrich.js')).runEnrich(args[0] as string, raw, io);
    case 'sentiment':
      return (await import('./commands/sentiment.js')).runSentiment(args, raw, io);
    case 'themes export':
      return (await import('./commands/themes-export.js')).runThemesExport(args[0] as string, raw, io);
    case 'delta':
      return (await import('./commands/delta.js')).runDelta(args, raw, io);
  }
}

/** Runs cx with process.argv-style arguments; returns the exit code (and sets process.exitCode when run on the real process). */
export async function main(argv: readonly string[], io?: CliIo): Promise<number> {
  const realProcess = io === undefined;
  const streams = io ?? processIo();
  if (realProcess) quietBrokenPipe();
  const debug = argv.includes('--debug');
  let code: number = EXIT.ok;
  try {
    const program = buildProgram(streams, (name, args, raw) => dispatch(name, args, raw, streams), (result) => {
      code = result;
    });
    await program.parseAsync([...argv], { from: 'node' });
  } catch (error) {
    code = report(error, streams, debug);
  }
  if (realProcess) process.exitCode = code;
  return code;
}

function report(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof BrokenPipe) return EXIT.ok;
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help / version).
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof CxError) {
    const text = message(error);
    io.stderr.write(`cx: ${location(new CxError(error.code, text, { ...(error.file === undefined ? {} : { file: error.file }), ...(error.line === undefined ? {} : { line: error.line }), ...(error.column === undefined ? {} : { column: error.column }) }))}${oneLine(text)}\n`);
    if (debug && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    return isUsageError(error) ? EXIT.usage : EXIT.failed;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`cx: internal error: ${oneLine(message)}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
  return EXIT.failed;
}

/** 'file:line: ' (and 'column "x": ' when the message does not name it); the file is not repeated when the message names it. */
export function location(error: CxError): string {
  let where = '';
  const named = error.file !== undefined && error.message.includes(error.file);
  if (error.file !== undefined && !named) where = error.line === undefined ? `${error.file}: ` : `${error.file}:${error.line}: `;
  else if (error.line !== undefined) where = `line ${error.line}: `;
  if (error.column !== undefined && !error.message.includes(error.column)) where += `column "${error.column}": `;
  return where;
}

/** The message without a leading 'file: ' that location() already gives. */
function message(error: CxError): string {
  const prefix = error.file === undefined ? '' : `${error.file}: `;
  return prefix !== '' && error.message.startsWith(prefix) && !error.message.slice(prefix.length).includes(error.file as string)
    ? error.message.slice(prefix.length)
    : error.message;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** `cx … | head`: the reader went away. Exit 0 without a word (the writers also stop). */
function quietBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      process.exitCode = 0;
      process.exit();
    }
  });
}
