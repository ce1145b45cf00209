/**
 * A small JSON parser (RFC 8259) that remembers the line of every value and object key, so a
 * taxonomy error can name the line of the offending field. Iterative over characters, linear time;
 * nesting depth is capped.
 */

export type Located =
  | { readonly kind: 'object'; readonly line: number; readonly entries: readonly { readonly key: string; readonly keyLine: number; readonly value: Located }[] }
  | { readonly kind: 'array'; readonly line: number; readonly items: readonly Located[] }
  | { readonly kind: 'string'; readonly line: number; readonly value: string }
  | { readonly kind: 'number'; readonly line: number; readonly value: number }
  | { readonly kind: 'boolean'; readonly line: number; readonly value: boolean }
  | { readonly kind: 'null'; readonly line: number };

export class JsonSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

const maxDepth = 200;

/** Parses JSON text; throws JsonSyntaxError with the 1-based line of the problem. */
export function parseLocated(text: string): Located {
  let pos = 0;
  let line = 1;
  const fail = (what: string): never => {
    const found = pos >= text.length ? 'end of file' : JSON.stringify(text[pos]);
    throw new JsonSyntaxError(`invalid JSON: expected ${what}, found ${found}`, line);
  };
  const skip = (): void => {
    while (pos < text.length) {
      const c = text[pos]!;
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\uFEFF') break;
      pos++;
    }
  };
  const parseString = (): string => {
    pos++; // opening quote
    let out = '';
    while (pos < text.length) {
      const c = text[pos]!;
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === '\n') fail('a closing quote before the end of the line');
      if (c === '\\') {
        const e = text[pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && Object.prototype.hasOwnProperty.call(simple, e)) {
          out += simple[e];
          pos += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
          continue;
        }
        pos++;
        fail('a valid escape sequence');
      }
      out += c;
      pos++;
    }
    return fail('a closing quote');
  };
  const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const parseValue = (depth: number): Located => {
    if (depth > maxDepth) fail('less nesting');
    skip();
    const at = line;
    const c = text[pos];
    if (c === '{') {
      pos++;
      const entries: { key: string; keyLine: number; value: Located }[] = [];
      skip();
      if (text[pos] === '}') {
        pos++;
        return { kind: 'object', line: at, entries };
      }
      for (;;) {
        skip();
        if (text[pos] !== '"') fail('a field name in double quotes');
        const keyLine = line;
        const key = parseString();
        skip();
        if (text[pos] !== ':') fail('":"');
        pos++;
        entries.push({ key, keyLine, value: parseValue(depth + 1) });
        skip();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return { kind: 'object', line: at, entries };
        }
        fail('"," or "}"');
      }
    }
    if (c === '[') {
      pos++;
      const items: Located[] = [];
      skip();
      if (text[pos] === ']') {
        pos++;
        return { kind: 'array', line: at, items };
      }
      for (;;) {
        items.push(parseValue(depth + 1));
        skip();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return { kind: 'array', line: at, items };
        }
        fail('"," or "]"');
      }
    }
    if (c === '"') return { kind: 'string', line: at, value: parseString() };
    if (text.startsWith('true', pos)) {
      pos += 4;
      return { kind: 'boolean', line: at, value: true };
    }
    if (text.startsWith('false', pos)) {
      pos += 5;
      return { kind: 'boolean', line: at, value: false };
    }
    if (text.startsWith('null', pos)) {
      pos += 4;
      return { kind: 'null', line: at };
    }
    numberPattern.lastIndex = pos;
    const m = numberPattern.exec(text);
    if (m !== null && m[0].length > 0) {
      pos += m[0].length;
      return { kind: 'number', line: at, value: Number(m[0]) };
    }
    return fail('a JSON value');
  };
  const value = parseValue(0);
  skip();
  if (pos < text.length) fail('end of file');
  return value;
}
