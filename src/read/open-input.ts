/** Opens a path ('-' = stdin) and hands the bytes to `openStream`. */
import { open } from 'node:fs/promises';
import { CxError } from '../errors.js';
import { openStream } from './open-stream.js';
import type { OpenedInput, ReadOptions } from './types.js';

export async function openInput(options: ReadOptions): Promise<OpenedInput> {
  const { path, ...rest } = options;
  if (path === '-') return openStream(process.stdin, { ...rest, source: '-' });
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CxError('file_not_found', `${path}: no such file`, { file: path });
    const message = error instanceof Error ? error.message : String(error);
    throw new CxError('unreadable_input', `${path}: cannot open (${message})`, { file: path });
  }
  const stats = await handle.stat();
  if (stats.isDirectory()) {
    await handle.close();
    throw new CxError('unreadable_input', `${path} is a directory, not a file`, { file: path });
  }
  const stream = handle.createReadStream({ highWaterMark: 64 * 1024 });
  const opened = await openStream(stream, { ...rest, source: path, filename: path });
  return { ...opened, bytesRead: () => stream.bytesRead, totalBytes: stats.size };
}
