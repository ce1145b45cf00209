/**
 * The renderer for a `--format`, imported when it is asked for: `cx analyze --format json` never
 * loads the HTML, SVG or table code, nor a delta report the analyze ones. The same functions as the
 * static registries in index.ts (`analyzeRenderers`, `deltaRenderers`), which load them all.
 * Each import names the one function it takes, so knip sees what is used.
 */
import type { AnalyzeReport, DeltaBySegmentOutput, DeltaOutput } from '../pipeline/types.js';
import type { Format } from './index.js';
import type { Renderer } from './types.js';

export async function loadAnalyzeRenderer(format: Format): Promise<Renderer<AnalyzeReport>> {
  switch (format) {
    case 'table': {
      const { renderAnalyzeTable } = await import('./analyze-table.js');
      return renderAnalyzeTable;
    }
    case 'json': {
      const { renderJson } = await import('./json.js');
      return renderJson;
    }
    case 'md': {
      const { renderAnalyzeMarkdown } = await import('./analyze-markdown.js');
      return renderAnalyzeMarkdown;
    }
    case 'csv': {
      const { renderAnalyzeCsv } = await import('./analyze-csv.js');
      return renderAnalyzeCsv;
    }
    case 'html': {
      const { renderAnalyzeHtml } = await import('./html-analyze.js');
      return renderAnalyzeHtml;
    }
  }
}

export async function loadDeltaRenderer(format: Format): Promise<Renderer<DeltaOutput | DeltaBySegmentOutput>> {
  switch (format) {
    case 'table': {
      const { renderDeltaTable } = await import('./delta.js');
      return renderDeltaTable;
    }
    case 'json': {
      const { renderJson } = await import('./json.js');
      return renderJson;
    }
    case 'md': {
      const { renderDeltaMarkdown } = await import('./delta.js');
      return renderDeltaMarkdown;
    }
    case 'csv': {
      const { renderDeltaCsv } = await import('./delta.js');
      return renderDeltaCsv;
    }
    case 'html': {
      const { renderDeltaHtml } = await import('./html-delta.js');
      return renderDeltaHtml;
    }
  }
}
