/** Emphasis: ALL CAPS, stretched letters ("sooo goood"), "!", emoji variants. */
import type { Token } from '../../tokenize/types.js';
import { constants } from '../constants.js';
import { addEffect, addEvent, type ClauseState } from '../clause-state.js';
import { EV_EMPHASIS, EV_EXCLAMATION } from '../rule-events.js';

export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127 && s[k] !== (s[k] as string).toUpperCase()) return false;
  }
  return letters >= 2;
}

/** Three or more of the same letter in a row ("soooo"). */
export function hasStretch(s: string): boolean {
  for (let k = 2; k < s.length; k++) if (s[k] === s[k - 1] && s[k] === s[k - 2]) return true;
  return false;
}

/** Collapses runs of a repeated character to at most `max`. */
export function collapse(s: string, max: number): string {
  let out = '';
  let run = 0;
  for (let k = 0; k < s.length; k++) {
    run = k > 0 && s[k] === s[k - 1] ? run + 1 : 1;
    if (run <= max) out += s[k];
  }
  return out;
}

/** Removes variation selectors and skin-tone modifiers so 👍🏽 and ❤️ look up as 👍 and ❤. */
export function stripEmoji(e: string): string {
  let out = '';
  for (const ch of e) {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0xfe0f || cp === 0xfe0e || (cp >= 0x1f3fb && cp <= 0x1f3ff)) continue;
    out += ch;
  }
  // ZWJ sequences: score by their first pictograph ("🤦‍♀️" → "🤦")
  const zwj = out.indexOf('\u200d');
  return zwj > 0 ? out.slice(0, zwj) : out;
}

/**
 * Emphasis step for a sentiment word of valence v: an ALL-CAPS word in mixed-case text ± capsBoost (VADER), a
 * stretched word ("goood") ± elongationBoost, in the word's direction. Returns the new valence.
 */
export function applyEmphasis(state: ClauseState, v: number, t: Token, capsDiff: boolean, stretched: boolean): number {
  if (capsDiff && t.kind === 'word' && v !== 0 && isAllCaps(t.text)) {
    const d = Math.sign(v) * constants.capsBoost;
    state.contributions?.push({ term: t.text, source: 'caps', effect: d });
    addEvent(state, EV_EMPHASIS, 1);
    v += d;
  }
  if (stretched && v !== 0) {
    const d = Math.sign(v) * constants.elongationBoost;
    state.contributions?.push({ term: t.text, source: 'elongation', effect: d });
    addEvent(state, EV_EMPHASIS, 1);
    v += d;
  }
  return v;
}

/** End of clause: each "!" (up to maxExclamations) ± exclamationBoost in the clause's direction (VADER). */
export function closeExclamation(state: ClauseState): void {
  const n = state.exclamations;
  if (state.x !== 0 && n > 0) {
    const d = Math.sign(state.x) * constants.exclamationBoost * Math.min(n, constants.maxExclamations);
    addEffect(state, state.contributions === null ? '' : '!'.repeat(Math.min(n, constants.maxExclamations)), 'exclamation', d, -1);
  }
  addEvent(state, EV_EXCLAMATION, n);
}
