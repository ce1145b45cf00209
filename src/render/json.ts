/** `--format json`: the report as it is (full precision), two-space indent, final newline. */
export function renderJson(report: unknown): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
