/**
 * SurveyMonkey writes a second header row under the questions: `Response`, `Open-Ended Response`,
 * `Other (please specify)` or the option labels of a multiple-choice question (whose own header
 * cells are blank). The reader keeps it as a record because most of its cells are empty; it is
 * recognised here as the first record when it holds at least one `Response` / `Open-Ended
 * Response` label and no number or date, and becomes question wording instead of a comment.
 */
import { isDateLike } from './_profile.js';
import { parseScore } from '../normalize/index.js';
import type { RawRecord } from '../read/types.js';

const RESPONSE_LABEL = /^(?:response|open-ended response)$/i;
const AUTO_NAMED = /^column_\d+$/;

export type SubHeader = {
  readonly line: number;
  /** Column → wording: the sub-label, prefixed by the question to its left for blank question cells. */
  readonly wording: Readonly<Record<string, string>>;
  /** Columns labelled `Response` (a closed question: a choice or a scale), as opposed to `Open-Ended Response`. */
  readonly closed: readonly string[];
};

export function findSubHeader(columns: readonly string[], sample: readonly RawRecord[]): SubHeader | null {
  let first: RawRecord | undefined;
  for (const record of sample) if (first === undefined || record.line < first.line) first = record;
  if (first === undefined) return null;
  const values = columns.map((column) => (first.fields[column] ?? '').trim());
  const filled = values.filter((value) => value !== '');
  if (!filled.some((value) => RESPONSE_LABEL.test(value))) return null;
  if (filled.some((value) => value.length > 80 || parseScore(value).kind === 'number' || isDateLike(value))) return null;
  const wording = Object.create(null) as Record<string, string>;
  const closed: string[] = [];
  let question = '';
  columns.forEach((column, index) => {
    const label = values[index] as string;
    if (!AUTO_NAMED.test(column)) question = column;
    if (/^response$/i.test(label)) closed.push(column);
    if (label === '' || /^response$/i.test(label)) return;
    wording[column] = AUTO_NAMED.test(column) && question !== '' ? `${question} - ${label}` : label;
  });
  return { line: first.line, wording, closed };
}
