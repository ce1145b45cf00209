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
    case 'init':
      return (await import('./commands/init.js')).runInit(args[0] as string, raw, io);
  }
}

/** Runs cx with process.argv-style arguments; returns the exit code (and sets process.exitCode when run on the real process). */
export async function main(argv: readonly string[], io?: CliIo): Promise<number> {
  const realProcess = io === undefined;
  const streams: CliIo = { ...(io ?? processIo()), argv: argv.slice(2) };
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
    io.stderr.write(`cx: ${describe(error)}\n`);
    if (debug && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    return isUsageError(error) ? EXIT.usage : EXIT.failed;
  }
  const text = error instanceof Error ? error.message : String(error);
  io.stderr.write(`cx: internal error: ${oneLine(text)}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
  return EXIT.failed;
}

/**
 * One line: '<file>:<line>: <message>', with 'column "x": ' when the message does not name the
 * column. The file is not repeated when the message already names it (a leading '<file>: ' in
 * the message is dropped in favour of the location).
 */
export function describe(error: CxError): string {
  const file = error.file;
  let text = error.message;
  if (file !== undefined && text.startsWith(`${file}: `)) text = text.slice(file.length + 2);
  // The location carries the line: 'x.csv:3: line 3: unclosed quote' reads 'x.csv:3: unclosed quote'.
  if (error.line !== undefined && text.startsWith(`line ${error.line}: `)) text = text.slice(`line ${error.line}: `.length);
  let where = '';
  if (file !== undefined && !text.includes(file)) where = error.line === undefined ? `${file}: ` : `${file}:${error.line}: `;
  else if (error.line !== undefined) where = `line ${error.line}: `;
  if (error.column !== undefined && !text.includes(error.column)) where += `column "${error.column}": `;
  return `${where}${oneLine(text)}`;
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
