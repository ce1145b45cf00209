/** JSON Lines: one JSON object per non-blank line. */
import { flattenObject, jsonKind } from './_flatten.js';
import { splitLines } from './_lines.js';
import type { RawRecord, Skip } from './types.js';

export async function* readJsonl(text: AsyncIterable<string>): AsyncGenerator<RawRecord | Skip> {
  for await (const { line, text: content } of splitLines(text)) {
    if (content.trim() === '') continue;
    yield parseJsonRecord(content, line);
  }
}

/** Parses one JSON value that must be an object; anything else is an `invalid_json` skip. */
export function parseJsonRecord(content: string, line: number): RawRecord | Skip {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'skip', line, reason: 'invalid_json', detail: `not valid JSON: ${message.slice(0, 200)}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'skip', line, reason: 'invalid_json', detail: `expected a JSON object, got ${jsonKind(value)}` };
  }
  return { kind: 'record', line, fields: flattenObject(value as Record<string, unknown>) };
}
