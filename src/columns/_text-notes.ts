/** The stderr sentences about the text choice: what was taken, the runner-up and why it lost, the flag to change it. */
import { describe, type TextChoice } from './_text-column.js';

const quote = (column: string): string => JSON.stringify(column);

export function textNotes(choice: TextChoice, questions: ReadonlyMap<string, string>): string[] {
  const notes: string[] = [];
  if (choice.columns.length > 1) {
    const named = choice.columns.map((column) => {
      const question = questions.get(column) ?? '';
      // the wording of a coded column (Q3, column_12); SurveyMonkey's "Open-Ended Response" label says nothing
      return /^(?:Q|QID)\d+|^column_\d+$/i.test(column) && question !== '' ? `${quote(column)} (${question})` : quote(column);
    });
    notes.push(
      `text: ${choice.columns.length} open questions were answered; their answers are analysed together, joined per response: ${named.join(', ')}; ` +
        `use --text ${quote(choice.best.column)} to analyse one`,
    );
  }
  if (choice.runnerUp !== null) {
    notes.push(
      `text: took ${quote(choice.best.column)} (${describe(choice.best)}); runner-up ${quote(choice.runnerUp.column)}: ${choice.why}; ` +
        `use --text ${quote(choice.runnerUp.column)} to take it instead`,
    );
  }
  return notes;
}
