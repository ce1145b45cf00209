/** Byte plumbing: a peekable byte source and transparent gunzip. */
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CxError } from '../errors.js';

/** Wraps an async iterable of chunks so the first bytes can be looked at before streaming the rest. */
export class ByteSource {
  private readonly iterator: AsyncIterator<unknown>;
  private head: Buffer[] = [];
  private headLength = 0;
  private done = false;

  constructor(chunks: AsyncIterable<unknown>) {
    this.iterator = chunks[Symbol.asyncIterator]();
  }

  /** The first `n` bytes (fewer at end of input), without consuming them. */
  async peek(n: number): Promise<Buffer> {
    while (this.headLength < n && !this.done) {
      const next = await readNext(this.iterator);
      if (next.done === true) {
        this.done = true;
        break;
      }
      const chunk = toBuffer(next.value);
      this.head.push(chunk);
      this.headLength += chunk.length;
    }
    const all = Buffer.concat(this.head);
    this.head = [all];
    return all.subarray(0, n);
  }

  /** Every byte, the peeked ones first. */
  async *chunks(): AsyncGenerator<Buffer> {
    const head = this.head;
    this.head = [];
    for (const chunk of head) if (chunk.length > 0) yield chunk;
    if (this.done) return;
    for (;;) {
      const next = await readNext(this.iterator);
      if (next.done === true) return;
      yield toBuffer(next.value);
    }
  }
}

/** An I/O error while reading (EIO, a closed pipe) becomes CxError('unreadable_input'). */
async function readNext(iterator: AsyncIterator<unknown>): Promise<IteratorResult<unknown>> {
  try {
    return await iterator.next();
  } catch (error) {
    if (error instanceof CxError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CxError('unreadable_input', `could not read the input (${message})`);
  }
}

function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new CxError('unreadable_input', 'input stream produced something other than bytes');
}

export const isGzip = (head: Buffer): boolean => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

/** Decompresses a gzip byte stream; a corrupt or truncated stream becomes CxError('unreadable_input'). */
export async function* gunzip(chunks: AsyncIterable<Buffer>, source: string): AsyncGenerator<Buffer> {
  const unzip = createGunzip();
  pipeline(Readable.from(chunks), unzip, () => {});
  try {
    for await (const chunk of unzip) yield chunk as Buffer;
  } catch (error) {
    if (error instanceof CxError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CxError('unreadable_input', `${source}: not a valid gzip file (${message})`, { file: source });
  }
}
