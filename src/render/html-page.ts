/**
 * The HTML document around a report: one self-contained file (inline CSS, inline SVG, no
 * script, no fonts, no links to fetch), readable on screen and on A4 paper. A strict
 * Content-Security-Policy forbids any request, so a renderer bug cannot make the file phone home.
 */
import { html } from '../escape/index.js';

const CSS = `
:root { --ink:#1d1d1f; --muted:#5f6368; --line:#d9dbe0; --soft:#f5f6f8; --worse:#D55E00; --better:#0072B2; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 28px 32px 48px; }
header.report { border-bottom: 3px solid var(--ink); padding-bottom: 12px; margin-bottom: 20px; }
header.report h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
header.report p { margin: 2px 0; color: var(--muted); }
h2 { font-size: 19px; margin: 32px 0 6px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 6px; }
p.lead { margin: 0 0 12px; color: var(--muted); max-width: 60em; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 12px; margin: 12px 0 4px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--soft); break-inside: avoid; }
.card .name { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.card .value { font-size: 28px; font-weight: 650; font-variant-numeric: tabular-nums; margin: 2px 0; }
.card .ci, .card .n { font-size: 12.5px; color: var(--muted); font-variant-numeric: tabular-nums; }
.card.worse { border-left: 5px solid var(--worse); }
.card.better { border-left: 5px solid var(--better); }
.card .change { font-size: 13px; font-weight: 600; }
figure { margin: 10px 0 6px; break-inside: avoid; }
figure svg.chart { width: 100%; height: auto; display: block; }
figcaption { font-size: 12.5px; color: var(--muted); margin-top: 4px; }
svg .grid { stroke: #eceef1; }
svg .axis { stroke: #9aa0a6; }
svg .zero { stroke: #5f6368; stroke-dasharray: 4 3; }
svg .tick { fill: #5f6368; font-size: 11px; }
svg .axis-label { fill: #3c4043; font-size: 12px; font-weight: 600; }
svg .point-label, svg .row-label, svg text.legend { fill: #202124; font-size: 11.5px; }
svg .whisker line, svg line.whisker { stroke-width: 1.6; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; border-bottom: 2px solid #bdc1c6; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
table.themes th:nth-child(2) { width: 24%; }
table.themes th:nth-child(7) { width: 38%; }
table.themes tr.child td { padding-top: 3px; padding-bottom: 3px; }
table.themes tr.child .muted { font-size: 12px; }
section#ledger table, section#columns table { max-width: 640px; }
tr.child td:first-child + td { padding-left: 26px; }
tr.child td { color: #3c4043; font-size: 13px; background: #fafbfc; }
.tag { display: inline-block; min-width: 2.4em; font-weight: 700; font-size: 12px; color: #fff; border-radius: 4px; padding: 1px 5px; text-align: center; }
.tag.pain { background: var(--worse); }
.tag.delight { background: var(--better); }
.sig { font-weight: 650; }
.worse-text { color: #b34700; font-weight: 650; }
.better-text { color: #005a8c; font-weight: 650; }
.muted { color: var(--muted); }
blockquote { margin: 4px 0; padding: 2px 0 2px 10px; border-left: 3px solid var(--line); color: #3c4043; font-size: 13px; }
blockquote .where { color: var(--muted); font-size: 11.5px; }
details { margin: 4px 0 10px; }
details summary { cursor: pointer; color: var(--better); font-size: 13px; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12.5px; }
pre.command { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; white-space: pre-wrap; word-break: break-all; }
ul.plain { margin: 4px 0; padding-left: 18px; }
.warning { background: #fff6e5; border: 1px solid #f0c36d; border-radius: 6px; padding: 6px 10px; margin: 6px 0; }
footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 11.5px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .card { background: #fff; }
  details > summary { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;

export type Page = {
  readonly title: string;
  /** Body markup, already escaped. */
  readonly body: string;
};

/** The whole document. */
export function renderPage(page: Page): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="cx">',
    `<title>${html(page.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<main>${page.body}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
