/** One raw record → a typed FeedbackRow (or an `empty_text` skip), invalid values dropped per KPI. */
import type { ColumnAssignment, ColumnMapping } from '../columns/types.js';
import { terminalSafe } from '../escape/index.js';
import type { RawRecord, Skip } from '../read/types.js';
import type { DateOrderEvidence } from './date-order-evidence.js';
import { parseDate, type DateOrder } from './parse-date.js';
import { parseScore } from './parse-score.js';
import type { FeedbackRow, InvalidValue, Kpi } from './types.js';

export type NormalizeOptions = {
  /** Order of day/month/year in slash dates; detected from the data when absent. */
  readonly dateFormat?: DateOrder;
  /**
   * Without `dateFormat`: collects D/M vs M/D evidence over the whole file; dates both orders allow
   * are read as M/D provisionally (`provisionalDate`) until `settleDateOrder` decides.
   */
  readonly dateEvidence?: DateOrderEvidence;
};

export type NormalizeResult = {
  readonly row: FeedbackRow | null;
  readonly skip: Skip | null;
  readonly invalid: readonly InvalidValue[];
  /** The row's date was read provisionally as M/D (see DateOrderEvidence). */
  readonly provisionalDate?: boolean;
};

/** Scales of the fixed KPIs: NPS 0-10 (Reichheld 2003), CSAT 1-5 unless detection found 1-7 or 1-10, CES 1-7 (CEB/Gartner CES 2.0). */
const SCALES: Readonly<Record<'nps' | 'csat' | 'ces', { readonly min: number; readonly max: number }>> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

const SENTENCE_END = /[.!?…。！？]$/u;

/** Joins the non-empty text parts: ". " between them, or just " " after a part that already ends a sentence. */
export function joinText(parts: readonly string[]): string {
  let text = '';
  for (const part of parts) {
    const trimmed = withoutControls(part).trim();
    if (trimmed === '') continue;
    if (text === '') text = trimmed;
    else text += (SENTENCE_END.test(text) ? ' ' : '. ') + trimmed;
  }
  return text;
}

/** Control characters other than tab and line breaks, DEL, C1 controls and bidirectional overrides. */
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Comment text with terminal escape sequences (colours, OSC titles) and control characters removed,
 * so "\x1b[31mterrible\x1b[0m service" is analysed as "terrible service" and no escape payload
 * becomes a theme. Line breaks are kept. The original fields are untouched (cx enrich).
 */
export function withoutControls(text: string): string {
  return HAS_CONTROL.test(text) ? terminalSafe(text, { keepNewlines: true }) : text;
}

export function normalizeRecord(record: RawRecord, mapping: ColumnMapping, options: NormalizeOptions): NormalizeResult {
  const fields = record.fields;
  const line = record.line;
  const value = (assignment: ColumnAssignment | null): string =>
    assignment === null ? '' : (fields[assignment.column] ?? '');

  if (mapping.headerLines !== undefined && mapping.headerLines.includes(line)) {
    return { row: null, skip: { kind: 'skip', line, reason: 'duplicate_header', detail: 'a second header row (answer labels)' }, invalid: [] };
  }
  const text = joinText(mapping.text.map((assignment) => value(assignment)));
  if (text === '') {
    const names = mapping.text.map((assignment) => `"${assignment.column}"`);
    const detail = names.length === 1 ? `column ${names[0]} is empty` : `columns ${names.join(', ')} are empty`;
    return { row: null, skip: { kind: 'skip', line, reason: 'empty_text', detail }, invalid: [] };
  }

  const invalid: InvalidValue[] = [];
  const score = (kpi: Kpi, raw: string, scale: { readonly min: number; readonly max: number }, integer: boolean): number | null => {
    const parsed = parseScore(raw);
    if (parsed.kind === 'missing') return null;
    if (parsed.kind === 'not_a_number') {
      invalid.push({ line, kpi, reason: `${kpi}_not_a_number`, value: raw });
      return null;
    }
    const number = parsed.value;
    if (number < scale.min || number > scale.max || (integer && !Number.isInteger(number))) {
      invalid.push({ line, kpi, reason: `${kpi}_out_of_range`, value: raw });
      return null;
    }
    return number;
  };
  const nps = mapping.nps === null ? null : score('nps', value(mapping.nps), SCALES.nps, true);
  const csat = mapping.csat === null ? null : score('csat', value(mapping.csat), mapping.csatScale ?? SCALES.csat, true);
  const ces = mapping.ces === null ? null : score('ces', value(mapping.ces), SCALES.ces, true);
  const rating =
    mapping.rating === null ? null : score('rating', value(mapping.rating), mapping.ratingScale ?? { min: 0, max: 10 }, false);

  let date: string | null = null;
  let provisionalDate = false;
  if (mapping.date !== null) {
    const raw = value(mapping.date);
    if (raw.trim() !== '') {
      const evidence = options.dateFormat === undefined ? options.dateEvidence : undefined;
      const parsed = evidence === undefined ? parseDate(raw, options.dateFormat ?? null) : evidence.read(raw, line);
      if (parsed.kind === 'provisional') {
        date = parsed.iso;
        provisionalDate = true;
      } else if (parsed.kind === 'date') date = parsed.iso;
      else {
        invalid.push({ line, kpi: 'date', reason: parsed.kind === 'ambiguous' ? 'date_ambiguous' : 'date_unparseable', value: raw });
      }
    }
  }

  const segments = Object.create(null) as Record<string, string>;
  for (const assignment of mapping.segments) segments[assignment.column] = value(assignment).trim();
  const id = value(mapping.id).trim();

  const row: FeedbackRow = {
    line,
    id: id === '' ? null : id,
    text,
    date,
    nps,
    csat,
    ces,
    rating,
    segments,
    fields,
  };
  return provisionalDate ? { row, skip: null, invalid, provisionalDate } : { row, skip: null, invalid };
}
