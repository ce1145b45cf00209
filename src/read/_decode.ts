/** Bytes → text: BOM / encoding choice, streaming decode, NUL removal, invalid UTF-8 accounting. */
import { isUtf8 } from 'node:buffer';
import { CxError } from '../errors.js';

/** Encoding labels the analyst may pass, mapped to WHATWG TextDecoder labels. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['utf8', 'utf-8'],
  ['utf-8', 'utf-8'],
  ['utf16le', 'utf-16le'],
  ['utf-16le', 'utf-16le'],
  ['ucs2', 'utf-16le'],
  ['ucs-2', 'utf-16le'],
  ['utf16be', 'utf-16be'],
  ['utf-16be', 'utf-16be'],
  ['latin1', 'windows-1252'],
  ['latin-1', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'],
  ['iso8859-1', 'windows-1252'],
  ['windows-1252', 'windows-1252'],
  ['cp1252', 'windows-1252'],
  ['win1252', 'windows-1252'],
  ['iso-8859-15', 'iso-8859-15'],
  ['latin9', 'iso-8859-15'],
]);

export const SUPPORTED_ENCODINGS = 'utf8, utf16le, utf16be, latin1, windows-1252, iso-8859-15';

/** The TextDecoder label to use: a BOM wins, then the option, then UTF-8. */
export function chooseEncoding(head: Buffer, option: string | undefined): string {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (option === undefined) return sniffUtf16(head) ?? 'utf-8';
  const label = ALIASES.get(option.trim().toLowerCase());
  if (label === undefined) {
    throw new CxError('usage', `unknown encoding "${option}"; supported: ${SUPPORTED_ENCODINGS}`);
  }
  return label;
}


/**
 * UTF-16 without a BOM, recognised when NUL bytes sit at most odd (LE) or even (BE) positions of
 * the first bytes, as they do for mostly-ASCII text; null otherwise.
 */
function sniffUtf16(head: Buffer): string | null {
  const length = head.length - (head.length % 2);
  if (length < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (head[i] === 0) even += 1;
    if (head[i + 1] === 0) odd += 1;
  }
  const pairs = length / 2;
  if (odd >= 0.7 * pairs && even === 0) return 'utf-16le';
  if (even >= 0.7 * pairs && odd === 0) return 'utf-16be';
  return null;
}

/**
 * A chunk of the input: its text, or — for UTF-8 input — its bytes unchanged when they are valid
 * UTF-8 without NUL bytes (so a byte-oriented consumer such as csv-parse skips decoding and
 * encoding again; `textOf` gives the same text the decoder would).
 */
export type TextChunk = string | Buffer;

/** The text of a chunk. */
export const textOf = (chunk: TextChunk): string => (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));

/**
 * Decodes a byte stream incrementally (a multibyte character split across chunks is kept whole),
 * strips the BOM and NUL characters, and reports invalid UTF-8 and NULs through `warn` at the end.
 * UTF-8 chunks that are valid and free of NULs are passed on as bytes (see TextChunk): the
 * incomplete character at a chunk's end, if any, is carried to the next chunk, so every chunk
 * ends on a character boundary and decoding it alone gives what decoding the stream would.
 */
export async function* decodeText(
  chunks: AsyncIterable<Buffer>,
  label: string,
  warn: (message: string) => void,
): AsyncGenerator<TextChunk> {
  const utf8 = label === 'utf-8';
  // UTF-8: the BOM is stripped here, once, and chunks are decoded whole (no state across them).
  const decoder = new TextDecoder(label, { fatal: false, ignoreBOM: utf8 });
  let lines = 0;
  let invalid = 0;
  let firstInvalidLine = 0;
  let nuls = 0;
  let pendingCarriage = false;
  const handle = (text: string, bytes: Buffer | null): string => {
    if (text.length === 0) return text;
    if (utf8) {
      let found = 0;
      let firstIndex = -1;
      for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
        if (firstIndex === -1) firstIndex = i;
        found += 1;
      }
      if (found > 0) {
        const genuine = bytes === null ? 0 : countGenuineReplacements(bytes);
        if (found > genuine) {
          if (invalid === 0) firstInvalidLine = lines + countBreaks(text.slice(0, Math.max(firstIndex, 0))) + 1;
          invalid += found - genuine;
        }
      }
    }
    if (text.includes('\u0000')) {
      const before = text.length;
      text = text.replaceAll('\u0000', '');
      nuls += before - text.length;
    }
    lines += countBreaks(text, pendingCarriage);
    pendingCarriage = text.endsWith('\r');
    return text;
  };
  if (!utf8) {
    for await (const chunk of chunks) {
      const text = handle(decoder.decode(chunk, { stream: true }), chunk);
      if (text.length > 0) yield text;
    }
    const tail = handle(decoder.decode(), null);
    if (tail.length > 0) yield tail;
  } else {
    let carry: Buffer | null = null;
    let first = true;
    for await (const chunk of chunks) {
      let data: Buffer = carry === null ? chunk : Buffer.concat([carry, chunk]);
      if (first && data.length < 3 && data.length > 0 && BOM.subarray(0, data.length).equals(data)) {
        carry = data; // the BOM may still be arriving
        continue;
      }
      if (first) {
        first = false;
        if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
      }
      const cut = characterEnd(data);
      carry = cut === data.length ? null : data.subarray(cut);
      const body = cut === data.length ? data : data.subarray(0, cut);
      if (body.length === 0) continue;
      if (isUtf8(body) && body.indexOf(0) === -1) {
        lines += countByteBreaks(body, pendingCarriage);
        pendingCarriage = body[body.length - 1] === 13;
        yield body;
        continue;
      }
      const text = handle(decoder.decode(body), body);
      if (text.length > 0) yield text;
    }
    if (carry !== null && carry.length > 0) {
      const tail = handle(decoder.decode(carry), null);
      if (tail.length > 0) yield tail;
    }
  }
  if (invalid > 0) {
    warn(
      `invalid UTF-8: ${invalid} byte sequence${invalid === 1 ? '' : 's'} replaced with U+FFFD (first on line ${firstInvalidLine}); ` +
        'if the file was saved by Excel or another Windows program, try --encoding windows-1252',
    );
  }
  if (nuls > 0) warn(`removed ${nuls} NUL character${nuls === 1 ? '' : 's'} (\\0) from the input`);
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Where the last character of `bytes` that may be incomplete starts: a lead byte in the last three
 * bytes whose sequence runs past the end, followed only by continuation bytes; else the length.
 * (Carrying a few bytes too many is harmless: they are decoded with the next chunk.)
 */
function characterEnd(bytes: Buffer): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? length - back : length;
  }
  return length;
}

/** Line breaks in UTF-8 bytes, counted as countBreaks counts them in the text. */
function countByteBreaks(bytes: Buffer, afterCarriage: boolean): number {
  let count = 0;
  for (let i = bytes.indexOf(13); i !== -1; i = bytes.indexOf(13, i + 1)) count += 1;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) {
    if (!(i === 0 ? afterCarriage : bytes[i - 1] === 13)) count += 1;
  }
  return count;
}

/** U+FFFD that were really in the file (bytes EF BF BD), so they are not counted as invalid input. */
function countGenuineReplacements(bytes: Buffer): number {
  let count = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count += 1;
  }
  return count;
}

/** Line breaks in `text`: CRLF, LF and lone CR each count once. */
export function countBreaks(text: string, afterCarriage = false): number {
  let count = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) count += 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (!(i === 0 ? afterCarriage : text.charCodeAt(i - 1) === 13)) count += 1;
  }
  return count;
}
