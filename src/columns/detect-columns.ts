/**
 * Which column plays which role. In order of authority: flags, the config file, a known export
 * layout (model/layouts.ts), header names (case, spaces and punctuation ignored, plus the question
 * wording of a second header row), then values. Every name is checked against the values: a
 * `review…` column of version strings is not the text, a 1-5 column is not NPS. Every rule walks
 * the columns in input order, so the result is deterministic and independent of the order of
 * the sample rows; close calls are named in `notes` with the runner-up and the flag to change it.
 */
import { CxError } from '../errors.js';
import type { RawRecord } from '../read/types.js';
import { chooseDateColumn } from './_date-column.js';
import {
  compactName,
  headerScale,
  headerWords,
  idStrength,
  namesCes,
  namesCsat,
  namesDate,
  namesId,
  namesNps,
  namesRating,
  namesScore,
  textNameStrength,
} from './_header-words.js';
import { firstPresent, recognizeLayout } from './_layout.js';
import { bestColumn } from './_rank.js';
import { profileColumn, share, shareWithin, type Profile } from './_profile.js';
import { csatScale, neverLeavesOneToFive, ratingScale } from './_scales.js';
import { closestColumn } from './_suggest.js';
import { findSubHeader } from './_sub-header.js';
import { choiceQuestions } from './_choices.js';
import { chooseTextColumn, isWriteIn, type LayoutEvidence } from './_text-column.js';
import { textNotes } from './_text-notes.js';
import type { LayoutRoles } from './model/layouts.js';
import type { ColumnAssignment, ColumnMapping, ColumnOverrides, DetectContext, DetectedBy } from './types.js';

/** Share of the numbers that must lie on a KPI's scale for a named column to be taken as that KPI. */
const ON_SCALE = 0.8;
/** Segments: distinct values in the sample. */
const SEGMENT_MIN = 2;
const SEGMENT_MAX = 30;
/** Words that name counts and amounts, never an NPS answer however its values look. */
const NOT_A_SCORE = new Set([
  'count', 'qty', 'quantity', 'items', 'item', 'age', 'year', 'month', 'day', 'hour', 'minute', 'week', 'number',
  'no', 'num', 'amount', 'price', 'value', 'total', 'order', 'orders', 'size', 'page', 'position', 'rank', 'index',
  'version', 'duration', 'weight', 'level', 'tier', 'visits', 'quarter', 'likes', 'helpful', 'helpfulness', 'thumbs', 'votes',
  'numerator', 'denominator', 'useful', 'funny', 'cool', 'retweet', 'replies', 'reopens', 'followers', 'minutes', 'stations', 'id',
]);

type Scored = 'nps' | 'csat' | 'ces' | 'rating';
/** Headers that are codes, not words (Q1, QID3_TEXT, Q2.1, column_7): their wording is worth a note. */
const CODE_HEADER = /^(?:Q|QID)\d+(?:[._-]\w+)*$|^column_\d+$/i;

export function detectColumns(
  columns: readonly string[],
  records: readonly RawRecord[],
  overrides: ColumnOverrides,
  context: DetectContext = {},
): ColumnMapping {
  const allRecords = records;
  const subHeader = findSubHeader(columns, allRecords);
  // A Map, not an object: a column may be called "constructor" or "__proto__".
  const questions = new Map<string, string>([...Object.entries(subHeader?.wording ?? {}), ...Object.entries(context.questionTexts ?? {})]);
  const sample = subHeader === null ? allRecords : allRecords.filter((record) => record.line !== subHeader.line);
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
  const wordsOf = (column: string): readonly string[] => words.get(column) ?? [];
  const headersOf = (column: string): readonly string[] => {
    const question = questions.get(column) ?? '';
    return question === '' ? [column] : [column, question];
  };
  const segmentLike = (column: string): boolean => isSegment(profile(column), wordsOf(column), headersOf(column));
  const notes: string[] = [];
  const taken = new Set<string>();
  const free = (): string[] => columns.filter((column) => !taken.has(column));
  const claim = (column: string | undefined, detectedBy: DetectedBy): ColumnAssignment | null => {
    if (column === undefined) return null;
    taken.add(column);
    return { column, detectedBy };
  };
  const numericShare = (column: string): number => share(profile(column).numeric, profile(column));
  const scoreLike = (column: string, min: number, max: number): boolean => {
    const p = profile(column);
    return p.present === 0 || (numericShare(column) >= 0.5 && shareWithin(p, min, max) >= ON_SCALE);
  };

  // 1. Flags, then the config file for what the flags left open.
  const given = (source: Omit<ColumnOverrides, 'config'>, detectedBy: 'flag' | 'config', prefix: string) => {
    const one = (name: string | undefined, option: string): ColumnAssignment | null => {
      if (name === undefined) return null;
      const column = resolveFlag(name, columns, prefix + option);
      taken.add(column);
      return { column, detectedBy };
    };
    return {
      text: (source.text ?? []).map((name) => one(name, 'text') as ColumnAssignment),
      id: one(source.id, 'id'),
      date: one(source.date, 'date'),
      nps: one(source.nps, 'nps'),
      csat: one(source.csat, 'csat'),
      ces: one(source.ces, 'ces'),
      rating: one(source.rating, 'rating'),
      segments: (source.segments ?? []).map((name) => ({ column: resolveFlag(name, columns, `${prefix}segment`), detectedBy })),
    };
  };
  const flags = given(overrides, 'flag', '--');
  const config = given(withoutFlagged(overrides.config ?? {}, overrides), 'config', 'config file: columns.');
  let text: readonly ColumnAssignment[] = flags.text.length > 0 ? flags.text : config.text;
  let id = flags.id ?? config.id;
  let date = flags.date ?? config.date;
  let nps = flags.nps ?? config.nps;
  let csat = flags.csat ?? config.csat;
  let ces = flags.ces ?? config.ces;
  let rating = flags.rating ?? config.rating;
  let segments: readonly ColumnAssignment[] = flags.segments.length > 0 ? flags.segments : config.segments;
  if (nps !== null && neverLeavesOneToFive(profile(nps.column))) {
    const p = profile(nps.column);
    const where = nps.detectedBy === 'flag' ? '--nps' : 'the config file (columns.nps)';
    throw new CxError(
      'usage',
      `${where}: column "${nps.column}" never leaves 1-5 in ${p.numbers.length} values, so it is not a 0-10 NPS answer; ` +
        `use --rating "${nps.column}" for stars or --csat "${nps.column}" for a 1-5 satisfaction score`,
      { column: nps.column },
    );
  }

  // 2. A known export layout, fully or partly matched: its columns, each checked against the values.
  // Its text column is one more piece of evidence for step 5, never taken on the layout's word alone.
  const match = recognizeLayout(columns);
  const layoutText = new Map<string, LayoutEvidence>();
  if (match !== null) {
    const roles: LayoutRoles = match.layout.roles;
    const pick = (names: readonly string[] | undefined, fits: (column: string) => boolean): ColumnAssignment | null =>
      claim(firstPresent(names, columns).find((column) => !taken.has(column) && fits(column)), 'layout');
    firstPresent(roles.text, columns).forEach((column, rank) => layoutText.set(column, rank > 0 ? 'later' : match.partial ? 'partial' : 'full'));
    id ??= pick(roles.id, () => true);
    nps ??= pick(roles.nps, (column) => scoreLike(column, 0, 10) && !neverLeavesOneToFive(profile(column)));
    csat ??= pick(roles.csat, (column) => scoreLike(column, 1, 10));
    rating ??= pick(roles.rating, (column) => scoreLike(column, 0, 100) && profile(column).min >= 0);
    date ??= pick(roles.date, (column) => profile(column).present === 0 || share(profile(column).dates, profile(column)) >= 0.5);
    if (roles.score !== undefined) {
      const column = firstPresent(roles.score, columns).find((c) => !taken.has(c) && scoreLike(c, 0, 10));
      if (column !== undefined) {
        const asCsat = neverLeavesOneToFive(profile(column));
        if (asCsat && csat === null) csat = claim(column, 'layout');
        else if (!asCsat && nps === null) nps = claim(column, 'layout');
      }
    }
    if (segments.length === 0) {
      segments = firstPresent(roles.segments, columns)
        .filter((column) => !taken.has(column) && segmentLike(column))
        .map((column) => ({ column, detectedBy: 'layout' as const }));
    }
  }
  const layoutName =
    match === null ? null : match.partial ? `${match.layout.name} (partial: ${match.present} of ${match.layout.signature.length} signature headers)` : match.layout.name;

  // 3. Header names, checked against the values. Among several, the best by name (ties by name, never by position).
  const fewerWords = (column: string): number => wordsOf(column).length;
  if (id === null) {
    // another entity's id (user_id, business_id, Requester id) is not the feedback's
    const named = free().filter((column) => namesId(wordsOf(column)) && idStrength(wordsOf(column)) >= 0);
    id = claim(bestColumn(named, (column) => [profile(column).distinct === profile(column).present ? 0 : 1, -idStrength(wordsOf(column)), fewerWords(column)]), 'header');
  }
  if (nps === null) {
    const named = free().filter((column) => namesNps(wordsOf(column)) && scoreLike(column, 0, 10));
    for (const column of named.filter((c) => neverLeavesOneToFive(profile(c)))) {
      notes.push(`"${column}" is named like NPS but never leaves 1-5, so it is not used as NPS; use --rating or --csat "${column}" to analyse it`);
    }
    nps = claim(bestColumn(named.filter((column) => !neverLeavesOneToFive(profile(column))), (column) => [profile(column).present === 0 ? 1 : 0, fewerWords(column)]), 'header');
  }
  if (csat === null) {
    csat = claim(bestColumn(free().filter((column) => namesCsat(wordsOf(column)) && scoreLike(column, 1, 10)), (column) => [profile(column).present === 0 ? 1 : 0, fewerWords(column)]), 'header');
  }
  if (ces === null) {
    ces = claim(bestColumn(free().filter((column) => namesCes(wordsOf(column)) && scoreLike(column, 1, 7)), (column) => [profile(column).present === 0 ? 1 : 0, fewerWords(column)]), 'header');
  }
  if (rating === null) {
    const named = free().filter((column) => {
      const p = profile(column);
      // a rating scale has no negative points (a −4…+4 column is a sentiment label, not a rating)
      if (p.min < 0 && p.present > 0) return false;
      if (namesRating(wordsOf(column))) {
        const percent = headerScale(column)?.max === 100;
        return scoreLike(column, 0, 10) || (percent && scoreLike(column, 0, 100));
      }
      return namesScore(wordsOf(column)) && p.present > 0 && scoreLike(column, 1, 5);
    });
    // the overall rating before an aspect's ("Rating" before "Value rating"); a rating word before "score"
    rating = claim(
      bestColumn(named, (column) => [profile(column).present === 0 ? 1 : 0, namesRating(wordsOf(column)) ? 0 : 1, wordsOf(column).includes('overall') ? 0 : 1, fewerWords(column)]),
      'header',
    );
  }

  // 4. Values, for what the names did not give. Not beside a star rating: review exports have no NPS,
  // and their small counts (helpful votes, likes) look like 0-10 answers.
  if (nps === null && rating === null) {
    nps = claim(
      bestColumn(free().filter((column) => {
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
      }), (column) => [fewerWords(column)]),
      'values',
    );
  }

  // 5. Text: the customer's words, decided by evidence (see _text-column.ts).
  let textAlternatives: readonly string[] = [];
  if (text.length === 0) {
    const choice = chooseTextColumn({
      candidates: free(),
      wordsOf,
      profileOf: profile,
      headersOf,
      choices: choiceQuestions(columns, headersOf, subHeader?.closed ?? []),
      rows: sample.length,
      layoutText,
      scoreHeaders: [nps, csat, ces, rating].flatMap((assignment) => (assignment === null ? [] : [wordsOf(assignment.column)])),
    });
    if (choice === null) {
      throw new CxError(
        'no_text_column',
        `no column looks like free-text comments; columns are: ${columns.join(', ')}. Name it with --text <column>`,
      );
    }
    text = choice.columns.map((column) => claim(column, choice.detectedByOf(column)) as ColumnAssignment);
    textAlternatives = choice.alternatives;
    notes.push(...textNotes(choice, questions));
  }

  // 6. Date: the date of the feedback, in the text column's group when there is one.
  if (date === null) {
    const choice = chooseDateColumn(free(), wordsOf, profile, text.length === 1 ? (text[0] as ColumnAssignment).column : null);
    if (choice !== null) {
      date = claim(choice.column, choice.detectedBy);
      if (choice.runnerUp !== null) {
        notes.push(`date: chose "${choice.column}" over "${choice.runnerUp}" (close call); use --date "${choice.runnerUp}" to change it`);
      }
    }
  }

  // 7. Segments: low-cardinality labels, never a write-in box (see isSegment).
  if (segments.length === 0) {
    segments = free()
      .filter(segmentLike)
      .map((column) => ({ column, detectedBy: 'values' as const }));
  }

  const assigned: Record<Scored, ColumnAssignment | null> = { nps, csat, ces, rating };
  for (const assignment of [...text, ...Object.values(assigned)]) {
    if (assignment === null) continue;
    const question = questions.get(assignment.column) ?? '';
    if (question !== '' && CODE_HEADER.test(assignment.column)) {
      notes.push(`"${assignment.column}" is "${question}" (from the second header row)`);
    }
  }
  const csatOn = csat === null ? null : csatScale(profile(csat.column), csat.column);

  return {
    text,
    id,
    date,
    nps,
    csat,
    ces,
    rating,
    segments,
    ratingScale: rating === null ? null : ratingScale(profile(rating.column), rating.column),
    csatScale: csatOn,
    layout: layoutName,
    notes: subHeader === null ? notes : [`line ${subHeader.line} is a second header row (answer labels), not a response: skipped`, ...notes],
    ...(subHeader === null ? {} : { headerLines: [subHeader.line] }),
    ...(textAlternatives.length === 0 ? {} : { textAlternatives }),
  };
}

/**
 * A segment column: 2-30 distinct short labels that repeat (at most one distinct value per two
 * filled rows), not numbers, dates, JSON, an id or a text-named column, and not a write-in box
 * ("Other (please specify)", `Q3_4_TEXT`, by its header or its question wording): what people type
 * there is free text with few repeats, however much it looks like labels in a small sample.
 */
function isSegment(p: Profile, named: readonly string[], headers: readonly string[]): boolean {
  return (
    !headers.some(isWriteIn) &&
    p.distinct >= SEGMENT_MIN &&
    p.distinct <= SEGMENT_MAX &&
    p.distinct <= Math.max(SEGMENT_MIN, 0.5 * p.present) &&
    share(p.numeric, p) < 0.5 &&
    share(p.dates, p) < 0.5 &&
    p.json === 0 &&
    p.averageLength <= 40 &&
    p.averageSpaces < 4 &&
    !namesId(named) &&
    textNameStrength(named) < 2
  );
}

/** The config file's roles that a flag has not already set. */
function withoutFlagged(config: Omit<ColumnOverrides, 'config'>, flags: ColumnOverrides): Omit<ColumnOverrides, 'config'> {
  const keep: Record<string, unknown> = {};
  for (const [role, value] of Object.entries(config)) {
    const flagged = flags[role as keyof ColumnOverrides];
    if (value === undefined || (flagged !== undefined && !(Array.isArray(flagged) && flagged.length === 0))) continue;
    keep[role] = value;
  }
  return keep as Omit<ColumnOverrides, 'config'>;
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
