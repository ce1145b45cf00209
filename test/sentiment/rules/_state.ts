// A fresh clause state over a tokenized text, collecting contributions (for the rule-step tests).
import { beginClause, createClauseState, type ClauseState } from '../../../src/sentiment/clause-state.js';
import { RULE_EVENT_COUNT } from '../../../src/sentiment/rule-events.js';
import { tokenize } from '../../../src/tokenize/index.js';
import type { Token } from '../../../src/tokenize/types.js';

export function clause(text: string): { tokens: readonly Token[]; state: ClauseState; at: (norm: string) => number } {
  const tokens = tokenize(text);
  const state = createClauseState(new Float64Array(RULE_EVENT_COUNT));
  beginClause(state, tokens, 0, []);
  return { tokens, state, at: (norm) => tokens.findIndex((t) => t.norm === norm) };
}
