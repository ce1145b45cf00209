import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { openInput, openStream } from '../../src/read/index.js';
import type { OpenedInput, ReadItem, ReadOptions, StreamOptions } from '../../src/read/index.js';

export const corpus = (name: string): string => fileURLToPath(new URL(`./corpus/${name}`, import.meta.url));

export type ReadAll = { readonly opened: OpenedInput; readonly items: readonly ReadItem[] };

async function drain(opened: OpenedInput): Promise<ReadAll> {
  const items: ReadItem[] = [];
  for await (const item of opened.items) items.push(item);
  return { opened, items };
}

/** Opens a corpus file (or any path) and reads every item. */
export const readFile = async (path: string, options: Omit<ReadOptions, 'path'> = {}): Promise<ReadAll> =>
  drain(await openInput({ path, ...options }));

/** Reads bytes or text through openStream, as stdin would, optionally cut into small chunks. */
export async function readText(
  content: string | Buffer,
  options: Partial<StreamOptions> = {},
  chunkSize = 0,
): Promise<ReadAll> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const chunks: Buffer[] = [];
  if (chunkSize <= 0) chunks.push(bytes);
  else for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return drain(await openStream(Readable.from(chunks), { source: '-', ...options }));
}

/** Record fields as plain objects, for toEqual. */
export const rows = (items: readonly ReadItem[]): Array<{ line: number; fields: Record<string, string> }> =>
  items.flatMap((item) => (item.kind === 'record' ? [{ line: item.line, fields: { ...item.fields } }] : []));

export const skips = (items: readonly ReadItem[]): Array<{ line: number; reason: string; detail: string }> =>
  items.flatMap((item) => (item.kind === 'skip' ? [{ line: item.line, reason: item.reason, detail: item.detail }] : []));
