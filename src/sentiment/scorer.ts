import type { Token } from '../tokenize/types.js';
import { tokenize } from '../tokenize/index.js';
import type { ClauseScore, Contribution, SentimentLabel, SentimentResult, Thresholds } from './types.js';
import type { CxEntry } from './types.js';
import type { LinearModel } from './linear-model.js';
import { DEFAULT_THRESHOLDS } from './thresholds.js';
import { buildLexicon, type LexEntry, type Lexicon, type PhraseEntry } from './lexicon.js';
import { concessionWords, contrastWords, degreeAdverbs, degreePhrases, negators } from './model/modifiers.js';
import { EV_CONTRAST, EV_LUKEWARM, EV_NEUTRAL_CLAUSES, EV_RATING_SUM, EV_RATINGS, EV_WORDS, RULE_EVENT_COUNT } from './rule-events.js';
import { COUNTERFACTUAL_MODALS, EXPECTATION, FAIL_WORDS, LACK_WORDS, LIKE_VERB_CONTEXT, LUKEWARM_AFTER, LUKEWARM_WORDS, NUMBER_WORDS, REPURCHASE, SCOPE_BREAKERS } from './model/rule-words.js';
import { isLukewarmPhrase, statedRating } from './rules/cues.js';
import { addEvent, addWordValence, beginClause, createClauseState } from './clause-state.js';
import { constants } from './constants.js';
import { applyNegation, closeAbsence, closeStillNot, inNegationScope, notEnough, openFailure, openNegation } from './rules/negation.js';
import { applyIrrealis, IRREALIS_NONE, IRREALIS_UNMET, isIrrealisMarker, openIrrealis } from './rules/irrealis.js';
import { delayStep } from './rules/delay.js';
import { againStep, repurchaseStep } from './rules/loyalty.js';
import { applyDegree, openDegree } from './rules/degree.js';
import { closeQuestion } from './rules/questions.js';
import { isCapitalised, isInName, isSentenceStart } from './rules/names.js';
import { applyEmphasis, closeExclamation, hasStretch, isAllCaps, stripEmoji } from './rules/emphasis.js';
import { tokensText } from './rules/tokens.js';
import { fallbackEntry, spellingTable } from './lexicon-fallback.js';
import { clauseWeights, createClauseSpans, F_CONCESSION, F_CONTRAST, MARK_NAMES, MARK_NONE, segmentClauses } from './clause-segmentation.js';

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




/** The longest multi-word entry starting at token i (candidates are longest first), or undefined. */
function matchPhrase(tokens: readonly Token[], i: number, to: number, candidates: readonly PhraseEntry[]): PhraseEntry | undefined {
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
    if (ok) return p;
  }
  return undefined;
}

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

/** A fallback lookup's answer: the entry a word borrows, and whether it was found by collapsing stretched letters. */
type FallbackHit = { readonly entry: LexEntry; readonly stretched: boolean };

/** WordInfo.flags: the word-class tests of segment() and scoreClause(), folded into the one lookup per word. */
const F_REPURCHASE = 4;
const F_FAIL = 8;
/** Words that may start a wording cue for the learned layer (./rules/cues.ts): lukewarm wording, a rating. */
const F_LUKEWARM = 16;
const F_LUKEWARM_LEAD = 32;
const F_NUMBER_WORD = 64;
const F_CUE = F_LUKEWARM | F_LUKEWARM_LEAD | F_NUMBER_WORD;

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
  const degreeMap = new Map(degreeAdverbs);
  const degreePhraseMap = new Map<string, Array<readonly [string, number]>>();
  for (const [a, b, f] of degreePhrases) {
    const list = degreePhraseMap.get(a) ?? [];
    list.push([b, f]);
    degreePhraseMap.set(a, list);
  }
  const contrastSet = new Set(contrastWords);
  const concessionSet = new Set(concessionWords.filter((w) => !w.includes(' ')));
  const fallbackCache = new Map<string, FallbackHit | null>();
  /** lookupFallback's answer memoised by norm id (undefined: not looked up yet), when ids are given. */
  const fallbackById: Array<FallbackHit | null | undefined> = [];
  /** Words with a valence keyed by their spelling with doubled letters written once ("dissapointed"); built when first needed. */
  let spelling: ReadonlyMap<string, LexEntry> | undefined;
  const spellingOf = (): ReadonlyMap<string, LexEntry> => (spelling ??= spellingTable(lexicon.words));
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
  flag(LUKEWARM_WORDS, F_LUKEWARM);
  flag(LUKEWARM_AFTER.keys(), F_LUKEWARM_LEAD);
  flag(NUMBER_WORDS.keys(), F_NUMBER_WORD);
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

  /** Per text, the word-class flags of each token (0 for tokens without), for segmentClauses. */
  let flagsOf = new Int32Array(256);
  /** Per text: what the rules saw (slots in ./rule-events.ts), for the learned layer. */
  const ev = new Float64Array(RULE_EVENT_COUNT);

  /** Set per text by score(): whether capitalised word pairs may be read as names. */
  let detectNames = false;

  /** Set by lookupWord: the last hit was found only after collapsing stretched letters ("goood"). */
  let lastStretched = false;

  /**
   * Lookup of a word absent from the lexicons: stretched letters ("goood"), then plural/-ed/-ly inflections, then
   * doubled-letter misspellings. Cached per word, and per norm id when ids are given (`id` ≥ 0).
   */
  function lookupFallback(norm: string, id: number): LexEntry | undefined {
    let hit = id >= 0 ? fallbackById[id] : undefined;
    if (hit === undefined) {
      hit = fallbackCache.get(norm);
      if (hit === undefined) {
        const e = fallbackEntry(norm, lexicon.words, spellingOf);
        hit = e === null ? null : { entry: e, stretched: e.term.length < norm.length && hasStretch(norm) };
        if (fallbackCache.size > 100_000) fallbackCache.clear();
        fallbackCache.set(norm, hit);
      }
      if (id >= 0) fallbackById[id] = hit;
    }
    if (hit === null) {
      lastStretched = false;
      return undefined;
    }
    lastStretched = hit.stretched;
    return hit.entry;
  }

  /** Whether a word has an entry in the word lexicons (the rules that ask: recurring problems, exclamations). */
  const hasValence = (norm: string): boolean => lexicon.words.has(norm);
  /** The one clause state, reused for every clause (./clause-state.ts). */
  const state = createClauseState(ev);
  /** The clauses of the current comment (reused). */
  const spans = createClauseSpans();

  /**
   * Scores the clause tokens[from, to) in ordered steps: per token, the event rules (loyalty and churn, delay and
   * recurring problems), then the word lookup (phrases, negators, "failed to", scope breakers, irrealis markers,
   * degree adverbs, names), then for a sentiment word irrealis → degree → emphasis → negation; at the clause end
   * absence, "still not", "!", questions. Returns the clause's raw valence.
   */
  function scoreClause(tokens: readonly Token[], from: number, to: number, capsDiff: boolean, contributions: Contribution[] | null): number {
    const words = infos;
    beginClause(state, tokens, from, contributions);
    for (let i = from; i < to; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'punct') {
        for (let k = 0; k < t.text.length; k++) {
          const c = t.text.charCodeAt(k);
          if (c === 33) state.exclamations++;
          else if (c === 63) state.questionMarks++;
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
          if (repurchaseStep(state, tokens, i, from)) continue;
        } else {
          const used = w === 'again' ? (againStep(state, tokens, i) ? 1 : 0) : delayStep(state, tokens, i, to, w, hasValence);
          if (used > 0) {
            i += used - 1;
            continue;
          }
        }
        if (info === undefined || info.bare) {
          // not in any table: only the inflection / stretched-letter fallback can find it
          if (w.length > 1 && !(detectNames && isInName(tokens, i))) {
            entry = lookupFallback(w, currentIds === undefined ? -1 : (currentIds[i] as number));
            stretched = lastStretched;
            // remember words no lexicon knows, so the next sighting costs one lookup (bounded)
            if (entry === undefined && info === undefined && wordInfo.size < unknownLimit) {
              wordInfo.set(w, UNKNOWN_WORD);
              if (currentIds !== undefined) infoById[currentIds[i] as number] = UNKNOWN_WORD;
            }
          }
        } else {
          const phrase = info.phrases === undefined ? undefined : matchPhrase(tokens, i, to, info.phrases);
          if (phrase !== undefined) {
            entry = phrase;
            span = phrase.words.length;
          } else {
            if (info.negator) {
              openNegation(state, tokens, i, from, to, w);
              continue;
            }
            if ((flags & F_FAIL) !== 0 && tokens[i + 1]?.norm === 'to' && i + 2 < to) {
              openFailure(state, i, w, info.entry?.valence ?? 0);
              i++;
              continue;
            }
            if (info.special) {
              if (w === 'enough' && notEnough(state, tokens, i)) continue;
              if (w === 'and' || (SCOPE_BREAKERS.has(w) && !(w === 'so' && state.negAt >= 0 && i - state.negAt <= 2))) {
                state.negAt = -1; // "and" ends a negation scope: "not cheap and the staff were lovely"
                if (w === 'and' && state.irrealis === IRREALIS_UNMET) state.irrealis = IRREALIS_NONE; // "I expected X and it was lovely"
                if (w === 'and') continue;
              }
              if (isIrrealisMarker(tokens, i, w)) {
                openIrrealis(state, w);
                if (!EXPECTATION.has(w)) continue;
              }
              if (w === 'like' && !(i > from && LIKE_VERB_CONTEXT.has((tokens[i - 1] as Token).norm)) && !(i > from && negatorSet.has((tokens[i - 1] as Token).norm))) continue;
            }
            const dp = info.degreePhrases;
            if (dp !== undefined) {
              const next = tokens[i + 1];
              const hit = next === undefined ? undefined : dp.find(([b]) => b === next.norm);
              if (hit !== undefined && i + 2 < to) {
                openDegree(state, i, i + 1, hit[1], `${w} ${hit[0]}`);
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
                openDegree(state, i, i, df, w);
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
        entry = lexicon.words.get(tag) ?? lookupFallback(tag, -1);
      } else if (t.kind === 'emoji') {
        entry = lexicon.emoji.get(stripEmoji(t.text));
      } else if (t.kind === 'emoticon') {
        entry = lexicon.emoticons.get(t.text) ?? lexicon.words.get(t.text) ?? lexicon.words.get(t.text.toLowerCase());
      }
      if (entry === undefined) continue;
      const inScope = inNegationScope(state, tokens, i, t, span > 1 && phraseHasNegator(entry));
      const base = entry.valence;
      if (base === 0 && !(inScope && entry.negated !== undefined)) {
        i += span - 1;
        continue;
      }
      if (base !== 0 && contributions !== null) contributions.push({ term: span === 1 ? t.text : tokensText(tokens, i, i + span), source: entry.source, effect: base });
      let v = applyIrrealis(state, base, entry, t);
      v = applyDegree(state, v, i);
      v = applyEmphasis(state, v, t, capsDiff, stretched);
      if (inScope) v = applyNegation(state, v, entry, tokens, i, span, from);
      addWordValence(state, t, v);
      i += span - 1;
    }
    closeAbsence(state, tokens, to);
    closeStillNot(state);
    closeExclamation(state);
    closeQuestion(state, tokens, from, hasValence);
    if (state.x === 0) addEvent(state, EV_NEUTRAL_CLAUSES, 1);
    return state.x;
  }

  /** Records the wording cue starting at word k (`flags`: its F_CUE bits) in the evidence slots. */
  function wordingCues(tokens: readonly Token[], k: number, w: string, flags: number): void {
    if ((flags & F_LUKEWARM) !== 0 || ((flags & F_LUKEWARM_LEAD) !== 0 && isLukewarmPhrase(tokens, k, w))) ev[EV_LUKEWARM] = (ev[EV_LUKEWARM] as number) + 1;
    else if ((flags & F_NUMBER_WORD) !== 0) {
      const r = statedRating(tokens, k);
      if (r === r) {
        ev[EV_RATING_SUM] = (ev[EV_RATING_SUM] as number) + r;
        ev[EV_RATINGS] = (ev[EV_RATINGS] as number) + 1;
      }
    }
  }

  function phraseHasNegator(entry: LexEntry): boolean {
    const words = (entry as { words?: readonly string[] }).words;
    return words !== undefined && words.some((w) => negatorSet.has(w));
  }

  function score(text: string, given?: readonly Token[], ids?: ArrayLike<number>): SentimentResult {
    const tokens = given ?? tokenize(text);
    ev.fill(0);
    if (tokens.length === 0) return { score: 0, label: 'neutral', clauses: [] };
    let caps = 0;
    let capitalised = 0;
    let wordsWithLetters = 0;
    let words = 0;
    if (infos.length < tokens.length) infos = new Array<WordInfo | undefined>(tokens.length * 2);
    if (flagsOf.length < tokens.length) flagsOf = new Int32Array(tokens.length * 2);
    currentIds = given === undefined ? undefined : ids;
    // one pass: each word's table entry (memoised by vocabulary id when ids are given), and the capitals counts
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      const kind = t.kind;
      if (kind !== 'word' && kind !== 'number') {
        infos[k] = undefined;
        flagsOf[k] = 0;
        continue;
      }
      let info: WordInfo | undefined;
      if (currentIds === undefined) info = wordInfo.get(t.norm);
      else {
        const id = currentIds[k] as number;
        let known = infoById[id];
        if (known === undefined) infoById[id] = known = wordInfo.get(t.norm) ?? null;
        info = known ?? undefined;
      }
      infos[k] = info;
      flagsOf[k] = info === undefined ? 0 : info.flags;
      if (kind !== 'word') {
        const r = statedRating(tokens, k);
        if (r === r) {
          ev[EV_RATING_SUM] = (ev[EV_RATING_SUM] as number) + r;
          ev[EV_RATINGS] = (ev[EV_RATINGS] as number) + 1;
        }
        continue;
      }
      if (info !== undefined && (info.flags & F_CUE) !== 0) wordingCues(tokens, k, t.norm, info.flags);
      words++;
      const written = t.text;
      if (written.length < 2) continue;
      wordsWithLetters++;
      const c = written.charCodeAt(0);
      if (c >= 97 && c <= 122) continue; // lower-case first letter: neither ALL CAPS nor Capitalised
      if (isAllCaps(written)) caps++;
      else if (isCapitalised(written) && !isSentenceStart(tokens, k)) capitalised++;
    }
    ev[EV_WORDS] = words;
    const capsDiff = caps > 0 && caps < wordsWithLetters;
    // Title-case words next to each other are names ("Spirit Mountain Casino"), unless the text is mostly
    // title case (headlines, "Great Product Fast Shipping"), where capitals say nothing.
    detectNames = capitalised * 2 < wordsWithLetters;
    segmentClauses(spans, text, tokens, flagsOf);
    clauseWeights(spans, constants.beforeContrast, constants.afterContrast);
    const clauses: ClauseScore[] = [];
    let den = 0;
    let rawSum = 0;
    for (let k = 0; k < spans.count; k++) {
      const tokenStart = spans.tokenStart[k] as number;
      const tokenEnd = spans.tokenEnd[k] as number;
      const mark = spans.mark[k] as number;
      const contributions: Contribution[] | null = collect ? [] : null;
      const x = scoreClause(tokens, tokenStart, tokenEnd, capsDiff, contributions);
      if (mark !== MARK_NONE) {
        addEvent(state, EV_CONTRAST, 1);
        if (x !== 0) contributions?.push({ term: (tokens[tokenStart] as Token).text, source: MARK_NAMES[mark] as string, effect: 0 });
      }
      const clauseScore = x / Math.sqrt(x * x + constants.alpha);
      const weight = x === 0 ? 0 : (spans.weight[k] as number);
      rawSum += weight * x;
      den += weight;
      clauses.push({
        tokenStart,
        tokenEnd,
        start: (tokens[tokenStart] as Token).start,
        end: (tokens[tokenEnd - 1] as Token).end,
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
    if (infos.length > 65536) {
      // do not keep huge scratch arrays alive after one huge text
      infos = [];
      flagsOf = new Int32Array(256);
    }
    return { score: total, label: label(total), clauses };
  }

  return { score, events: ev };
}
