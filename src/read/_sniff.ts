/** Format, delimiter and line-ending sniffing on the first decoded text of the input. */
import type { InputFormat } from './types.js';

/** Format implied by a file name (`.gz` looked through), or null. */
export function formatFromName(name: string | undefined): InputFormat | null {
  if (name === undefined) return null;
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  const dot = lower.lastIndexOf('.');
  const extension = dot === -1 ? '' : lower.slice(dot + 1);
  switch (extension) {
    case 'csv':
      return 'csv';
    case 'tsv':
    case 'tab':
      return 'tsv';
    case 'jsonl':
    case 'ndjson':
      return 'jsonl';
    case 'json':
      return 'json';
    default:
      return null;
  }
}

/** Format from the first non-blank character: '{' → jsonl, '[' → json, anything else → null. */
export function formatFromContent(text: string): InputFormat | null {
  const match = /\S/.exec(text);
  if (match === null) return null;
  if (match[0] === '{') return 'jsonl';
  if (match[0] === '[') return 'json';
  return null;
}

export const DELIMITERS: readonly string[] = [',', ';', '\t', '|'];

/**
 * Splits the sniffed text into records (quote-aware, first 20) and, for each candidate delimiter,
 * counts it outside quotes per record. The winner is the candidate present in the first record whose
 * count is the same in the most records; ties go to the higher count, then to the order , ; \t |.
 * Returns null when no candidate occurs in the first record (a one-column file).
 */
export function sniffDelimiter(text: string, complete: boolean): string | null {
  const records = countPerRecord(text, complete, 20);
  const first = records[0];
  if (first === undefined) return null;
  let best: string | null = null;
  let bestScore = -1;
  let bestCount = -1;
  DELIMITERS.forEach((delimiter, index) => {
    const count = first[index] ?? 0;
    if (count === 0) return;
    let score = 0;
    for (const record of records) if (record[index] === count) score += 1;
    if (score > bestScore || (score === bestScore && count > bestCount)) {
      best = delimiter;
      bestScore = score;
      bestCount = count;
    }
  });
  return best;
}

function countPerRecord(text: string, complete: boolean, limit: number): number[][] {
  const records: number[][] = [];
  let counts = DELIMITERS.map(() => 0);
  let inQuotes = false;
  let blank = true;
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const c = text[i] as string;
    if (c === '"') {
      inQuotes = !inQuotes;
      blank = false;
    } else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (!blank) records.push(counts);
      counts = DELIMITERS.map(() => 0);
      blank = true;
    } else {
      if (!inQuotes) {
        const index = DELIMITERS.indexOf(c);
        if (index !== -1) counts[index] = (counts[index] ?? 0) + 1;
      }
      if (c !== ' ') blank = false;
    }
  }
  if (complete && !blank && records.length < limit) records.push(counts);
  return records;
}

/** The first line break outside quotes: '\r\n', '\n' or '\r' ('\n' if none). */
export function sniffLineEnding(text: string): '\r\n' | '\n' | '\r' {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === '\n') return '\n';
    else if (!inQuotes && c === '\r') return text[i + 1] === '\n' ? '\r\n' : i + 1 < text.length ? '\r' : '\r\n';
  }
  return '\n';
}
