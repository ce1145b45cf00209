/**
 * Example comments that show a theme clearly. Deterministic, by these keys in order:
 * 1. the comment contains the theme's top keyword (case-insensitive);
 * 2. the whole comment leans the theme's way (negative for a pain point, positive for a delight);
 * 3. the keyword appears within the first 60 characters (so it survives truncation in a table);
 * 4. its length is readable: 30-160 characters first, then shorter, then longer ones;
 * 5. the sentiment of the clauses that mention the theme is strongly on the theme's side
 *    (most negative for a pain point, most positive for a delight, strongest either way otherwise);
 * 6. shorter first; 7. earlier line first.
 * Non-answers, repeated texts and near-repeats (same first five words) are left out. PII is
 * masked unless `redact` is false.
 */
import { redact as maskPii } from '../redact/index.js';
import type { Theme } from '../themes/types.js';
import type { AnalysedRow } from './collect.js';
import type { Example } from './types.js';

export type ExampleOptions = {
  readonly count: number;
  readonly redact: boolean;
  /** Which way the theme leans: examples on that side come first. */
  readonly lean: 'negative' | 'positive' | 'neutral';
};

type Candidate = { readonly row: AnalysedRow; readonly aspect: number; readonly keyword: boolean; readonly agrees: boolean; readonly early: boolean; readonly lengthBand: number; readonly length: number };

export function pickExamples(
  theme: Theme,
  rows: readonly AnalysedRow[],
  nonAnswer: readonly boolean[],
  options: ExampleOptions,
): Example[] {
  if (options.count <= 0) return [];
  const keyword = (theme.keywords[0] ?? '').toLowerCase();
  const candidates: Candidate[] = [];
  theme.rows.forEach((index, position) => {
    const row = rows[index];
    if (row === undefined || nonAnswer[index] === true) return;
    const length = row.text.length;
    const at = keyword === '' ? -1 : row.text.toLowerCase().indexOf(keyword);
    candidates.push({
      row,
      aspect: theme.aspectScores[position] ?? row.score,
      keyword: at >= 0,
      early: at >= 0 && at < 60,
      agrees: options.lean === 'negative' ? row.score < 0 : options.lean === 'positive' ? row.score > 0 : true,
      lengthBand: length >= 30 && length <= 160 ? 0 : length < 30 ? 1 : 2,
      length,
    });
  });
  const strength = (candidate: Candidate): number =>
    options.lean === 'negative' ? -candidate.aspect : options.lean === 'positive' ? candidate.aspect : Math.abs(candidate.aspect);
  candidates.sort(
    (a, b) =>
      Number(b.keyword) - Number(a.keyword) ||
      Number(b.agrees) - Number(a.agrees) ||
      Number(b.early) - Number(a.early) ||
      a.lengthBand - b.lengthBand ||
      strength(b) - strength(a) ||
      a.length - b.length ||
      a.row.line - b.row.line,
  );
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const candidate of candidates) {
    const key = opening(candidate.row.text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      line: candidate.row.line,
      id: candidate.row.id,
      text: options.redact ? maskPii(candidate.row.text) : candidate.row.text,
      aspectScore: candidate.aspect,
    });
    if (out.length >= options.count) break;
  }
  return out;
}

/** The first five words, lower-cased: comments that open the same way count as repeats. */
function opening(text: string): string {
  return text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '').slice(0, 5).join(' ');
}
