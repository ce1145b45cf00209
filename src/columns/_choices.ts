/**
 * Choice questions of a survey export, from its structure rather than its values (a few responses
 * cannot show that options repeat): Qualtrics marks them "- Selected Choice" and names their
 * write-in box `Q2_5_TEXT` after them; SurveyMonkey labels them `Response` (open ones
 * `Open-Ended Response`) and puts "Other (please specify)" in the column to their right.
 */
import { isWriteIn } from './_text-column.js';

const SELECTED_CHOICE = /-\s*selected choice\s*$/i;

export function choiceQuestions(
  columns: readonly string[],
  headersOf: (column: string) => readonly string[],
  closed: readonly string[],
): Set<string> {
  const choices = new Set(closed);
  columns.forEach((column, index) => {
    const headers = headersOf(column);
    if (headers.some((header) => SELECTED_CHOICE.test(header))) choices.add(column);
    // Qualtrics: Q2 has the write-in Q2_5_TEXT
    if (columns.some((other) => other !== column && new RegExp(`^${escape(column)}_\\d+_TEXT$`, 'i').test(other))) choices.add(column);
    // SurveyMonkey: the question to the left of its "Other (please specify)" box (a blank header, read as column_N)
    const next = columns[index + 1];
    if (next !== undefined && /^column_\d+$/.test(next) && headersOf(next).some(isWriteIn) && !headers.some(isWriteIn)) choices.add(column);
  });
  return choices;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
