/** Types of the render stage: a report and how to show it → a string. */
import type { ColumnMapping } from '../pipeline/types.js';

export type ColorLevel = 0 | 1 | 2 | 3;

export type RenderContext = {
  /** Colour depth for the terminal table (0 = none). Decided by the CLI, never auto-detected here. */
  readonly color: ColorLevel;
  /** Width to fit the table into, in columns. */
  readonly width: number;
  /** Rows of themes to show in the table and Markdown reports (default 10). */
  readonly top?: number;
  /** The command line that produced the report, shown by the HTML report (so it can be re-run). */
  readonly command?: string;
  /** cx's version, for the HTML report's footer. */
  readonly version?: string;
  /** The column mapping of each input (delta: the JSON output does not carry it). */
  readonly columns?: readonly ColumnMapping[];
};

export type Renderer<Report> = (report: Report, context: RenderContext) => string;
