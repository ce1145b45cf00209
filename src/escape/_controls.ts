// Shared by the escapers: ANSI/VT escape sequences and control characters.
//
// ESC-introduced sequences (ECMA-48): CSI `ESC [` params (0x30-0x3F) intermediates (0x20-0x2F)
// final (0x40-0x7E); OSC `ESC ]` … BEL or `ESC \`; DCS/SOS/PM/APC `ESC P|X|^|_` … `ESC \`;
// any other `ESC` intermediates* final. Also the 8-bit CSI (0x9B). Each part's character class
// is disjoint from the next one's, so there is one way to match: linear time.
export const ANSI_SEQUENCE =
  /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|[ -/]*[0-~])|\x9b[0-?]*[ -/]*[@-~]/g;

// C0 controls except TAB, LF and CR (handled separately), DEL, and the C1 controls.
export const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

// Bidirectional formatting characters ("Trojan Source", CVE-2021-42574): they can make text
// display in a different order than it is stored. ZWJ (U+200D) is kept: emoji sequences need it.
export const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** CRLF and lone CR become LF. */
export function unifyNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
