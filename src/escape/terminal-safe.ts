import { ANSI_SEQUENCE, BIDI, CONTROL, unifyNewlines } from './_controls.js';

export type TerminalSafeOptions = {
  /** Keep line breaks (CRLF and CR become LF). Default false: every line break becomes a space. */
  readonly keepNewlines?: boolean;
};

/**
 * Makes untrusted text safe to print on a terminal: removes ANSI/VT escape sequences (colours,
 * cursor moves, window-title and hyperlink OSC sequences), C0 and C1 control characters, DEL and
 * bidirectional overrides; a tab becomes a space; line breaks become spaces unless
 * `keepNewlines`. Printable text, including emoji, is untouched.
 *
 * @example terminalSafe('\x1b[31mred\x1b[0m\x07 ok') // 'red ok'
 */
export function terminalSafe(text: string, options: TerminalSafeOptions = {}): string {
  const cleaned = unifyNewlines(text.replace(ANSI_SEQUENCE, ''))
    .replace(CONTROL, '')
    .replace(BIDI, '')
    .replace(/\t/g, ' ');
  return options.keepNewlines === true ? cleaned : cleaned.replace(/\n/g, ' ');
}
