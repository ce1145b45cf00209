/**
 * What `cx init FILE` writes: the column mapping detection found on FILE, and every other
 * setting at its default, so the analyst corrects it once and each later run reads it.
 */
import type { ColumnMapping } from '../columns/types.js';
import { DEFAULT_THRESHOLDS } from '../sentiment/index.js';

export type StarterConfig = {
  readonly columns: {
    readonly text: readonly string[];
    readonly id: string | null;
    readonly date: string | null;
    readonly nps: string | null;
    readonly csat: string | null;
    readonly ces: string | null;
    readonly rating: string | null;
    readonly segments: readonly string[];
  };
  readonly by: readonly string[];
  readonly ignoreTerms: readonly string[];
  readonly lexicon: Readonly<Record<string, number>>;
  readonly taxonomy: null;
  readonly thresholds: { readonly positive: number; readonly negative: number };
  readonly maxThemes: null;
  readonly dateFormat: 'ymd' | 'mdy' | 'dmy' | null;
};

export function starterConfig(mapping: ColumnMapping, dateFormat: 'ymd' | 'mdy' | 'dmy' | null): StarterConfig {
  const column = (assignment: { readonly column: string } | null): string | null => assignment?.column ?? null;
  return {
    columns: {
      text: mapping.text.map((assignment) => assignment.column),
      id: column(mapping.id),
      date: column(mapping.date),
      nps: column(mapping.nps),
      csat: column(mapping.csat),
      ces: column(mapping.ces),
      rating: column(mapping.rating),
      segments: mapping.segments.map((assignment) => assignment.column),
    },
    by: [],
    ignoreTerms: [],
    lexicon: {},
    taxonomy: null,
    thresholds: { ...DEFAULT_THRESHOLDS },
    maxThemes: null,
    dateFormat,
  };
}
