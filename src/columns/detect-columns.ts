/**
 * Which column plays which role. In order of authority: flags, the config file, a known export
 * layout (model/layouts.ts), header names (case, spaces and punctuation ignored, plus the question
 * wording of a second header row), then values. Every name is checked against the values: a
 * `review…` column of version strings is not the text, a 1-5 column is not NPS. Every rule walks
 * the columns in input order, so the result is deterministic and independent of the order of
 * the sample rows; close calls are named in `notes` with the runner-up and the flag to change it.
 * detectColumns is the list of steps, each a function below (shared state in _scope.ts).
 */
import { CxError } from '../errors.js';
import type { RawRecord } from '../read/types.js';
import { chooseDateColumn } from './_date-column.js';
import {
  compactName,
  headerScale,
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
import { share, shareWithin, type Profile } from './_profile.js';
import { csatScale, neverLeavesOneToFive, ratingScale } from './_scales.js';
import { closestColumn } from './_suggest.js';
import { choiceQuestions } from './_choices.js';
import { chooseTextColumn, isWriteIn, type LayoutEvidence } from './_text-column.js';
import { textNotes } from './_text-notes.js';
import { createScope, type Scope } from './_scope.js';
import type { LayoutRoles } from './model/layouts.js';
import type { ColumnAssignment, ColumnMapping, ColumnOverrides, DetectContext, DetectedBy } from './types.js';

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

/** Headers that are codes, not words (Q1, QID3_TEXT, Q2.1, column_7): their wording is worth a note. */
const CODE_HEADER = /^(?:Q|QID)\d+(?:[._-]\w+)*$|^column_\d+$/i;

type Scored = 'nps' | 'csat' | 'ces' | 'rating';

/** The roles as the steps fill them in (internal: each step sets only what is still open). */
type Roles = {
  text: readonly ColumnAssignment[];
  id: ColumnAssignment | null;
  date: ColumnAssignment | null;
  nps: ColumnAssignment | null;
  csat: ColumnAssignment | null;
  ces: ColumnAssignment | null;
  rating: ColumnAssignment | null;
  segments: readonly ColumnAssignment[];
};

export function detectColumns(
  columns: readonly string[],
  records: readonly RawRecord[],
  overrides: ColumnOverrides,
  context: DetectContext = {},
): ColumnMapping {
  const scope = createScope(columns, records, context);
  const roles = givenRoles(scope, overrides);
  checkGivenNps(scope, roles.nps);
  const layout = fromLayout(scope, roles);
  fromHeaders(scope, roles);
  npsFromValues(scope, roles);
  const textAlternatives = roles.text.length === 0 ? chooseText(scope, roles, layout.text) : [];
  if (roles.date === null) roles.date = chooseDate(scope, roles.text);
  if (roles.segments.length === 0) {
    roles.segments = scope.free().filter((column) => segmentLike(scope, column)).map((column) => ({ column, detectedBy: 'values' as const }));
  }
  return mapping(scope, roles, layout.name, textAlternatives);
}

// 1. Flags, then the config file for what the flags left open.
function givenRoles(scope: Scope, overrides: ColumnOverrides): Roles {
  const given = (source: Omit<ColumnOverrides, 'config'>, detectedBy: 'flag' | 'config', prefix: string) => {
    const one = (name: string | undefined, option: string): ColumnAssignment | null => {
      if (name === undefined) return null;
      const column = resolveFlag(name, scope.columns, prefix + option);
      scope.take(column);
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
      segments: (source.segments ?? []).map((name) => ({ column: resolveFlag(name, scope.columns, `${prefix}segment`), detectedBy })),
    };
  };
  const flags = given(overrides, 'flag', '--');
  const config = given(withoutFlagged(overrides.config ?? {}, overrides), 'config', 'config file: columns.');
  return {
    text: flags.text.length > 0 ? flags.text : config.text,
    id: flags.id ?? config.id,
    date: flags.date ?? config.date,
    nps: flags.nps ?? config.nps,
    csat: flags.csat ?? config.csat,
    ces: flags.ces ?? config.ces,
    rating: flags.rating ?? config.rating,
    segments: flags.segments.length > 0 ? flags.segments : config.segments,
  };
}

/** A given NPS column that never leaves 1-5 is a usage error (it is stars or CSAT). */
function checkGivenNps(scope: Scope, nps: ColumnAssignment | null): void {
  if (nps === null || !neverLeavesOneToFive(scope.profile(nps.column))) return;
  const p = scope.profile(nps.column);
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
function fromLayout(scope: Scope, roles: Roles): { readonly name: string | null; readonly text: ReadonlyMap<string, LayoutEvidence> } {
  const { columns, profile } = scope;
  const match = recognizeLayout(columns);
  const layoutText = new Map<string, LayoutEvidence>();
  if (match === null) return { name: null, text: layoutText };
  const named: LayoutRoles = match.layout.roles;
  const pick = (names: readonly string[] | undefined, fits: (column: string) => boolean): ColumnAssignment | null =>
    scope.claim(firstPresent(names, columns).find((column) => scope.isFree(column) && fits(column)), 'layout');
  firstPresent(named.text, columns).forEach((column, rank) => layoutText.set(column, rank > 0 ? 'later' : match.partial ? 'partial' : 'full'));
  roles.id ??= pick(named.id, () => true);
  roles.nps ??= pick(named.nps, (column) => scope.scoreLike(column, 0, 10) && !neverLeavesOneToFive(profile(column)));
  roles.csat ??= pick(named.csat, (column) => scope.scoreLike(column, 1, 10));
  roles.rating ??= pick(named.rating, (column) => scope.scoreLike(column, 0, 100) && profile(column).min >= 0);
  roles.date ??= pick(named.date, (column) => profile(column).present === 0 || share(profile(column).dates, profile(column)) >= 0.5);
  if (named.score !== undefined) {
    const column = firstPresent(named.score, columns).find((c) => scope.isFree(c) && scope.scoreLike(c, 0, 10));
    if (column !== undefined) {
      const asCsat = neverLeavesOneToFive(profile(column));
      if (asCsat && roles.csat === null) roles.csat = scope.claim(column, 'layout');
      else if (!asCsat && roles.nps === null) roles.nps = scope.claim(column, 'layout');
    }
  }
  if (roles.segments.length === 0) {
    roles.segments = firstPresent(named.segments, columns)
      .filter((column) => scope.isFree(column) && segmentLike(scope, column))
      .map((column) => ({ column, detectedBy: 'layout' as const }));
  }
  const name = match.partial ? `${match.layout.name} (partial: ${match.present} of ${match.layout.signature.length} signature headers)` : match.layout.name;
  return { name, text: layoutText };
}

// 3. Header names, checked against the values. Among several, the best by name (ties by name, never by position).
function fromHeaders(scope: Scope, roles: Roles): void {
  const { profile, wordsOf, free } = scope;
  const fewerWords = (column: string): number => wordsOf(column).length;
  const filledFirst = (column: string): number => (profile(column).present === 0 ? 1 : 0);
  if (roles.id === null) {
    // another entity's id (user_id, business_id, Requester id) is not the feedback's
    const named = free().filter((column) => namesId(wordsOf(column)) && idStrength(wordsOf(column)) >= 0);
    roles.id = scope.claim(bestColumn(named, (column) => [profile(column).distinct === profile(column).present ? 0 : 1, -idStrength(wordsOf(column)), fewerWords(column)]), 'header');
  }
  if (roles.nps === null) {
    const named = free().filter((column) => namesNps(wordsOf(column)) && scope.scoreLike(column, 0, 10));
    for (const column of named.filter((c) => neverLeavesOneToFive(profile(c)))) {
      scope.notes.push(`"${column}" is named like NPS but never leaves 1-5, so it is not used as NPS; use --rating or --csat "${column}" to analyse it`);
    }
    roles.nps = scope.claim(bestColumn(named.filter((column) => !neverLeavesOneToFive(profile(column))), (column) => [filledFirst(column), fewerWords(column)]), 'header');
  }
  if (roles.csat === null) {
    roles.csat = scope.claim(bestColumn(free().filter((column) => namesCsat(wordsOf(column)) && scope.scoreLike(column, 1, 10)), (column) => [filledFirst(column), fewerWords(column)]), 'header');
  }
  if (roles.ces === null) {
    roles.ces = scope.claim(bestColumn(free().filter((column) => namesCes(wordsOf(column)) && scope.scoreLike(column, 1, 7)), (column) => [filledFirst(column), fewerWords(column)]), 'header');
  }
  if (roles.rating === null) roles.rating = ratingByHeader(scope);
}

/** A rating named in its header: the overall rating before an aspect's ("Rating" before "Value rating"); a rating word before "score". */
function ratingByHeader(scope: Scope): ColumnAssignment | null {
  const { profile, wordsOf } = scope;
  const named = scope.free().filter((column) => {
    const p = profile(column);
    // a rating scale has no negative points (a −4…+4 column is a sentiment label, not a rating)
    if (p.min < 0 && p.present > 0) return false;
    if (namesRating(wordsOf(column))) {
      const percent = headerScale(column)?.max === 100;
      return scope.scoreLike(column, 0, 10) || (percent && scope.scoreLike(column, 0, 100));
    }
    return namesScore(wordsOf(column)) && p.present > 0 && scope.scoreLike(column, 1, 5);
  });
  return scope.claim(
    bestColumn(named, (column) => [profile(column).present === 0 ? 1 : 0, namesRating(wordsOf(column)) ? 0 : 1, wordsOf(column).includes('overall') ? 0 : 1, wordsOf(column).length]),
    'header',
  );
}

// 4. Values, for what the names did not give. Not beside a star rating: review exports have no NPS,
// and their small counts (helpful votes, likes) look like 0-10 answers.
function npsFromValues(scope: Scope, roles: Roles): void {
  if (roles.nps !== null || roles.rating !== null) return;
  const { profile, wordsOf } = scope;
  const candidates = scope.free().filter((column) => {
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
  });
  roles.nps = scope.claim(bestColumn(candidates, (column) => [wordsOf(column).length]), 'values');
}

// 5. Text: the customer's words, decided by evidence (see _text-column.ts). Returns the alternatives.
function chooseText(scope: Scope, roles: Roles, layoutText: ReadonlyMap<string, LayoutEvidence>): readonly string[] {
  const choice = chooseTextColumn({
    candidates: scope.free(),
    wordsOf: scope.wordsOf,
    profileOf: scope.profile,
    headersOf: scope.headersOf,
    choices: choiceQuestions(scope.columns, scope.headersOf, scope.subHeader?.closed ?? []),
    rows: scope.sample.length,
    layoutText,
    scoreHeaders: [roles.nps, roles.csat, roles.ces, roles.rating].flatMap((assignment) => (assignment === null ? [] : [scope.wordsOf(assignment.column)])),
  });
  if (choice === null) {
    throw new CxError(
      'no_text_column',
      `no column looks like free-text comments; columns are: ${scope.columns.join(', ')}. Name it with --text <column>`,
    );
  }
  roles.text = choice.columns.map((column) => scope.claim(column, choice.detectedByOf(column)) as ColumnAssignment);
  scope.notes.push(...textNotes(choice, scope.questions));
  return choice.alternatives;
}

// 6. Date: the date of the feedback, in the text column's group when there is one.
function chooseDate(scope: Scope, text: readonly ColumnAssignment[]): ColumnAssignment | null {
  const choice = chooseDateColumn(scope.free(), scope.wordsOf, scope.profile, text.length === 1 ? (text[0] as ColumnAssignment).column : null);
  if (choice === null) return null;
  if (choice.runnerUp !== null) {
    scope.notes.push(`date: chose "${choice.column}" over "${choice.runnerUp}" (close call); use --date "${choice.runnerUp}" to change it`);
  }
  return scope.claim(choice.column, choice.detectedBy);
}

// 7. Segments: low-cardinality labels, never a write-in box (see isSegment).
const segmentLike = (scope: Scope, column: string): boolean => isSegment(scope.profile(column), scope.wordsOf(column), scope.headersOf(column));

/** The mapping: roles, scales, the layout's name, notes (the wording of coded headers last). */
function mapping(scope: Scope, roles: Roles, layoutName: string | null, textAlternatives: readonly string[]): ColumnMapping {
  const { text, id, date, nps, csat, ces, rating, segments } = roles;
  const { notes, profile, subHeader } = scope;
  const assigned: Record<Scored, ColumnAssignment | null> = { nps, csat, ces, rating };
  for (const assignment of [...text, ...Object.values(assigned)]) {
    if (assignment === null) continue;
    const question = scope.questions.get(assignment.column) ?? '';
    if (question !== '' && CODE_HEADER.test(assignment.column)) {
      notes.push(`"${assignment.column}" is "${question}" (from the second header row)`);
    }
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
    ratingScale: rating === null ? null : ratingScale(profile(rating.column), rating.column),
    csatScale: csat === null ? null : csatScale(profile(csat.column), csat.column),
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
