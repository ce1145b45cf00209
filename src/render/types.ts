/** Types of the render stage: a report and how to show it → a string. */

export type ColorLevel = 0 | 1 | 2 | 3;

export type RenderContext = {
  /** Colour depth for the terminal table (0 = none). Decided by the CLI, never auto-detected here. */
  readonly color: ColorLevel;
  /** Width to fit the table into, in columns. */
  readonly width: number;
  /** Rows of themes to show in the table and Markdown reports (default 10). */
  readonly top?: number;
};

export type Renderer<Report> = (report: Report, context: RenderContext) => string;
