/** A parsed JSON object → flat string fields: nested objects joined with dots, arrays as JSON text. */

const MAX_DEPTH = 32;

/** Null-prototype result, so keys such as "__proto__" or "constructor" are plain fields. */
export function flattenObject(value: Readonly<Record<string, unknown>>): Record<string, string> {
  const fields = Object.create(null) as Record<string, string>;
  walk(value, '', fields, 0);
  return fields;
}

function walk(value: Readonly<Record<string, unknown>>, prefix: string, out: Record<string, string>, depth: number): void {
  const keys = Object.keys(value);
  if (keys.length === 0 && prefix !== '') {
    out[prefix.slice(0, -1)] = '';
    return;
  }
  for (const key of keys) {
    const child = value[key];
    const name = prefix + key;
    if (child !== null && typeof child === 'object' && !Array.isArray(child) && depth < MAX_DEPTH) {
      walk(child as Record<string, unknown>, `${name}.`, out, depth + 1);
    } else {
      out[name] = scalar(child);
    }
  }
}

/** Deeper values are not stringified (JSON.stringify recurses and would overflow the stack). */
const MAX_STRINGIFY_DEPTH = 256;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (nestingDepth(value, MAX_STRINGIFY_DEPTH) > MAX_STRINGIFY_DEPTH) return `[nested deeper than ${MAX_STRINGIFY_DEPTH} levels]`;
  return JSON.stringify(value) ?? '';
}

/** Nesting depth of a parsed JSON value, counted iteratively and stopping once past `limit`. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Object.values(node as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** What a parsed JSON value is, for messages. */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
