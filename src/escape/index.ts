/** Escaping untrusted text for each output: CSV (with injection guard), Markdown, HTML, terminal. */
export { csvCell, csvRow } from './csv-cell.js';
export type { CsvCellOptions } from './csv-cell.js';
export { markdownCell } from './markdown-cell.js';
export { html } from './html.js';
export { terminalSafe } from './terminal-safe.js';
export type { TerminalSafeOptions } from './terminal-safe.js';
