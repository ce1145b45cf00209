/**
 * A JSON file holding one array of objects, read element by element: a linear scanner finds where
 * each top-level element starts and ends (tracking strings, escapes and nesting), so the file is
 * never held as one string and every record knows its starting line.
 */
import { CxError } from '../errors.js';
import { parseJsonRecord } from './_jsonl.js';
import type { RawRecord, Skip } from './types.js';

export async function* readJsonArray(text: AsyncIterable<string>, source: string): AsyncGenerator<RawRecord | Skip> {
  let line = 1;
  let afterCarriage = false;
  let state: 'before' | 'between' | 'element' | 'after' = 'before';
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  let elementLine = 0;
  const finish = (): RawRecord | Skip => {
    const content = parts.join('');
    parts = [];
    return parseJsonRecord(content, elementLine);
  };
  for await (const chunk of text) {
    let start = -1; // where the current element's text starts in this chunk
    if (state === 'element') start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string;
      if (c === '\n') {
        if (!(i === 0 ? afterCarriage : chunk[i - 1] === '\r')) line += 1;
      } else if (c === '\r') line += 1;
      if (state === 'before') {
        if (c === '[') state = 'between';
        else if (!isSpace(c)) {
          throw new CxError('malformed_input', `line ${line}: expected a JSON array of objects`, { file: source, line });
        }
        continue;
      }
      if (state === 'after') {
        if (!isSpace(c)) {
          throw new CxError('malformed_input', `line ${line}: unexpected text after the end of the JSON array`, {
            file: source,
            line,
          });
        }
        continue;
      }
      if (state === 'between') {
        if (isSpace(c) || c === ',') continue;
        if (c === ']') {
          state = 'after';
          continue;
        }
        state = 'element';
        elementLine = line;
        start = i;
        depth = 0;
        inString = false;
        escaped = false;
      }
      // state === 'element'
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth += 1;
      else if (c === '}' || c === ']') {
        if (depth === 0) {
          // the array's closing bracket ends a primitive element
          parts.push(chunk.slice(start, i));
          yield finish();
          state = 'after';
          continue;
        }
        depth -= 1;
      } else if (c === ',' && depth === 0) {
        parts.push(chunk.slice(start, i));
        yield finish();
        state = 'between';
      }
    }
    if (state === 'element' && start !== -1) parts.push(chunk.slice(start));
    afterCarriage = chunk.endsWith('\r');
  }
  if ((state as string) === 'element' || (state as string) === 'between') {
    throw new CxError('malformed_input', `line ${line}: the JSON array is never closed (missing "]")`, {
      file: source,
      line,
    });
  }
}

const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t';
