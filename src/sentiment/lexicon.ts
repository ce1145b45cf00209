import { createRequire } from 'node:module';
import type { CxEntry } from './types.js';
import { lexicon as vaderLexicon } from 'vader-sentiment/src/vader_lexicon.js';
import { cxLexicon } from './model/cx-lexicon.js';
import { negatedValence } from './model/failure-verbs.js';
import { emojiValence, emoticonValence } from './model/emoji-valence.js';


/** One scored lexicon entry on VADER's scale (−4 … +4). */
export type LexEntry = {
  readonly term: string;
  readonly valence: number;
  /** Replacement value inside a negation scope (words neutral on their own: "doesn't work"). */
  readonly negated: number | undefined;
  readonly source: 'cx' | 'vader' | 'afinn' | 'vader+afinn' | 'pattern' | 'emoji' | 'emoticon' | 'custom';
};

/** A multi-word entry, matched on token norms. */
export type PhraseEntry = LexEntry & { readonly words: readonly string[] };

export type Lexicon = {
  readonly words: ReadonlyMap<string, LexEntry>;
  /** Multi-word entries by first word, longest first. */
  readonly phrases: ReadonlyMap<string, readonly PhraseEntry[]>;
  readonly emoji: ReadonlyMap<string, LexEntry>;
  readonly emoticons: ReadonlyMap<string, LexEntry>;
};

/** AFINN-165 runs −5 … +5, VADER −4 … +4: AFINN values are scaled by 4/5. */
const AFINN_SCALE = 0.8;
/** Pattern polarity −1 … +1 → VADER scale: ×2.5 puts "good" (0.7) at 1.75, near VADER's 1.9. */
const PATTERN_SCALE = 2.5;
const PATTERN_MIN_POLARITY = 0.2;
/** Only senses Pattern marks as more subjective than objective (subjectivity > 0.5). */
const PATTERN_MIN_SUBJECTIVITY = 0.5;

/**
 * Merges the lexicons, later ones overriding earlier ones: Pattern adjectives, AFINN-165 (npm `sentiment`, scaled
 * ×0.8), VADER (npm `vader-sentiment`, mean human ratings; Hutto & Gilbert 2014) — a word rated by both VADER and
 * AFINN gets the mean of the two ratings (two independent human ratings) — then the cx domain lexicon, then `extra`.
 * Negators are removed from the word lexicons (VADER scores "no" −1.2): negation is a rule, not a word.
 */
export function buildLexicon(extra: readonly CxEntry[] = [], negators: ReadonlySet<string> = new Set()): Lexicon {
  const require = createRequire(import.meta.url);
  const afinn = require('sentiment/languages/en/labels.json') as Record<string, number>;
  const words = new Map<string, LexEntry>();
  const phrases = new Map<string, PhraseEntry[]>();
  // Pattern (De Smedt & Daelemans 2012; shipped by natural): adjectives from product reviews, −1 … +1. Lowest
  // precedence: only words neither AFINN nor VADER rate; subjective adjectives/adverbs only; scaled to VADER's range.
  const pattern = require('natural/lib/natural/sentiment/English/pattern-sentiment-en.json') as Record<string, { polarity?: string; subjectivity?: string; pos?: string }>;
  for (const term of Object.keys(pattern)) {
    const e = pattern[term];
    const polarity = Number(e?.polarity);
    const subjectivity = Number(e?.subjectivity);
    if (!Number.isFinite(polarity) || Math.abs(polarity) < PATTERN_MIN_POLARITY || !(subjectivity > PATTERN_MIN_SUBJECTIVITY)) continue;
    if (e?.pos !== 'JJ' && e?.pos !== 'RB') continue; // adjectives and adverbs: Pattern's verbs and nouns are sparse
    if (term.includes(' ') || term.includes('-')) continue;
    words.set(term, { term, valence: polarity * PATTERN_SCALE, negated: undefined, source: 'pattern' });
  }
  for (const term of Object.keys(afinn)) {
    const v = afinn[term];
    // AFINN's zero-valued phrases ("kind of", "some kind") would hide the degree rule: leave them out.
    if (typeof v === 'number' && !(v === 0 && term.includes(' '))) add(words, phrases, { term, valence: v * AFINN_SCALE, negated: undefined, source: 'afinn' });
  }
  for (const term of Object.keys(vaderLexicon)) {
    const v = vaderLexicon[term];
    if (typeof v !== 'number') continue;
    const a = words.get(term);
    const valence = a !== undefined && a.source === 'afinn' ? (v + a.valence) / 2 : v;
    add(words, phrases, { term, valence, negated: undefined, source: a !== undefined && a.source === 'afinn' ? 'vader+afinn' : 'vader' });
  }
  for (const [term, valence] of cxLexicon) add(words, phrases, { term, valence, negated: undefined, source: 'cx' });
  for (const [term, negated] of negatedValence) {
    const e = words.get(term);
    words.set(term, { term, valence: e?.valence ?? 0, negated, source: e?.source ?? 'cx' });
  }
  for (const e of extra) add(words, phrases, { term: e.term.toLowerCase(), valence: e.valence, negated: e.negated, source: 'custom' });
  for (const n of negators) words.delete(n);
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));

  const emoji = new Map<string, LexEntry>();
  for (const [e, v] of emojiValence) emoji.set(e, { term: e, valence: v, negated: undefined, source: 'emoji' });
  const emoticons = new Map<string, LexEntry>();
  for (const [e, v] of emoticonValence) emoticons.set(e, { term: e, valence: v, negated: undefined, source: 'emoticon' });
  return { words, phrases, emoji, emoticons };
}

function add(words: Map<string, LexEntry>, phrases: Map<string, PhraseEntry[]>, entry: LexEntry): void {
  const parts = entry.term.split(' ').filter((p) => p !== '');
  if (parts.length <= 1) {
    words.set(entry.term, entry);
    return;
  }
  const first = parts[0] as string;
  const list = phrases.get(first) ?? [];
  const existing = list.findIndex((p) => p.term === entry.term);
  const phrase: PhraseEntry = { ...entry, words: parts };
  if (existing >= 0) list[existing] = phrase;
  else list.push(phrase);
  phrases.set(first, list);
}
