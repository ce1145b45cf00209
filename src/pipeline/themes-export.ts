/** `themes export`: discover themes (or apply a taxonomy and discover emerging ones) → a taxonomy. */
import type { ColumnMapping } from '../columns/types.js';
import { discoverThemes, toTaxonomy } from '../themes/index.js';
import type { Taxonomy } from '../themes/types.js';
import { collect, requireAnalysed } from './collect.js';
import type { AnalyzeOptions, InputSummary } from './types.js';

export type ThemesExportOptions = Omit<AnalyzeOptions, 'examples' | 'by' | 'redact'>;

export type ThemesExportResult = {
  readonly input: InputSummary;
  readonly columns: ColumnMapping;
  readonly warnings: readonly string[];
  readonly taxonomy: Taxonomy;
};

export async function themesExport(options: ThemesExportOptions): Promise<ThemesExportResult> {
  const collected = await collect({ ...options, keepTexts: false });
  requireAnalysed(collected);
  const model = discoverThemes(collected.docs, options);
  let nonAnswers = 0;
  for (const flag of model.nonAnswer) if (flag) nonAnswers += 1;
  const warnings = [...collected.warnings];
  if (model.themes.length === 0) warnings.push('no themes found: the taxonomy is empty');
  return {
    input: { ...collected.ledger.summary(collected.opened), nonAnswers },
    columns: collected.mapping,
    warnings,
    taxonomy: toTaxonomy(model),
  };
}
