/**
 * Choice questions of a survey export, from its structure rather than its values (a few responses
 * cannot show that options repeat): Qualtrics marks them "- Selected Choice" and names their
 * write-in box `Q2_5_TEXT` after them; SurveyMonkey labels them `Response` (open ones
 * `Open-Ended Response`) and puts "Other (please specify)" in the column to their right.
 */
import { isWriteIn } from './_text-column.js';

const SELECTED_CHOICE = /-\s*selected choice\s*$/i;
const WRITE_IN_OF = /^(.+)_\d+_TEXT$/i;

export function choiceQuestions(
  columns: readonly string[],
  headersOf: (column: string) => readonly string[],
  closed: readonly string[],
): Set<string> {
  const choices = new Set(closed);
  // Qualtrics: Q2 has the write-in Q2_5_TEXT
  const withWriteIn = new Set<string>();
  for (const column of columns) {
    const match = WRITE_IN_OF.exec(column);
    if (match !== null) withWriteIn.add((match[1] as string).toLowerCase());
  }
  columns.forEach((column, index) => {
    const headers = headersOf(column);
    if (headers.some((header) => SELECTED_CHOICE.test(header))) choices.add(column);
    if (withWriteIn.has(column.toLowerCase())) choices.add(column);
    // SurveyMonkey: the question to the left of its "Other (please specify)" box (a blank header, read as column_N)
    const next = columns[index + 1];
    if (next !== undefined && /^column_\d+$/.test(next) && headersOf(next).some(isWriteIn) && !headers.some(isWriteIn)) choices.add(column);
  });
  return choices;
}

