/**
 * The comment column, decided by evidence. Every candidate column is scored on what its values are
 * (words per value, distinct share, letters against digits, fill rate) and what its header says
 * (a comment word, an open question, a title, the customer's or the organisation's side), with a
 * known layout naming it as one more piece of evidence. Then, in this order:
 *
 * 1. never: numbers, dates, JSON, URLs, versions, identifiers, or a write-in "Other" box;
 * 2. the customer's text beats the organisation's side (replies, public responses, agent notes,
 *    templated text: few distinct multi-word values repeated) and a few repeated labels;
 * 3. a column empty on most rows never beats a filled prose column;
 * 4. the higher evidence score; ties by name (so the order of the columns never matters).
 *
 * A survey's open questions that people answered are taken together (the most-filled ones).
 */
import { namesId, namesTitle, textNameStrength } from './_header-words.js';
import { share, type Profile } from './_profile.js';
import { ATTRIBUTE_WORDS, CUSTOMER_WORDS, ORGANISATION_WORDS, PERSON_WORDS, QUESTION_STARTS, WRITE_IN } from './model/text-headers.js';

/** Weights and thresholds of the text evidence, with the reason for each. */
export const TEXT_EVIDENCE = Object.freeze({
  /** Below this share of rows filled a column is "empty on most rows" (the rule: never beats a filled prose column). */
  fillMin: 0.5,
  /** A comment / feedback / review / narrative header: the analyst named the column; outweighs any difference in value shape. */
  strongHeader: 5,
  /** content / response / notes / description: plausible, but often beside a better column. */
  looseHeader: 1.5,
  /** A title, subject or name column: a short label of the comment, not the comment. */
  title: -3,
  /** A header naming the customer (consumer complaint narrative, customer comment). */
  customer: 1,
  /** A question asked in the respondent's words (ends with "?", starts with what/why/how/please…). */
  openQuestion: 1,
  /** A known layout names the column as its text: all its signature headers present, or most of them. */
  layoutFull: 3,
  layoutPartial: 2,
  /** A layout's later text column (Zendesk's `Subject` after `Description`): a fallback the layout names. */
  layoutLater: 1,
  /** The header extends a score column's header (`Conversation rating remark` beside `Conversation rating`, `NPS reason` beside `NPS`): the comment on that score. */
  neighbour: 3,
  /** Words per value: prose has many; up to `wordsCap` words count, worth up to `words` points. */
  wordsCap: 12,
  words: 3,
  /** Distinct share, letter share and fill rate, each 0..1 times its weight. */
  distinct: 1,
  letters: 1,
  fill: 2,
  /** Templated: at least this many values, at most this distinct share, and two or more spaces per value on average. */
  templatedMinPresent: 10,
  templatedDistinct: 0.5,
  templatedSpaces: 2,
  /** A few repeated labels: at least `labelsMinPresent` values, at most max(labelsMax, labelsShare · n) distinct, under two spaces. */
  labelsMinPresent: 20,
  labelsMax: 5,
  labelsShare: 0.1,
  /** Another open question is taken too when filled on at least this share of the rows the best one is. */
  together: 0.5,
  /** Prose columns the post-read guard watches (the best few: each costs a check per record). */
  alternatives: 5,
});

const W = TEXT_EVIDENCE;

export type TextCandidate = {
  readonly column: string;
  readonly score: number;
  /** Share of the sample rows with a value. */
  readonly fill: number;
  readonly wordsPerValue: number;
  /** Why the column holds the organisation's side or repeated labels rather than the customer's words, else null. */
  readonly notCustomer: string | null;
  /** Filled on fewer than half the rows while a filled prose column exists. */
  readonly sparse: boolean;
  readonly openQuestion: boolean;
  readonly strength: number;
  readonly layout: LayoutEvidence | null;
  readonly neighbour: boolean;
  readonly prose: boolean;
};

/** How a known layout names a column: its first text column in a full or partial match, or a later one. */
export type LayoutEvidence = 'full' | 'partial' | 'later';

export type TextChoice = {
  /** The columns taken (one, or several answered open questions), in input order. */
  readonly columns: readonly string[];
  /** How the best column was found; `detectedByOf` gives it for each column taken. */
  readonly detectedBy: 'layout' | 'header' | 'values';
  readonly detectedByOf: (column: string) => 'layout' | 'header' | 'values';
  readonly best: TextCandidate;
  readonly runnerUp: TextCandidate | null;
  /** Why the runner-up lost, as a phrase ("the organisation's side: its header says \"reply\""). */
  readonly why: string | null;
  /** Other customer prose columns, best first: the post-read guard checks their fill against the chosen text. */
  readonly alternatives: readonly string[];
};

/** Why a column cannot be the comment text, or null when it can. A comment header relaxes the "scores" and "few labels" rules. */
export function notText(p: Profile, words: readonly string[], named = false): string | null {
  if (namesId(words)) return 'an identifier';
  if (p.present === 0) return null;
  if (share(p.bareNumbers, p) >= 0.5) return 'numbers';
  if (!named && share(p.numeric, p) >= 0.5 && p.averageSpaces < 3) return 'scores';
  if (share(p.dates, p) >= 0.5) return 'dates';
  if (share(p.json, p) >= 0.5) return 'JSON';
  if (share(p.machine, p) >= 0.5) return 'version strings, URLs or identifiers';
  if (p.letters + p.digits > 0 && p.letters < p.digits) return 'more digits than letters';
  if (!named && fewLabels(p)) return 'a few repeated values';
  return null;
}

/** A few repeated labels (Yes / No / Maybe); repeated sentences of several words are templated text instead. */
const fewLabels = (p: Profile): boolean =>
  p.present >= W.labelsMinPresent && p.distinct <= Math.max(W.labelsMax, W.labelsShare * p.present) && p.averageSpaces < 2;

/** Several words per value, mostly distinct. */
const proseLike = (p: Profile): boolean => p.present > 0 && p.averageSpaces >= 1 && p.averageLength >= 10 && p.distinct >= 0.5 * p.present;

/** A write-in box of a choice question ("Other (please specify)", `Q3_4_TEXT`). */
export const isWriteIn = (header: string): boolean => WRITE_IN.some((pattern) => pattern.test(header.trim()));

/** The organisation's side by header: the first side word decides ("Company response to consumer"). */
function organisationWord(words: readonly string[]): string | null {
  for (const word of words) {
    if (CUSTOMER_WORDS.has(word)) return null;
    if (ORGANISATION_WORDS.has(word)) return word;
  }
  return words.includes('public') && words.includes('response') ? 'public response' : null;
}

const isOpenQuestion = (header: string, words: readonly string[]): boolean =>
  /\?\s*$/.test(header.trim()) || (words.length >= 3 && QUESTION_STARTS.has(words[0] as string));

export type TextEvidence = {
  readonly candidates: readonly string[];
  readonly wordsOf: (column: string) => readonly string[];
  readonly profileOf: (column: string) => Profile;
  /** The header, and its question wording when a second header row gave one. */
  readonly headersOf: (column: string) => readonly string[];
  /** Records in the sample. */
  readonly rows: number;
  /** Columns a known layout names as its text (full or partial match). */
  readonly layoutText: ReadonlyMap<string, LayoutEvidence>;
  /** Choice questions (a `Selected Choice`, a question with a write-in box, SurveyMonkey's closed `Response`): never the text. */
  readonly choices: ReadonlySet<string>;
  /** Header words of the score columns taken (NPS, CSAT, CES, rating). */
  readonly scoreHeaders: readonly (readonly string[])[];
};

export function scoreTextColumns(input: TextEvidence): TextCandidate[] {
  const raw: Omit<TextCandidate, 'sparse'>[] = [];
  for (const column of input.candidates) {
    const headers = input.headersOf(column);
    if (headers.some(isWriteIn) || input.choices.has(column)) continue;
    const words = input.wordsOf(column);
    const p = input.profileOf(column);
    const open = headers.some((header) => isOpenQuestion(header, words));
    const attribute = !open && words.some((word) => ATTRIBUTE_WORDS.has(word)) && !words.includes('text');
    const neighbour = input.scoreHeaders.some((score) => score.length > 0 && words.length > score.length && score.every((word) => words.includes(word)));
    const strength = attribute ? 0 : textNameStrength(words);
    const layout = input.layoutText.get(column) ?? null;
    if (notText(p, words, strength === 2) !== null) continue;
    // a person's name (userName, author, reviewer) is never the comment, however wordy
    if (strength < 1 && words.some((word) => PERSON_WORDS.has(word))) continue;
    const prose = proseLike(p);
    if (!(strength === 2 || (strength === 1 && (p.present === 0 || p.averageLength >= 5)) || prose || (layout !== null && p.averageLength >= 5))) continue;
    const title = namesTitle(words);
    const org = organisationWord(words);
    const templated =
      strength < 2 && p.present >= W.templatedMinPresent && p.distinct <= W.templatedDistinct * p.present && p.averageSpaces >= W.templatedSpaces;
    const notCustomer =
      org !== null
        ? `the organisation's side (its header says "${org}")`
        : templated
          ? `templated text (${p.distinct} distinct values over ${p.present} rows)`
          : fewLabels(p)
            ? `a few repeated labels (${p.distinct} distinct values over ${p.present} rows)`
            : null;
    const fill = input.rows === 0 ? 0 : p.present / input.rows;
    const wordsPerValue = p.present === 0 ? 0 : p.averageSpaces + 1;
    const letters = p.letters + p.digits === 0 ? 0 : p.letters / (p.letters + p.digits);
    const score =
      (strength === 2 ? W.strongHeader : strength === 1 ? W.looseHeader : 0) +
      (title ? W.title : 0) +
      (words.some((word) => CUSTOMER_WORDS.has(word)) ? W.customer : 0) +
      (open ? W.openQuestion : 0) +
      (layout === 'full' ? W.layoutFull : layout === 'partial' ? W.layoutPartial : layout === 'later' ? W.layoutLater : 0) +
      (neighbour ? W.neighbour : 0) +
      (W.words * Math.min(wordsPerValue, W.wordsCap)) / W.wordsCap +
      W.distinct * share(p.distinct, p) +
      W.letters * letters +
      W.fill * fill;
    raw.push({ column, score, fill, wordsPerValue, notCustomer, openQuestion: open, strength: strength - (title ? 2 : 0), layout, neighbour, prose });
  }
  const filledProse = raw.some((c) => c.notCustomer === null && c.fill >= W.fillMin && (c.prose || c.strength > 0));
  return raw
    .map((c) => ({ ...c, sparse: filledProse && c.fill < W.fillMin }))
    .sort(
      (a, b) =>
        Number(a.notCustomer !== null) - Number(b.notCustomer !== null) ||
        Number(a.sparse) - Number(b.sparse) ||
        b.score - a.score ||
        (a.column < b.column ? -1 : a.column > b.column ? 1 : 0),
    );
}

export function chooseTextColumn(input: TextEvidence): TextChoice | null {
  const ranked = scoreTextColumns(input);
  const best = ranked[0];
  if (best === undefined) return null;
  const runnerUp = ranked[1] ?? null;
  const chosen = new Set([best.column]);
  if (best.openQuestion && best.notCustomer === null && !best.sparse) {
    for (const other of ranked.slice(1)) {
      if (other.openQuestion && other.notCustomer === null && !other.sparse && other.strength >= 0 && other.fill >= W.together * best.fill) chosen.add(other.column);
    }
  }
  const columns = input.candidates.filter((column) => chosen.has(column));
  const next = ranked.find((c) => !chosen.has(c.column)) ?? null;
  const by = (c: TextCandidate): 'layout' | 'header' | 'values' => (c.layout === 'full' || c.layout === 'partial' ? 'layout' : c.strength > 0 ? 'header' : 'values');
  return {
    columns,
    detectedBy: by(best),
    detectedByOf: (column) => {
      const found = ranked.find((c) => c.column === column);
      return found === undefined ? 'values' : by(found);
    },
    best,
    runnerUp: next,
    why: next === null ? null : whyLost(next, best),
    alternatives: ranked.filter((c) => !chosen.has(c.column) && c.notCustomer === null && c.prose).slice(0, W.alternatives).map((c) => c.column),
  };
}

const percent = (share: number): string => `${(100 * share).toFixed(share < 0.01 && share > 0 ? 1 : 0)}%`;

/** The first rule that put `loser` below `winner`, as a phrase. */
function whyLost(loser: TextCandidate, winner: TextCandidate): string {
  if (loser.notCustomer !== null && winner.notCustomer === null) return loser.notCustomer;
  if (loser.sparse && !winner.sparse) return `filled on ${percent(loser.fill)} of rows against ${percent(winner.fill)}`;
  return `weaker evidence (score ${loser.score.toFixed(1)} against ${winner.score.toFixed(1)}: ${describe(loser)})`;
}

/** The evidence of a candidate in a few words: header, words per value, fill. */
export function describe(c: TextCandidate): string {
  const header = c.strength >= 2 ? 'comment header' : c.strength === 1 ? 'loose text header' : c.strength < 0 ? 'title header' : 'no text header';
  const parts = [header, `${c.wordsPerValue.toFixed(1)} words per value`, `${percent(c.fill)} filled`];
  if (c.layout !== null) parts.push(c.layout === 'full' ? 'named by the layout' : c.layout === 'partial' ? 'named by a partial layout match' : 'a fallback of the layout');
  if (c.neighbour) parts.push('the comment on a score column');
  if (c.openQuestion) parts.push('open question');
  return parts.join(', ');
}
