/**
 * What every step of detectColumns reads and shares: the question wording (a second header row or
 * the reader's question texts), the sample without that row, each column's header words and value
 * profile (built once, on first use), the columns already taken, and the notes so far.
 */
import type { RawRecord } from '../read/types.js';
import { compactName, headerWords } from './_header-words.js';
import { profileColumn, share, shareWithin, type Profile } from './_profile.js';
import { findSubHeader, type SubHeader } from './_sub-header.js';
import type { ColumnAssignment, DetectContext, DetectedBy } from './types.js';

/** Share of the numbers that must lie on a KPI's scale for a named column to be taken as that KPI. */
const ON_SCALE = 0.8;

export type Scope = {
  readonly columns: readonly string[];
  readonly subHeader: SubHeader | null;
  readonly questions: ReadonlyMap<string, string>;
  /** The records without the second header row. */
  readonly sample: readonly RawRecord[];
  readonly profile: (column: string) => Profile;
  /** The header's words plus those of its question wording. */
  readonly wordsOf: (column: string) => readonly string[];
  /** The header, and its question wording when there is one. */
  readonly headersOf: (column: string) => readonly string[];
  /** Columns not yet given a role, in input order. */
  readonly free: () => string[];
  readonly isFree: (column: string) => boolean;
  readonly take: (column: string) => void;
  /** Takes `column` (when given) for a role. */
  readonly claim: (column: string | undefined, detectedBy: DetectedBy) => ColumnAssignment | null;
  /** Mostly numbers (or empty), and on [min, max] for at least ON_SCALE of them. */
  readonly scoreLike: (column: string, min: number, max: number) => boolean;
  readonly notes: string[];
};

export function createScope(columns: readonly string[], records: readonly RawRecord[], context: DetectContext): Scope {
  const subHeader = findSubHeader(columns, records);
  // A Map, not an object: a column may be called "constructor" or "__proto__".
  const questions = new Map<string, string>([...Object.entries(subHeader?.wording ?? {}), ...Object.entries(context.questionTexts ?? {})]);
  const sample = subHeader === null ? records : records.filter((record) => record.line !== subHeader.line);
  const words = new Map(
    columns.map((column) => {
      const own = headerWords(column);
      const question = questions.get(column) ?? '';
      const extra = question === '' || compactName(question) === compactName(column) ? [] : headerWords(question);
      return [column, [...own, ...extra.filter((word) => !own.includes(word))]] as const;
    }),
  );
  const profiles = new Map<string, Profile>();
  const profile = (column: string): Profile => {
    let found = profiles.get(column);
    if (found === undefined) {
      found = profileColumn(column, sample);
      profiles.set(column, found);
    }
    return found;
  };
  const taken = new Set<string>();
  const numericShare = (column: string): number => share(profile(column).numeric, profile(column));
  return {
    columns,
    subHeader,
    questions,
    sample,
    profile,
    wordsOf: (column) => words.get(column) ?? [],
    headersOf: (column) => {
      const question = questions.get(column) ?? '';
      return question === '' ? [column] : [column, question];
    },
    free: () => columns.filter((column) => !taken.has(column)),
    isFree: (column) => !taken.has(column),
    take: (column) => void taken.add(column),
    claim: (column, detectedBy) => {
      if (column === undefined) return null;
      taken.add(column);
      return { column, detectedBy };
    },
    scoreLike: (column, min, max) => {
      const p = profile(column);
      return p.present === 0 || (numericShare(column) >= 0.5 && shareWithin(p, min, max) >= ON_SCALE);
    },
    notes: [],
  };
}
