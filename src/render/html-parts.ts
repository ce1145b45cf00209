/** Pieces shared by the analyze and delta HTML reports: tables, the row ledger, the column mapping, the command line. */
import { html } from '../escape/index.js';
import type { ColumnAssignment, ColumnMapping, InputSummary } from '../pipeline/types.js';

/** A table: `head` cells are text, `rows` cells are markup (escape before). */
export function table(head: readonly { readonly text: string; readonly num?: boolean }[], rows: readonly (readonly string[])[], caption?: string): string {
  const headRow = `<tr>${head.map((h) => `<th scope="col"${h.num === true ? ' class="num"' : ''}>${html(h.text)}</th>`).join('')}</tr>`;
  const body = rows
    .map((cells) => `<tr>${cells.map((cell, i) => `<td${head[i]?.num === true ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>${caption === undefined ? '' : `<caption class="muted">${html(caption)}</caption>`}<thead>${headRow}</thead><tbody>\n${body}\n</tbody></table>`;
}

export function section(id: string, title: string, ...content: readonly string[]): string {
  return `<section id="${html(id)}" aria-labelledby="${html(id)}-h">\n<h2 id="${html(id)}-h">${html(title)}</h2>\n${content.join('\n')}\n</section>`;
}

/** A chart with a caption and, folded, the same numbers as a table (the accessible alternative). */
export function figure(svg: string, caption: string, alternative: string): string {
  return `<figure>${svg}<figcaption>${html(caption)}</figcaption></figure>\n<details><summary>Show the chart's numbers as a table</summary>${alternative}</details>`;
}

const count = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
export { count as thousands };

/** The row ledger: every record read is analysed or skipped with a reason and line. */
export function ledgerSection(inputs: readonly InputSummary[], labels: readonly string[] = []): string {
  const parts = inputs.map((input, index) => {
    const label = labels[index] ?? input.file;
    const rows: string[][] = [
      ['Records read', count(input.rows)],
      ['Analysed', count(input.analyzed)],
      ['Skipped', count(input.skipped)],
    ];
    for (const [reason, n] of Object.entries(input.skippedByReason)) rows.push([`&nbsp;&nbsp;skipped: ${html(reason)}`, count(n)]);
    if (input.nonAnswers > 0) rows.push(['Non-answers ("n/a", "nothing") kept out of themes', count(input.nonAnswers)]);
    for (const [kpi, reasons] of Object.entries(input.invalidValues)) {
      for (const [reason, n] of Object.entries(reasons)) rows.push([`Invalid ${html(kpi)} values dropped (${html(reason)})`, count(n)]);
    }
    const skipped =
      input.firstSkipped.length === 0
        ? ''
        : `<p class="muted">First skipped: ${input.firstSkipped.map((s) => `line ${s.line} (${html(String(s.reason))})`).join(', ')}${input.skipped > input.firstSkipped.length ? ', …' : ''}.</p>`;
    const invalid =
      input.firstInvalid.length === 0
        ? ''
        : `<p class="muted">First invalid values: ${input.firstInvalid.slice(0, 5).map((v) => `line ${v.line} ${html(v.kpi)} = “${html(v.value)}”`).join(', ')}.</p>`;
    const source = `${html(label)} · ${html(input.format.toUpperCase())}${input.delimiter === null ? '' : `, delimiter “${html(input.delimiter === '\t' ? 'tab' : input.delimiter)}”`}, ${html(input.encoding)}${input.compressed ? ', gzip' : ''}`;
    return `<h3>${source}</h3>\n${table([{ text: 'Rows' }, { text: 'count', num: true }], rows)}\n${skipped}${invalid}`;
  });
  return section('ledger', 'Row ledger', '<p class="lead">Every input record is either analysed or counted as skipped, with its reason and line.</p>', ...parts);
}

const ROLES = ['text', 'id', 'date', 'nps', 'csat', 'ces', 'rating'] as const;

function assigned(a: ColumnAssignment | null): [string, string] {
  return a === null ? ['<span class="muted">not found</span>', ''] : [`<code>${html(a.column)}</code>`, html(a.detectedBy)];
}

/** Which input column plays which role, and how cx decided. */
export function columnsTable(mapping: ColumnMapping): string {
  const rows: string[][] = [];
  for (const role of ROLES) {
    if (role === 'text') {
      for (const a of mapping.text) rows.push(['text', ...assigned(a)]);
      continue;
    }
    const [column, how] = assigned(mapping[role]);
    rows.push([role, role === 'rating' && mapping.ratingScale !== null ? `${column} (scale ${mapping.ratingScale.min}-${mapping.ratingScale.max})` : column, how]);
  }
  for (const a of mapping.segments) rows.push(['segment', ...assigned(a)]);
  return table([{ text: 'Role' }, { text: 'Column' }, { text: 'Detected by' }], rows);
}

export function columnsSection(mappings: readonly ColumnMapping[], labels: readonly string[] = []): string {
  const parts = mappings.map((mapping, index) => (mappings.length > 1 ? `<h3>${html(labels[index] ?? `input ${index + 1}`)}</h3>` : '') + columnsTable(mapping));
  return section(
    'columns',
    'Column mapping',
    '<p class="lead">“header”: recognised from the column name; “values”: inferred from the values; “flag”: named on the command line.</p>',
    ...parts,
  );
}

/** The exact command that produced the report, to re-run it. */
export function commandSection(command: string | undefined): string {
  if (command === undefined) return '';
  return section('command', 'How this report was made', `<pre class="command"><code>${html(command)}</code></pre>`);
}

export function warningsBlock(warnings: readonly string[]): string {
  return warnings.map((warning) => `<p class="warning"><strong>Note:</strong> ${html(warning)}</p>`).join('\n');
}

/** Arguments as one line a POSIX shell would split back into them: `cx analyze 'my file.csv'`. */
export function commandLine(args: readonly string[]): string {
  const quote = (arg: string): string => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
  return ['cx', ...args.map(quote)].join(' ');
}
