/**
 * The CLI's only contact with the process: streams, environment, terminal size, colour, and
 * writing the result (stdout with back-pressure and a quiet broken pipe, or `--output` written
 * atomically). Everything here is passed in, so tests can run commands against fake streams.
 */
import { randomBytes } from 'node:crypto';
import { realpathSync, unlinkSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CxError } from '../errors.js';
import type { ColorLevel } from '../render/types.js';

export type OutStream = NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };

export type CliIo = {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** For `cx sentiment -` (the readers open stdin themselves for '-' inputs). */
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The arguments after `cx` (for the command line shown in the HTML report). */
  readonly argv?: readonly string[];
};

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** Thrown by the writers when stdout's reader has gone away (`cx … | head`): main exits 0, silently. */
export class BrokenPipe extends Error {
  constructor() {
    super('broken pipe');
    this.name = 'BrokenPipe';
  }
}

/**
 * Colour depth for the table: `--no-color` and a non-empty NO_COLOR (https://no-color.org) turn
 * it off; FORCE_COLOR=0|false turns it off, 1|2|3 (or empty/true) forces that level; otherwise
 * colour only when stdout is a terminal and the result goes there.
 */
export function colorLevel(flag: boolean, io: CliIo, toFile: boolean): ColorLevel {
  if (!flag) return 0;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (toFile || io.stdout.isTTY !== true) return 0;
  if (io.env.COLORTERM === 'truecolor' || io.env.COLORTERM === '24bit') return 3;
  if (/-256(?:color)?$/.test(io.env.TERM ?? '')) return 2;
  return 1;
}

/** Width to fit tables to: the terminal's columns, or 100 when not a terminal. */
export function terminalWidth(io: CliIo, toFile: boolean): number {
  const columns = io.stdout.columns;
  return !toFile && io.stdout.isTTY === true && typeof columns === 'number' && columns > 0 ? columns : 100;
}

/** One line on stderr (nothing when quiet). */
export function note(io: CliIo, quiet: boolean, text: string): void {
  if (!quiet) io.stderr.write(`cx: ${text}\n`);
}

// ------------------------------------------------------------------------------------------
// Writing the result

export type Sink = {
  write(chunk: string): Promise<void>;
  /** Makes the output visible (rename for --output). */
  close(): Promise<void>;
  /** Discards a partial --output. */
  abort(): Promise<void>;
};

/** Opens where the result goes: stdout, or `output` (atomically, never over an input file). */
export async function openSink(io: CliIo, output: string | undefined, inputs: readonly string[]): Promise<Sink> {
  if (output === undefined || output === '-') return stdoutSink(io.stdout);
  return fileSink(resolve(io.cwd, output), inputs.filter((input) => input !== '-').map((input) => resolve(io.cwd, input)));
}

function stdoutSink(stream: OutStream): Sink {
  let broken = false;
  const onError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') broken = true;
  };
  stream.on('error', onError);
  const write = (chunk: string): Promise<void> =>
    new Promise((resolveWrite, reject) => {
      if (broken) return reject(new BrokenPipe());
      const ok = stream.write(chunk, (error) => {
        if (error !== null && error !== undefined) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') broken = true;
        }
      });
      if (ok) return resolveWrite();
      const done = (): void => {
        stream.off('drain', done);
        stream.off('close', done);
        stream.off('error', done);
        if (broken) reject(new BrokenPipe());
        else resolveWrite();
      };
      stream.on('drain', done);
      stream.on('close', done);
      stream.on('error', done);
    });
  return {
    write,
    close: async () => {
      if (broken) throw new BrokenPipe();
    },
    abort: async () => undefined,
  };
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

async function fileSink(target: string, inputs: readonly string[]): Promise<Sink> {
  for (const input of inputs) {
    if (sameFile(target, input)) {
      throw new CxError('usage', `--output ${target} is an input file; cx never writes over its input`);
    }
  }
  const temp = join(dirname(target), `.${basename(target)}.cx-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new CxError('usage', `cannot write --output ${target}: ${why}`);
  }
  const file = handle;
  let closed = false;
  // Ctrl-C or a kill while the result is being computed: remove the temporary file, then let the
  // signal end the process as it would have (exit 130 / 143), so nothing is left behind.
  const onSignal = (signal: NodeJS.Signals): void => {
    forgetSignals();
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    process.kill(process.pid, signal);
  };
  const forgetSignals = (): void => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    write: async (chunk) => {
      await file.write(chunk);
    },
    close: async () => {
      await file.sync();
      await file.close();
      closed = true;
      await rename(temp, target);
      forgetSignals();
    },
    abort: async () => {
      if (!closed) await file.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
      forgetSignals();
    },
  };
}

/** Writes a whole result (string or chunks) and closes; a partial --output is removed on failure. */
export async function writeResult(sink: Sink, result: string | Iterable<string> | AsyncIterable<string>): Promise<void> {
  try {
    if (typeof result === 'string') {
      await sink.write(result);
    } else {
      let buffer = '';
      for await (const chunk of result) {
        buffer += chunk;
        if (buffer.length >= 1 << 16) {
          await sink.write(buffer);
          buffer = '';
        }
      }
      if (buffer !== '') await sink.write(buffer);
    }
    await sink.close();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}
