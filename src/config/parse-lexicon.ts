/**
 * A domain lexicon file (`--lexicon words.csv`) → entries. One `word or phrase,score` per line;
 * the score is a valence on VADER's −4 … +4 scale (−4 most negative, 0 neutral, +4 most
 * positive; "terrible" is about −2.5, "good" +1.9). `,`, `;` or a tab separates the two; the
 * last separator on the line counts, so a phrase needs no quotes. An optional header line
 * (`term,score`), blank lines and `#` comments are skipped. Pure; errors name the file and line.
 */
import { CxError } from '../errors.js';
import { checkTerm, checkValence } from './parse-config.js';
import type { LexiconEntry } from './types.js';

const HEADER = /^\s*"?(?:term|word|phrase|words?\/phrases?|token)"?\s*[,;\t]\s*"?(?:score|valence|value|sentiment|polarity|weight)"?\s*$/i;

export function parseLexicon(text: string, file: string): LexiconEntry[] {
  const entries = new Map<string, LexiconEntry>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || (entries.size === 0 && HEADER.test(line))) return;
    const fail = (message: string): never => {
      throw new CxError('usage', `${file}: line ${lineNumber}: ${message}`, { file, line: lineNumber });
    };
    const cut = Math.max(line.lastIndexOf(','), line.lastIndexOf(';'), line.lastIndexOf('\t'));
    if (cut <= 0) fail(`expected "word or phrase,score", got ${JSON.stringify(line)}`);
    const term = unquote(line.slice(0, cut));
    const scoreText = unquote(line.slice(cut + 1));
    const score = scoreText === '' ? Number.NaN : Number(scoreText.replace(/^\+/, ''));
    const entry = {
      term: checkTerm(term, 'the term', fail),
      valence: checkValence(Number.isFinite(score) ? score : scoreText, 'the score', fail),
    };
    entries.set(entry.term, entry);
  });
  return [...entries.values()];
}

const unquote = (value: string): string => {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replace(/""/g, '"').trim() : trimmed;
};
