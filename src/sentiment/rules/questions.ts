/**
 * Questions and requests (docs/sentiment.md, "Questions and requests lean neutral"): an information question or a
 * request keeps questionDamping of its valence; a complaint question ("why …", "how come …") is not damped and each
 * "?" after the first adds emphasis.
 */
import type { Token } from '../../tokenize/types.js';
import { constants } from '../constants.js';
import { addEffect, addEvent, type ClauseState } from '../clause-state.js';
import { EV_COMPLAINT_QUESTION, EV_INFO_QUESTION, EV_QUESTION_MARKS } from '../rule-events.js';
import { complaintQuestionOpeners, questionOpeners } from '../model/modifiers.js';

const AUXILIARIES: ReadonlySet<string> = new Set(questionOpeners);
const COMPLAINT_OPENERS: ReadonlySet<string> = new Set(complaintQuestionOpeners.filter((w) => !w.includes(' ')));

/** A clause opened by "why", "how come", … : a complaint put as a question. */
export function isComplaintQuestion(tokens: readonly Token[], from: number): boolean {
  const opener = (tokens[from] as Token).norm;
  return COMPLAINT_OPENERS.has(opener) || (opener === 'how' && tokens[from + 1]?.norm === 'come');
}

/**
 * Whether the clause tokens[from, …) with `questionMarks` "?" asks for information or makes a request: "please …",
 * "can/could/would/will you …", anything ending in "?" except exclamations ("what a great day", "how cool is that":
 * "how" + a sentiment word, `hasValence`), and "how/where/when/which" + an auxiliary without "?" ("how do I reset …").
 */
export function isInfoQuestion(tokens: readonly Token[], from: number, questionMarks: number, hasValence: (norm: string) => boolean): boolean {
  const opener = (tokens[from] as Token).norm;
  const second = tokens[from + 1];
  if (opener === 'please') return true;
  if ((opener === 'can' || opener === 'could' || opener === 'would' || opener === 'will') && second?.norm === 'you') return true;
  if (opener === 'what' && (second?.norm === 'a' || second?.norm === 'an')) return false;
  if (opener === 'how' && second !== undefined && hasValence(second.norm)) return false;
  if (questionMarks > 0) return true;
  if (opener === 'how' || opener === 'where' || opener === 'when' || opener === 'which') return second !== undefined && AUXILIARIES.has(second.norm);
  return false;
}

/** End of clause: records the question evidence, then damps an information question or emphasises a complaint one. */
export function closeQuestion(state: ClauseState, tokens: readonly Token[], from: number, hasValence: (norm: string) => boolean): void {
  const marks = state.questionMarks;
  addEvent(state, EV_QUESTION_MARKS, marks);
  const complaint = isComplaintQuestion(tokens, from);
  const info = !complaint && isInfoQuestion(tokens, from, marks, hasValence);
  if (info) addEvent(state, EV_INFO_QUESTION, 1);
  else if (complaint && marks > 0) addEvent(state, EV_COMPLAINT_QUESTION, 1);
  const x = state.x;
  if (x === 0) return;
  if (info) addEffect(state, marks > 0 ? '?' : (tokens[from] as Token).norm, 'question', x * constants.questionDamping - x, -1);
  else if (marks > 1) addEffect(state, state.contributions === null ? '' : '?'.repeat(Math.min(marks, 4)), 'question-emphasis', Math.sign(x) * constants.questionBoost * Math.min(marks - 1, 3), -1);
}
