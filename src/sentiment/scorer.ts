import type { Token } from '../tokenize/types.js';
import { tokenize } from '../tokenize/index.js';
import type { ClauseScore, Contribution, SentimentLabel, SentimentResult, Thresholds } from './types.js';
import type { CxEntry } from './lexicon.js';
import type { LinearModel } from './linear-model.js';
import { DEFAULT_THRESHOLDS } from './thresholds.js';
import { buildLexicon, type LexEntry, type Lexicon, type PhraseEntry } from './lexicon.js';
import {
  complaintQuestionOpeners,
  concessionWords,
  contrastWords,
  degreeAdverbs,
  degreePhrases,
  modalNegators,
  negators,
  questionOpeners,
} from './model/modifiers.js';
import {
  EV_COMPLAINT_QUESTION, EV_CONTRAST, EV_DAMPENER, EV_EMOJI, EV_EMPHASIS, EV_EXCLAMATION, EV_FAILURE, EV_INFO_QUESTION,
  EV_INTENSIFIER, EV_IRREALIS, EV_LOYALTY, EV_NEG_N, EV_NEG_SUM, EV_NEGATED_POS, EV_NEGATION, EV_NEUTRAL_CLAUSES,
  EV_POS_N, EV_POS_SUM, EV_QUESTION_MARKS, EV_WORDS, RULE_EVENT_COUNT,
} from './rule-events.js';
import { COUNTERFACTUAL_MODALS, EXPECTATION, FAIL_WORDS, LACK_WORDS, LIKE_VERB_CONTEXT, MODALS, NEGATION_BREAKERS, NON_NEGATOR_AFTER, POLYSEMOUS_BASES, RARELY, REASSURANCE, REPURCHASE, SCOPE_BREAKERS, SHORT_SCOPE_NEGATORS, SO_WORDS } from './model/rule-words.js';
import { contentWordsBetween, isComparativeContext, isProhibitive } from './rules/negation.js';
import { IRREALIS_CONDITIONAL, IRREALIS_NONE, IRREALIS_UNMET, isIrrealisMarker } from './rules/irrealis.js';
import { isDuration, isRecurringFailure, promiseAhead } from './rules/delay.js';
import { isCapitalised, isInName, isSentenceStart } from './rules/names.js';
import { collapse, hasStretch, isAllCaps, stripEmoji } from './rules/emphasis.js';
import { hasBetween, tokensText } from './rules/tokens.js';
import { clauseWeights, F_CONCESSION, F_CONTRAST, segmentClauses, type ClauseSpan } from './clause-segmentation.js';

export type ScorerOptions = {
  readonly thresholds?: Thresholds;
  /** Domain words or phrases to add or override (valence on VADER's −4 … +4 scale). */
  readonly extraLexicon?: readonly CxEntry[];
  /**
   * Build each clause's `contributions` (the words and rules that moved it). Default true. With false the scores,
   * labels, weights and clause ranges are identical, but every clause's `contributions` is the same empty frozen
   * array: the fast mode for bulk scoring (`cx analyze`), about a fifth cheaper per text. `explainSentiment` and
   * `cx sentiment` use the default.
   */
  readonly collectContributions?: boolean;
  /**
   * The learned layer's weights: default the shipped model (model/sentiment/); `null` scores with the rules alone
   * (the rule score is then the comment score, as before the learned layer; for training and ablations).
   */
  readonly model?: LinearModel | null;
};

/** The `contributions` of every clause when the scorer was created with `collectContributions: false`. */
const NO_CONTRIBUTIONS: readonly Contribution[] = Object.freeze([]);

/** The rule layer: clause scores and contributions, and what the rules saw (`events`, overwritten per call). */
export type RuleScorer = {
  readonly score: (text: string, tokens?: readonly Token[], ids?: ArrayLike<number>) => SentimentResult;
  /** The last call's rule evidence, slots in ./rule-events.ts. Read it before the next call. */
  readonly events: Float64Array;
};

/** Constants of the method (see docs/sentiment.md for sources). */
export const constants = {
  /** VADER's normalisation constant: clause score = x / sqrt(x² + α). */
  alpha: 15,
  /** Opinion clauses (by weight) whose evidence accumulates before the comment score turns into a mean. */
  accumulate: 3,
  /** Negated positive word: valence × −0.74 (VADER's N_SCALAR). */
  negatePositive: -0.74,
  /** Negated negative word: valence × −0.5 ("not bad" is mildly positive; Kiritchenko & Mohammad 2016). */
  negateNegative: -0.5,
  /** Negation scope: the first 3 content words after the negator (function words do not count; VADER looks
   * 3 words back), never past clause punctuation, "and", or a word that opens an embedded clause. */
  negationWindow: 3,
  /** Degree adverbs reach this many tokens forward. */
  degreeWindow: 3,
  /** ALL-CAPS word in mixed-case text: ± this much (VADER's C_INCR). */
  capsBoost: 0.733,
  /** Each "!" (up to 4) adds this in the direction of the clause (VADER). */
  exclamationBoost: 0.292,
  maxExclamations: 4,
  /** Each "?" beyond the first in a complaint question (up to 3) adds this in the clause's direction. */
  questionBoost: 0.18,
  /** Information questions and requests keep this share of their valence. */
  questionDamping: 0.35,
  /** "still" right before a negator ("still not here", "still haven't received"). */
  stillNot: -1.2,
  /** "3 weeks later", "two days behind": a delay stated as a duration. */
  delay: -1.2,
  /** "kept expiring", "keeps logging me out": a recurring problem (the -ing verb has no valence of its own). */
  recurring: -0.8,
  /** "buy/order/use … again": the customer will return. */
  loyalty: 1.5,
  /** "won't buy … again", "never use … again": the customer will not. */
  churn: -2.2,
  /** Praise after an expectation word or in a counterfactual: × −0.5 ("expected better"). */
  unmetExpectation: -0.5,
  /** "not … enough": something falls short. */
  notEnough: -1.2,
  /** "no" + a neutral noun: something is missing. */
  absence: -0.8,
  /** Stretched word ("sooo goood"): ± this much. */
  elongationBoost: 0.3,
  /** Contrast: clauses before "but" × 0.5, the "but" clause and the rest of its sentence × 1.5 (VADER). */
  beforeContrast: 0.5,
  afterContrast: 1.5,
} as const;



/** Shared entry for words no table knows (cached after the first fallback lookup). */
const UNKNOWN_WORD: WordInfo = Object.freeze({
  entry: undefined,
  phrases: undefined,
  negator: false,
  degree: 0,
  degreePhrases: undefined,
  special: false,
  flags: 0,
  bare: false,
}) as WordInfo;

/** WordInfo.flags: the word-class tests of segment() and scoreClause(), folded into the one lookup per word. */
const F_REPURCHASE = 4;
const F_FAIL = 8;

type WordInfo = {
  entry: LexEntry | undefined;
  phrases: readonly PhraseEntry[] | undefined;
  negator: boolean;
  /** Degree-adverb factor, 0 when the word is not one. */
  degree: number;
  degreePhrases: ReadonlyArray<readonly [string, number]> | undefined;
  /** "and", "enough", "like" and scope breakers: words with a rule of their own. */
  special: boolean;
  /** F_CONTRAST | F_CONCESSION | F_REPURCHASE | F_FAIL. */
  flags: number;
  /** Known only for its flags: for its valence the word still goes through the inflection fallback. */
  bare: boolean;
};


/**
 * Builds the rule layer once (merged lexicons, modifier tables) and returns `{ score, events }`. See docs/sentiment.md.
 */
export function createRuleScorer(options: ScorerOptions = {}): RuleScorer {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const collect = options.collectContributions ?? true;
  const negatorSet = new Set(negators);
  const lexicon: Lexicon = buildLexicon(options.extraLexicon ?? [], negatorSet);
  const modalSet = new Set(modalNegators);
  const degreeMap = new Map(degreeAdverbs);
  const degreePhraseMap = new Map<string, Array<readonly [string, number]>>();
  for (const [a, b, f] of degreePhrases) {
    const list = degreePhraseMap.get(a) ?? [];
    list.push([b, f]);
    degreePhraseMap.set(a, list);
  }
  const contrastSet = new Set(contrastWords);
  const concessionSet = new Set(concessionWords.filter((w) => !w.includes(' ')));
  const questionSet = new Set(questionOpeners);
  const complaintSet = new Set(complaintQuestionOpeners.filter((w) => !w.includes(' ')));
  const fallbackCache = new Map<string, LexEntry | null>();
  // One table keyed by word (wink-nlp style): everything the scorer needs to know about a word in one lookup.
  const wordInfo = new Map<string, WordInfo>();
  const infoFor = (w: string): WordInfo => {
    let info = wordInfo.get(w);
    if (info === undefined) {
      info = { entry: undefined, phrases: undefined, negator: false, degree: 0, degreePhrases: undefined, special: false, flags: 0, bare: false };
      wordInfo.set(w, info);
    }
    return info;
  };
  for (const [w, e] of lexicon.words) infoFor(w).entry = e;
  for (const [w, list] of lexicon.phrases) infoFor(w).phrases = list;
  for (const w of negatorSet) infoFor(w).negator = true;
  for (const w of LACK_WORDS) {
    // negators of their own: the word's lexicon value would count the lack twice ("lacking in charm")
    infoFor(w).negator = true;
    negatorSet.add(w);
  }
  for (const [w, f] of degreeMap) infoFor(w).degree = f;
  for (const [w, list] of degreePhraseMap) infoFor(w).degreePhrases = list;
  const unknownLimit = wordInfo.size + 200_000;
  for (const w of ['enough', 'and', 'like', ...SCOPE_BREAKERS, ...EXPECTATION, ...COUNTERFACTUAL_MODALS, ...FAIL_WORDS]) infoFor(w).special = true;
  for (const info of wordInfo.values()) info.bare = false;
  const flag = (words: Iterable<string>, f: number): void => {
    for (const w of words) {
      const known = wordInfo.has(w);
      const info = infoFor(w);
      if (!known) info.bare = true;
      info.flags |= f;
    }
  };
  flag(contrastSet, F_CONTRAST);
  flag(concessionSet, F_CONCESSION);
  flag(REPURCHASE, F_REPURCHASE);
  flag(FAIL_WORDS, F_FAIL);
  /** Per text, the WordInfo of each word/number token (undefined: unknown word, or another kind of token). */
  let infos: Array<WordInfo | undefined> = [];
  /** `wordInfo.get(norm)` memoised by norm id (undefined: not looked up yet, null: no entry), when ids are given. */
  const infoById: Array<WordInfo | null | undefined> = [];
  /** The ids given with the current text, if any. */
  let currentIds: ArrayLike<number> | undefined;

  function label(score: number): SentimentLabel {
    if (score >= thresholds.positive) return 'positive';
    if (score <= thresholds.negative) return 'negative';
    return 'neutral';
  }

  const flagsAt = (i: number): number => infos[i]?.flags ?? 0;
  /** Per text: what the rules saw (slots in ./rule-events.ts), for the learned layer. */
  const ev = new Float64Array(RULE_EVENT_COUNT);
  const add = (slot: number, v: number): void => {
    ev[slot] = (ev[slot] as number) + v;
  };

  /** Set per text by score(): whether capitalised word pairs may be read as names. */
  let detectNames = false;

  /** Set by lookupWord: the last hit was found only after collapsing stretched letters ("goood"). */
  let lastStretched = false;

  /** Lookup of a word absent from the lexicons: stretched letters ("goood"), then plural/-ed/-ly inflections. */
  function lookupFallback(norm: string): LexEntry | undefined {
    lastStretched = false;
    let cached = fallbackCache.get(norm);
    if (cached === undefined) {
      cached = fallback(norm);
      if (fallbackCache.size > 100_000) fallbackCache.clear();
      fallbackCache.set(norm, cached);
    }
    if (cached === null) return undefined;
    lastStretched = cached.term.length < norm.length && hasStretch(norm);
    return cached;
  }

  function fallback(norm: string): LexEntry | null {
    if (hasStretch(norm)) {
      const two = collapse(norm, 2);
      const e2 = lexicon.words.get(two);
      if (e2 !== undefined) return e2;
      const one = collapse(norm, 1);
      const e1 = lexicon.words.get(one);
      if (e1 !== undefined) return e1;
      const inflected = inflection(two) ?? inflection(one);
      if (inflected !== null) return inflected;
      return null;
    }
    return inflection(norm);
  }

  function inflection(w: string): LexEntry | null {
    const n = w.length;
    if (n < 5 && !(n === 4 && w.endsWith('in'))) return null;
    const tryBase = (base: string): LexEntry | undefined => {
      const e = lexicon.words.get(base);
      return e !== undefined && e.valence !== 0 && !POLYSEMOUS_BASES.has(base) ? e : undefined;
    };
    let e: LexEntry | undefined;
    if (w.endsWith('ies')) e = tryBase(w.slice(0, -3) + 'y');
    else if (w.endsWith('es')) e = tryBase(w.slice(0, -2)) ?? tryBase(w.slice(0, -1));
    else if (w.endsWith('s') && !w.endsWith('ss')) e = tryBase(w.slice(0, -1));
    else if (w.endsWith('ily')) e = tryBase(w.slice(0, -3) + 'y');
    else if (w.endsWith('ably') || w.endsWith('ibly')) e = tryBase(w.slice(0, -1) + 'e'); // "forgettably" → "forgettable"
    else if (w.endsWith('ly')) e = tryBase(w.slice(0, -2));
    else if (w.endsWith('ed')) e = tryBase(w.slice(0, -2)) ?? tryBase(w.slice(0, -1));
    else if (w.endsWith('iest')) e = tryBase(w.slice(0, -4) + 'y'); // "happiest" → "happy"
    else if (w.endsWith('est')) e = tryBase(w.slice(0, -3)) ?? tryBase(w.slice(0, -2)) ?? doubled(w.slice(0, -3)); // "coolest", "nicest", "saddest"
    else if (w.endsWith('ier')) e = tryBase(w.slice(0, -3) + 'y'); // "happier"
    else if (w.endsWith('er') && n >= 6) e = tryBase(w.slice(0, -2)) ?? tryBase(w.slice(0, -1)); // "cooler", "nicer"
    else if (w.endsWith('in')) e = tryBase(w + 'g'); // g-dropping: "lovin", "rockin"
    return e ?? null;
    function doubled(base: string): LexEntry | undefined {
      const k = base.length;
      return k > 2 && base[k - 1] === base[k - 2] ? tryBase(base.slice(0, -1)) : undefined;
    }
  }

  function scoreClause(tokens: readonly Token[], from: number, to: number, capsDiff: boolean, contributions: Contribution[] | null): number {
    const words = infos;
    let x = 0;
    let negAt = -1;
    let negWord = '';
    let degree = 1;
    let degreeAt = -1;
    let degreeTerm = '';
    let exclamations = 0;
    let questionMarks = 0;
    let stillNot = false;
    let absenceAt = -1; // a "no" that has not negated anything yet
    let absenceEffect: number = constants.absence;
    let repurchaseAt = -1;
    let repurchaseNegated = false;
    let irrealis = IRREALIS_NONE;
    let irrealisTerm = '';
    if ((tokens[from] as Token).norm === 'if') {
      irrealis = IRREALIS_CONDITIONAL;
      irrealisTerm = (tokens[from] as Token).text;
    }
    const first = tokens[from] as Token;
    const second = tokens[from + 1];
    for (let i = from; i < to; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'punct') {
        for (let k = 0; k < t.text.length; k++) {
          const c = t.text.charCodeAt(k);
          if (c === 33) exclamations++;
          else if (c === 63) questionMarks++;
        }
        continue;
      }
      let entry: LexEntry | undefined;
      let span = 1;
      let stretched = false;
      if (t.kind === 'word' || t.kind === 'number') {
        const w = t.norm;
        const info = words[i];
        const flags = info?.flags ?? 0;
        if ((flags & F_REPURCHASE) !== 0) {
          repurchaseAt = i;
          repurchaseNegated = negAt >= 0 && contentWordsBetween(tokens, negAt, i) < constants.negationWindow;
          if (negAt >= 0 && negAt === i - 1 && isProhibitive(tokens, from, negAt)) {
            // "don't buy", "do not order", "DO NOT PURCHASE THIS PHONE": a warning to other customers
            contributions?.push({ term: tokensText(tokens, negAt, i + 1), source: 'warning', effect: constants.churn });
            x += constants.churn;
            add(EV_FAILURE, constants.churn);
            repurchaseAt = -1;
            negAt = -1;
            continue;
          }
        } else if ((w === 'later' || w === 'behind' || w === 'overdue') && isDuration(tokens, i - 1)) {
          // "came 3 weeks later", "two days behind": a delay stated as a duration
          contributions?.push({ term: tokensText(tokens, i - 2, i + 1), source: 'delay', effect: constants.delay });
          x += constants.delay;
          add(EV_FAILURE, constants.delay);
          continue;
        } else if (w === 'after' && isDuration(tokens, i - 1) && promiseAhead(tokens, i + 1, to)) {
          // "three days after the date you promised", "a week after the expected delivery": a missed promise
          contributions?.push({ term: tokensText(tokens, i - 2, i + 1), source: 'delay', effect: constants.delay });
          x += constants.delay;
          add(EV_FAILURE, constants.delay);
          continue;
        } else if ((w === 'keeps' || w === 'kept') && i + 1 < to && isRecurringFailure(tokens[i + 1] as Token) && !lexicon.words.has((tokens[i + 1] as Token).norm)) {
          // "the link kept expiring", "keeps logging me out": a recurring problem
          contributions?.push({ term: tokensText(tokens, i, i + 2), source: 'recurring', effect: constants.recurring });
          x += constants.recurring;
          add(EV_FAILURE, constants.recurring);
          i++;
          continue;
        } else if (w === 'again' && repurchaseAt >= 0) {
          // "will order again", "would buy again" (loyalty); "won't buy again" (churn)
          const d = repurchaseNegated ? constants.churn : constants.loyalty;
          contributions?.push({ term: tokensText(tokens, repurchaseAt, i + 1), source: repurchaseNegated ? 'churn' : 'loyalty', effect: d });
          x += d;
          add(repurchaseNegated ? EV_FAILURE : EV_LOYALTY, d);
          repurchaseAt = -1;
          continue;
        }
        if (info === undefined || info.bare) {
          // not in any table: only the inflection / stretched-letter fallback can find it
          if (w.length > 1 && !(detectNames && isInName(tokens, i))) {
            entry = lookupFallback(w);
            stretched = lastStretched;
            // remember words no lexicon knows, so the next sighting costs one lookup (bounded)
            if (entry === undefined && info === undefined && wordInfo.size < unknownLimit) {
              wordInfo.set(w, UNKNOWN_WORD);
              if (currentIds !== undefined) infoById[currentIds[i] as number] = UNKNOWN_WORD;
            }
          }
        } else {
          // multi-word entries first, longest match
          const candidates = info.phrases;
          if (candidates !== undefined) {
            for (const p of candidates) {
              const len = p.words.length;
              if (i + len > to) continue;
              let ok = true;
              for (let k = 1; k < len; k++) {
                if ((tokens[i + k] as Token).norm !== p.words[k]) {
                  ok = false;
                  break;
                }
              }
              if (ok) {
                entry = p;
                span = len;
                break;
              }
            }
          }
          if (entry === undefined) {
            if (info.negator) {
              const next = tokens[i + 1];
              const skip = NON_NEGATOR_AFTER.get(w);
              if (next !== undefined && skip !== undefined && skip.has(next.norm)) continue;
              if (next === undefined || i + 1 >= to || next.kind === 'punct') continue; // "No." as an answer
              if (NEGATION_BREAKERS.has(next.norm)) continue;
              if (i > from && (tokens[i - 1] as Token).norm === 'still') stillNot = true;
              negAt = i;
              negWord = w;
              if (w === 'no' || LACK_WORDS.has(w)) {
                absenceAt = i;
                absenceEffect = constants.absence;
              }
              continue;
            }
            if ((flags & F_FAIL) !== 0 && tokens[i + 1]?.norm === 'to' && i + 2 < to) {
              // "failed to arrive", "unable to connect", "fails to impress": negates what follows; if nothing
              // there carries sentiment, the failure itself counts (the word's own valence, at least −0.8)
              negAt = i + 1;
              negWord = w;
              absenceAt = i + 1;
              absenceEffect = Math.min(info.entry?.valence ?? 0, constants.absence);
              i++;
              continue;
            }
            if (info.special) {
              if (w === 'enough' && negAt >= 0 && contentWordsBetween(tokens, negAt, i) <= 2) {
                // "not loud enough", "not enough space": falls short
                contributions?.push({ term: `${tokensText(tokens, negAt, negAt + 1)} … enough`, source: 'negation', effect: constants.notEnough });
                x += constants.notEnough;
                add(EV_FAILURE, constants.notEnough);
                negAt = -1;
                continue;
              }
              if (w === 'and' || (SCOPE_BREAKERS.has(w) && !(w === 'so' && negAt >= 0 && i - negAt <= 2))) {
                negAt = -1; // "and" ends a negation scope: "not cheap and the staff were lovely"
                if (w === 'and' && irrealis === IRREALIS_UNMET) irrealis = IRREALIS_NONE; // "I expected X and it was lovely"
                if (w === 'and') continue;
              }
              if (isIrrealisMarker(tokens, i, w)) {
                if (irrealis === IRREALIS_NONE) {
                  irrealis = IRREALIS_UNMET;
                  irrealisTerm = w;
                }
                if (!EXPECTATION.has(w)) continue;
              }
              if (w === 'like' && !(i > from && LIKE_VERB_CONTEXT.has((tokens[i - 1] as Token).norm)) && !(i > from && negatorSet.has((tokens[i - 1] as Token).norm))) continue;
            }
            const dp = info.degreePhrases;
            if (dp !== undefined) {
              const next = tokens[i + 1];
              const hit = next === undefined ? undefined : dp.find(([b]) => b === next.norm);
              if (hit !== undefined && i + 2 < to) {
                degree = degreeAt >= 0 && i - degreeAt <= 1 ? degree * hit[1] : hit[1];
                degreeAt = i + 1;
                degreeTerm = `${w} ${hit[0]}`;
                i++;
                continue;
              }
            }
            const df = info.degree;
            if (df !== 0) {
              const next = tokens[i + 1];
              // a degree word that has its own valence ("damn", "pretty", "super") modifies only when the next
              // word carries sentiment or is another degree word ("damn good", "pretty lady" → "pretty" counts)
              let modifies = next !== undefined && i + 1 < to && next.kind === 'word';
              if (modifies && info.entry !== undefined) {
                const ni = wordInfo.get((next as Token).norm);
                modifies = ni !== undefined && (ni.entry !== undefined || ni.degree !== 0 || ni.negator);
              }
              if (modifies) {
                degree = degreeAt >= 0 && i - degreeAt <= 1 ? degree * df : df;
                degreeAt = i;
                degreeTerm = w;
                continue;
              }
            }
            if (w.length === 1 && w !== 'x') continue; // ":l", "u", "k": no single letters from the lexicons
            if (detectNames && info.entry !== undefined && isInName(tokens, i)) continue; // "Grand Ronde", "United Supermarket"
            if (i > from && (tokens[i - 1] as Token).text === '&' && tokens[i + 1]?.text.startsWith(';') === true) continue; // "&gt;"
            entry = info.entry;
          }
        }
      } else if (t.kind === 'hashtag') {
        const tag = t.norm.slice(1);
        entry = lexicon.words.get(tag) ?? lookupFallback(tag);
      } else if (t.kind === 'emoji') {
        entry = lexicon.emoji.get(stripEmoji(t.text));
      } else if (t.kind === 'emoticon') {
        entry = lexicon.emoticons.get(t.text) ?? lexicon.words.get(t.text) ?? lexicon.words.get(t.text.toLowerCase());
      }
      if (entry === undefined) continue;
      // a phrase that contains a negation ("not working", "can't wait") already carries its polarity;
      // emoji and emoticons are never negated
      if (negAt >= 0 && contentWordsBetween(tokens, negAt, i) >= (SHORT_SCOPE_NEGATORS.has(negWord) ? 2 : constants.negationWindow)) {
        negAt = -1; // out of reach: later words are farther still (keeps the clause pass linear)
      }
      const inScope = negAt >= 0 && t.kind !== 'emoji' && t.kind !== 'emoticon' && !(span > 1 && phraseHasNegator(entry));
      const base = entry.valence;
      if (base === 0 && !(inScope && entry.negated !== undefined)) {
        i += span - 1;
        continue;
      }
      let v = base;
      if (base !== 0) contributions?.push({ term: span === 1 ? t.text : tokensText(tokens, i, i + span), source: entry.source, effect: base });
      // irrealis (Taboada et al. 2011, SO-CAL): an "if" clause states no opinion; an unmet expectation or a
      // counterfactual turns praise into disappointment ("expected better", "could have been better")
      if (irrealis !== IRREALIS_NONE && v !== 0 && entry.source !== 'cx' && entry.source !== 'custom' && t.kind === 'word') {
        // conditional: praise is hypothetical ("if you want a good kettle"); a complaint usually is not
        // ("if you use it in a car, forget it"), so only positive words are blocked
        const nv = v < 0 ? v : irrealis === IRREALIS_CONDITIONAL ? 0 : v * constants.unmetExpectation;
        if (nv !== v) {
          contributions?.push({ term: irrealisTerm, source: 'irrealis', effect: nv - v });
          add(EV_IRREALIS, 1);
          v = nv;
        }
      }
      // degree adverb within reach
      if (degreeAt >= 0 && i - degreeAt <= constants.degreeWindow && degree !== 1) {
        const nv = v * degree;
        contributions?.push({ term: degreeTerm, source: degree > 1 ? 'intensifier' : 'dampener', effect: nv - v });
        add(degree > 1 ? EV_INTENSIFIER : EV_DAMPENER, 1);
        v = nv;
        degreeAt = -1;
        degree = 1;
      }
      // emphasis by capitals and stretched letters
      if (capsDiff && t.kind === 'word' && isAllCaps(t.text) && v !== 0) {
        const d = Math.sign(v) * constants.capsBoost;
        contributions?.push({ term: t.text, source: 'caps', effect: d });
        add(EV_EMPHASIS, 1);
        v += d;
      }
      if (stretched && v !== 0) {
        const d = Math.sign(v) * constants.elongationBoost;
        contributions?.push({ term: t.text, source: 'elongation', effect: d });
        add(EV_EMPHASIS, 1);
        v += d;
      }
      if (inScope) {
        let nv: number;
        if (entry.negated !== undefined) nv = entry.negated;
        else if ((modalSet.has(negWord) || negWord === 'never' || (negWord === 'not' && MODALS.has(tokens[negAt - 1]?.norm ?? ''))) && v !== 0 && isComparativeContext(tokens, negAt, i)) nv = v * 1.5; // "couldn't be happier", "never looked better"
        else if (RARELY.has(negWord) && hasBetween(tokens, negAt, i, SO_WORDS)) nv = v * 1.3; // "never been so happy", "rarely seen such courtesy"
        else if (v < 0 && isProhibitive(tokens, from, negAt) && !REASSURANCE.has(t.norm)) nv = v; // "don't waste your money"
        else nv = v > 0 ? v * constants.negatePositive : v * constants.negateNegative;
        if (negAt === absenceAt) absenceAt = -1;
        if (nv !== v) {
          contributions?.push({ term: tokensText(tokens, negAt, negAt + 1), source: 'negation', effect: nv - v });
          add(EV_NEGATION, 1);
          if (v > 0) add(EV_NEGATED_POS, 1);
        }
        else contributions?.push({ term: tokensText(tokens, negAt, negAt + 1), source: 'warning', effect: 0 });
        v = nv;
        // a negation takes its first sentiment word ("never stops being cute" flips "stops" only), or a list
        // joined by "or"/"nor" ("not fast or cheap")
        const after = tokens[i + span];
        if (after === undefined || (after.norm !== 'or' && after.norm !== 'nor' && after.norm !== ',')) negAt = -1;
      }
      x += v;
      if (t.kind === 'emoji' || t.kind === 'emoticon') add(EV_EMOJI, v);
      else if (v > 0) {
        add(EV_POS_SUM, v);
        add(EV_POS_N, 1);
      } else if (v < 0) {
        add(EV_NEG_SUM, v);
        add(EV_NEG_N, 1);
      }
      i += span - 1;
    }
    if (absenceAt >= 0) {
      // "no instructions", "battery has no life": a "no" before a neutral noun reports something missing
      contributions?.push({ term: tokensText(tokens, absenceAt, Math.min(absenceAt + 2, to)), source: 'absence', effect: absenceEffect });
      x += absenceEffect;
      add(EV_FAILURE, absenceEffect);
    }
    if (stillNot) {
      contributions?.push({ term: 'still not', source: 'unresolved', effect: constants.stillNot });
      x += constants.stillNot;
      add(EV_FAILURE, constants.stillNot);
    }
    if (x !== 0 && exclamations > 0) {
      const d = Math.sign(x) * constants.exclamationBoost * Math.min(exclamations, constants.maxExclamations);
      contributions?.push({ term: '!'.repeat(Math.min(exclamations, constants.maxExclamations)), source: 'exclamation', effect: d });
      x += d;
    }
    add(EV_EXCLAMATION, exclamations);
    add(EV_QUESTION_MARKS, questionMarks);
    const opener = first.norm;
    const complaint = complaintSet.has(opener) || (opener === 'how' && second?.norm === 'come');
    const info = !complaint && isInfoQuestion(tokens, from, questionMarks);
    if (info) add(EV_INFO_QUESTION, 1);
    else if (complaint && questionMarks > 0) add(EV_COMPLAINT_QUESTION, 1);
    if (x === 0) add(EV_NEUTRAL_CLAUSES, 1);
    if (x !== 0 && info) {
      const d = x * constants.questionDamping - x;
      contributions?.push({ term: questionMarks > 0 ? '?' : opener, source: 'question', effect: d });
      x += d;
    } else if (x !== 0 && questionMarks > 1) {
      const d = Math.sign(x) * constants.questionBoost * Math.min(questionMarks - 1, 3);
      contributions?.push({ term: '?'.repeat(Math.min(questionMarks, 4)), source: 'question-emphasis', effect: d });
      x += d;
    }
    return x;
  }

  function phraseHasNegator(entry: LexEntry): boolean {
    const words = (entry as { words?: readonly string[] }).words;
    return words !== undefined && words.some((w) => negatorSet.has(w));
  }

  function isInfoQuestion(tokens: readonly Token[], from: number, questionMarks: number): boolean {
    const first = tokens[from] as Token;
    const second = tokens[from + 1];
    const opener = first.norm;
    if (opener === 'please') return true;
    // "can you send me …", "could you tell me …": a request, with or without "?"
    if ((opener === 'can' || opener === 'could' || opener === 'would' || opener === 'will') && second?.norm === 'you') return true;
    if (opener === 'what' && (second?.norm === 'a' || second?.norm === 'an')) return false; // "what a great day"
    if (opener === 'how' && second !== undefined && lexicon.words.has(second.norm)) return false; // "how cool is that"
    if (questionMarks > 0) return true;
    if (opener === 'how' || opener === 'where' || opener === 'when' || opener === 'which') {
      // "how do I reset my password" (no "?"); only with an auxiliary next, not "when it arrived it was broken"
      return second !== undefined && questionSet.has(second.norm);
    }
    return false;
  }

  function score(text: string, given?: readonly Token[], ids?: ArrayLike<number>): SentimentResult {
    const tokens = given ?? tokenize(text);
    ev.fill(0);
    if (tokens.length === 0) return { score: 0, label: 'neutral', clauses: [] };
    let caps = 0;
    let capitalised = 0;
    let wordsWithLetters = 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word') continue;
      add(EV_WORDS, 1);
      if (t.text.length < 2) continue;
      wordsWithLetters++;
      if (isAllCaps(t.text)) caps++;
      else if (isCapitalised(t.text) && !isSentenceStart(tokens, k)) capitalised++;
    }
    const capsDiff = caps > 0 && caps < wordsWithLetters;
    // Title-case words next to each other are names ("Spirit Mountain Casino"), unless the text is mostly
    // title case (headlines, "Great Product Fast Shipping"), where capitals say nothing.
    detectNames = capitalised * 2 < wordsWithLetters;
    if (infos.length < tokens.length) infos = new Array<WordInfo | undefined>(tokens.length * 2);
    currentIds = given === undefined ? undefined : ids;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word' && t.kind !== 'number') infos[k] = undefined;
      else if (currentIds === undefined) infos[k] = wordInfo.get(t.norm);
      else {
        const id = currentIds[k] as number;
        let info = infoById[id];
        if (info === undefined) infoById[id] = info = wordInfo.get(t.norm) ?? null;
        infos[k] = info ?? undefined;
      }
    }
    const spans = segmentClauses(text, tokens, flagsAt);
    const w = clauseWeights(spans, constants.beforeContrast, constants.afterContrast);
    const clauses: ClauseScore[] = [];
    let den = 0;
    let rawSum = 0;
    for (let k = 0; k < spans.length; k++) {
      const s = spans[k] as ClauseSpan;
      const contributions: Contribution[] | null = collect ? [] : null;
      const x = scoreClause(tokens, s.tokenStart, s.tokenEnd, capsDiff, contributions);
      if (s.mark !== 'none') add(EV_CONTRAST, 1);
      if (s.mark !== 'none' && x !== 0) contributions?.push({ term: (tokens[s.tokenStart] as Token).text, source: s.mark, effect: 0 });
      const clauseScore = x / Math.sqrt(x * x + constants.alpha);
      const weight = x === 0 ? 0 : (w[k] as number);
      rawSum += weight * x;
      den += weight;
      clauses.push({
        tokenStart: s.tokenStart,
        tokenEnd: s.tokenEnd,
        start: (tokens[s.tokenStart] as Token).start,
        end: (tokens[s.tokenEnd - 1] as Token).end,
        score: clauseScore,
        weight,
        contributions: contributions ?? NO_CONTRIBUTIONS,
      });
    }
    // X = Σ wᵢxᵢ over opinionated clauses, k = Σ wᵢ. Up to `accumulate` clauses agreeing evidence adds up
    // (S = X / sqrt(X² + αk), VADER's normalisation with α growing with k); beyond it α grows with k², so a long
    // comment scores like its mean clause and an evenly mixed one stays near 0 instead of saturating.
    const spread = den <= constants.accumulate ? den : (den * den) / constants.accumulate;
    const total = den === 0 ? 0 : rawSum / Math.sqrt(rawSum * rawSum + constants.alpha * spread);
    if (infos.length > 65536) infos = []; // do not keep a huge scratch array alive after one huge text
    return { score: total, label: label(total), clauses };
  }

  return { score, events: ev };
}
