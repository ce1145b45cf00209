/**
 * The renderer for a `--format`, imported when it is asked for: `cx analyze --format json` never
 * loads the HTML, SVG or table code, nor a delta report the analyze ones. The same functions as the
 * static registries in index.ts (`analyzeRenderers`, `deltaRenderers`), which load them all.
 */
import type { AnalyzeReport } from '../pipeline/types.js';
import type { DeltaBySegmentOutput, DeltaOutput } from '../pipeline/delta.js';
import type { Format } from './index.js';
import type { Renderer } from './types.js';

export async function loadAnalyzeRenderer(format: Format): Promise<Renderer<AnalyzeReport>> {
  switch (format) {
    case 'table':
      return (await import('./analyze-table.js')).renderAnalyzeTable;
    case 'json':
      return (await import('./json.js')).renderJson;
    case 'md':
      return (await import('./analyze-markdown.js')).renderAnalyzeMarkdown;
    case 'csv':
      return (await import('./analyze-csv.js')).renderAnalyzeCsv;
    case 'html':
      return (await import('./html-analyze.js')).renderAnalyzeHtml;
  }
}

export async function loadDeltaRenderer(format: Format): Promise<Renderer<DeltaOutput | DeltaBySegmentOutput>> {
  switch (format) {
    case 'table':
      return (await import('./delta.js')).renderDeltaTable;
    case 'json':
      return (await import('./json.js')).renderJson;
    case 'md':
      return (await import('./delta.js')).renderDeltaMarkdown;
    case 'csv':
      return (await import('./delta.js')).renderDeltaCsv;
    case 'html':
      return (await import('./html-delta.js')).renderDeltaHtml;
  }
}
