// A fake CliIo: collects stdout and stderr as strings.
import { Readable, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';

export type FakeIo = CliIo & { out(): string; err(): string };

export function fakeIo(options: { env?: Record<string, string>; stdin?: string; cwd?: string; tty?: boolean; columns?: number } = {}): FakeIo {
  let out = '';
  let err = '';
  const stdout = Object.assign(
    new Writable({
      write(chunk, _encoding, callback) {
        out += String(chunk);
        callback();
      },
    }),
    { isTTY: options.tty ?? false, columns: options.columns ?? 100 },
  );
  const stderr = new Writable({
    write(chunk, _encoding, callback) {
      err += String(chunk);
      callback();
    },
  });
  return {
    stdout,
    stderr,
    stdin: Readable.from([options.stdin ?? '']),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
}
