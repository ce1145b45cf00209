/**
 * Which column plays which role. Flags win; then header names (case, spaces and punctuation
 * ignored); then values. Every rule walks the columns in input order, so the result is
 * deterministic and independent of the order of the sample rows.
 */
import { CxError } from '../errors.js';
import type { RawRecord } from '../read/types.js';
import {
  compactName,
  headerWords,
  namesCes,
  namesCsat,
  namesDate,
  namesId,
  namesNps,
  namesRating,
  namesScore,
  textNameStrength,
} from './_header-words.js';
import { profileColumn, share, shareWithin, type Profile } from './_profile.js';
import { closestColumn } from './_suggest.js';
import type { ColumnAssignment, ColumnMapping, ColumnOverrides } from './types.js';

/** Share of the numbers that must lie on a KPI's scale for a named column to be taken as that KPI. */
const ON_SCALE = 0.8;
/** Segments: distinct values in the sample. */
const SEGMENT_MIN = 2;
const SEGMENT_MAX = 30;
/** Words that name counts and amounts, never an NPS answer however its values look. */
const NOT_A_SCORE = new Set([
  'count', 'qty', 'quantity', 'items', 'item', 'age', 'year', 'month', 'day', 'hour', 'minute', 'week', 'number',
  'no', 'num', 'amount', 'price', 'value', 'total', 'order', 'orders', 'size', 'page', 'position', 'rank', 'index',
  'version', 'duration', 'weight', 'level', 'tier', 'visits', 'quarter',
]);

export function detectColumns(
  columns: readonly string[],
  sample: readonly RawRecord[],
  overrides: ColumnOverrides,
): ColumnMapping {
  const words = new Map(columns.map((column) => [column, headerWords(column)] as const));
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
  const flag = (name: string, option: string): ColumnAssignment => {
    const column = resolveFlag(name, columns, option);
    taken.add(column);
    return { column, detectedBy: 'flag' };
  };
  const flagOne = (name: string | undefined, option: string): ColumnAssignment | null =>
    name === undefined ? null : flag(name, option);

  // 1. Flags.
  const flaggedText = (overrides.text ?? []).map((name) => flag(name, '--text'));
  let id = flagOne(overrides.id, '--id');
  let date = flagOne(overrides.date, '--date');
  let nps = flagOne(overrides.nps, '--nps');
  let csat = flagOne(overrides.csat, '--csat');
  let ces = flagOne(overrides.ces, '--ces');
  let rating = flagOne(overrides.rating, '--rating');
  const flaggedSegments = (overrides.segments ?? []).map((name) => ({
    column: resolveFlag(name, columns, '--segment'),
    detectedBy: 'flag' as const,
  }));

  const free = (): string[] => columns.filter((column) => !taken.has(column));
  const claim = (column: string | undefined, detectedBy: 'header' | 'values'): ColumnAssignment | null => {
    if (column === undefined) return null;
    taken.add(column);
    return { column, detectedBy };
  };
  const wordsOf = (column: string): readonly string[] => words.get(column) ?? [];
  const numericShare = (column: string): number => share(profile(column).numeric, profile(column));
  const scoreLike = (column: string, min: number, max: number): boolean => {
    const p = profile(column);
    return p.present === 0 || (numericShare(column) >= 0.5 && shareWithin(p, min, max) >= ON_SCALE);
  };

  // 2. Header names, checked against the values.
  if (id === null) {
    const named = free().filter((column) => namesId(wordsOf(column)));
    const unique = named.find((column) => profile(column).distinct === profile(column).present);
    id = claim(unique ?? named[0], 'header');
  }
  if (nps === null) {
    nps = claim(free().find((column) => namesNps(wordsOf(column)) && scoreLike(column, 0, 10)), 'header');
  }
  if (csat === null) {
    csat = claim(free().find((column) => namesCsat(wordsOf(column)) && scoreLike(column, 1, 5)), 'header');
  }
  if (ces === null) {
    ces = claim(free().find((column) => namesCes(wordsOf(column)) && scoreLike(column, 1, 7)), 'header');
  }
  if (rating === null) {
    rating = claim(
      free().find(
        (column) =>
          // a rating scale has no negative points (a −4…+4 column is a sentiment label, not a rating)
          (namesRating(wordsOf(column)) && scoreLike(column, 0, 10) && profile(column).min >= 0) ||
          (namesScore(wordsOf(column)) && profile(column).present > 0 && scoreLike(column, 1, 5)),
      ),
      'header',
    );
  }
  if (date === null) {
    date = claim(
      free().find((column) => {
        const p = profile(column);
        return namesDate(wordsOf(column)) && (p.present === 0 || share(p.dates, p) >= 0.5);
      }),
      'header',
    );
  }

  // 3. Values, for what the names did not give.
  if (nps === null) {
    nps = claim(
      free().find((column) => {
        const p = profile(column);
        const named = wordsOf(column);
        if (named.some((word) => NOT_A_SCORE.has(word)) || namesId(named) || namesDate(named)) return false;
        return (
          p.present >= 5 &&
          p.integers === p.present &&
          shareWithin(p, 0, 10) >= 0.9 &&
          p.numbers.some((n) => n <= 6) &&
          p.numbers.some((n) => n >= 9 && n <= 10) &&
          p.distinct >= 3
        );
      }),
      'values',
    );
  }
  if (date === null) {
    date = claim(
      free().find((column) => {
        const p = profile(column);
        return p.present > 0 && share(p.dates, p) >= 0.8 && numericShare(column) < 0.5;
      }),
      'values',
    );
  }

  // 4. Text: a named column that holds words, else the longest wordy, mostly distinct column.
  let text: readonly ColumnAssignment[] = flaggedText;
  if (text.length === 0) {
    const textual = (column: string): boolean => {
      const p = profile(column);
      return p.present === 0 || (numericShare(column) < 0.5 && share(p.dates, p) < 0.5 && share(p.json, p) < 0.5);
    };
    const named = free()
      .filter((column) => !namesId(wordsOf(column)) && textNameStrength(wordsOf(column)) > 0 && textual(column))
      // a clearly named comment column may hold short answers ("ok", "fine"); a loosely named one must hold words
      .filter((column) => textNameStrength(wordsOf(column)) === 2 || profile(column).averageLength >= 5)
      .sort(
        (a, b) =>
          textNameStrength(wordsOf(b)) - textNameStrength(wordsOf(a)) ||
          profile(b).averageLength - profile(a).averageLength ||
          columns.indexOf(a) - columns.indexOf(b),
      );
    let chosen = claim(named[0], 'header');
    if (chosen === null) {
      const wordy = free()
        .filter((column) => {
          const p = profile(column);
          return (
            p.present > 0 &&
            textual(column) &&
            !namesId(wordsOf(column)) &&
            p.averageSpaces >= 1 &&
            p.averageLength >= 10 &&
            p.distinct >= 0.5 * p.present
          );
        })
        .sort((a, b) => profile(b).averageLength - profile(a).averageLength || columns.indexOf(a) - columns.indexOf(b));
      chosen = claim(wordy[0], 'values');
    }
    if (chosen === null) {
      throw new CxError(
        'no_text_column',
        `no column looks like free-text comments; columns are: ${columns.join(', ')}. Name it with --text <column>`,
      );
    }
    text = [chosen];
  }

  // 5. Segments: low-cardinality labels.
  let segments: readonly ColumnAssignment[] = flaggedSegments;
  if (segments.length === 0) {
    segments = free()
      .filter((column) => {
        const p = profile(column);
        const named = wordsOf(column);
        return (
          p.distinct >= SEGMENT_MIN &&
          p.distinct <= SEGMENT_MAX &&
          p.distinct <= Math.max(SEGMENT_MIN, 0.5 * p.present) &&
          numericShare(column) < 0.5 &&
          share(p.dates, p) < 0.5 &&
          p.json === 0 &&
          p.averageLength <= 40 &&
          p.averageSpaces < 4 &&
          !namesId(named) &&
          textNameStrength(named) < 2
        );
      })
      .map((column) => ({ column, detectedBy: 'values' as const }));
  }

  return {
    text,
    id,
    date,
    nps,
    csat,
    ces,
    rating,
    segments,
    ratingScale: rating === null ? null : ratingScale(profile(rating.column)),
  };
}

/** 1-5 when every number is at most 5, 0-10 / 1-10 up to 10, 0-100 beyond. */
function ratingScale(p: Profile): { readonly min: number; readonly max: number } {
  const numbers = p.numbers.filter((n) => n >= 0 && n <= 100);
  const max = numbers.reduce((a, b) => Math.max(a, b), 0);
  const min = numbers.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  if (max <= 5) return { min: min < 1 ? 0 : 1, max: 5 };
  if (max <= 10) return { min: min < 1 ? 0 : 1, max: 10 };
  return { min: 0, max: 100 };
}

/** A flag's column: exact name, else the one column equal ignoring case, spaces and punctuation. */
function resolveFlag(name: string, columns: readonly string[], option: string): string {
  if (columns.includes(name)) return name;
  const loose = columns.filter((column) => compactName(column) === compactName(name) && compactName(name) !== '');
  if (loose.length === 1) return loose[0] as string;
  const suggestion = closestColumn(name, columns);
  throw new CxError(
    'usage',
    `${option}: column "${name}" not found; columns are: ${columns.join(', ')}` +
      (suggestion === null ? '' : ` (did you mean "${suggestion}"?)`),
    { column: name },
  );
}
