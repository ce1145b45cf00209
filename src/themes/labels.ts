/**
 * Theme labels and ids. A label is 1-3 of the theme's phrases in their most common written form,
 * strongest first, joined with " / ". A phrase is skipped when it shares a stem with one already
 * chosen (no "wait / waiting"), and a word gives way to a longer phrase containing it when the phrase
 * covers at least 60% of its rows ("exchange rate" rather than "exchange"). Later phrases must cover
 * at least a quarter of the rows of the first. Phrases are ranked by rows × quality: phrases
 * without a noun ("twice", "kept", "showing") count half, written forms of more than three words a fifth,
 * so labels prefer short noun phrases ("promo code", "card declined"). Phrases are content words only (see content-runs.ts),
 * so labels never hold stop words, numbers, URLs or @handles.
 */

import { numberWords } from './word-class.js';
import { genericNouns } from './model/generic-nouns.js';

export type LabelTerm = {
  /** Stems joined by spaces. */
  readonly key: string;
  /** Most common written form. */
  readonly surface: string;
  /** Its content words only (shown instead of a written form longer than three words). */
  readonly short?: string;
  /** Rows of the theme containing it. */
  readonly hits: number;
  /**
   * Label quality in (0, 1] (default 1): lower for phrases without a noun ("twice", "kept") and for
   * long written forms; a phrase is ranked by hits × quality.
   */
  readonly quality?: number;
  /** False when none of its words is a noun ("gave", "arrived"): such a word gives way more readily to a phrase containing it. */
  readonly noun?: boolean;
  /** False for one word that is neither noun nor adjective ("gave"): no name for a sub-theme. */
  readonly nameable?: boolean;
};

/** Picks the label phrases (indices into terms) from terms ordered strongest first. */
export function labelPhrases(terms: readonly LabelTerm[], max = 3): number[] {
  const stemsOf = terms.map((t) => t.key.split(' '));
  const chosen: number[] = [];
  const used = new Set<string>();
  const rank = (k: number): number => terms[k]!.hits * (terms[k]!.quality ?? 1);
  const order = terms.map((_, k) => k).sort((a, b) => rank(b) - rank(a) || a - b);
  const first = order.length > 0 ? rank(order[0]!) : 0;
  for (let o = 0; o < order.length && chosen.length < max; o++) {
    const i = order[o]!;
    let pick = i;
    // a longer phrase that contains this one and covers most of its rows
    for (let j = 0; j < terms.length; j++) {
      if (j === i || stemsOf[j]!.length <= stemsOf[pick]!.length) continue;
      if (!stemsOf[i]!.every((s) => stemsOf[j]!.includes(s))) continue;
      if ((terms[j]!.quality ?? 1) < 0.5 * (terms[i]!.quality ?? 1)) continue; // not for a long written form
      const share = terms[i]!.noun === false ? 0.25 : 0.6;
      if (terms[j]!.hits >= share * terms[i]!.hits && (pick === i || terms[j]!.hits > terms[pick]!.hits)) pick = j;
    }
    if (chosen.length > 0 && rank(pick) < 0.25 * first) break;
    if (stemsOf[pick]!.some((s) => used.has(s)) || chosen.includes(pick)) continue;
    chosen.push(pick);
    for (const s of stemsOf[pick]!) used.add(s);
  }
  return chosen;
}

/**
 * Label candidates of a theme, best first: the phrase labelPhrases picks first (a word giving way
 * to a longer phrase containing it that covers most of its rows), then the others by rows × quality.
 */
export function labelOrder(terms: readonly LabelTerm[]): number[] {
  const first = labelPhrases(terms, 1);
  const rank = (k: number): number => terms[k]!.hits * (terms[k]!.quality ?? 1);
  const rest = terms
    .map((_, k) => k)
    .filter((k) => !first.includes(k) && terms[k]!.hits > 0)
    .sort((a, b) => rank(b) - rank(a) || a - b);
  return [...first, ...rest];
}

/**
 * A label a person would write: at most four words of letters, no number word ("refund within two"),
 * no clause connective or personal pronoun ("account i pay" is a clause, not a name), no mojibake, and
 * not one generic noun alone ("days", "hour").
 */
export function isLabelForm(label: string): boolean {
  const words = label.split(' ');
  if (words.length === 0 || words.length > 4 || words.some((w) => w.length === 0)) return false;
  if (words.some((w) => !/^\p{L}[\p{L}\p{M}'’-]*$/u.test(w) || looksMojibake(w) || connectives.has(w) || pronouns.has(w.toLowerCase()))) return false;
  if (words.some((w) => numberWords.has(w))) return false;
  return !(words.length === 1 && genericNouns.includes(words[0]!));
}

/** Words that join clauses: a phrase spanning one ("error but the money") is no name. */
const connectives: ReadonlySet<string> = new Set(['but', 'because', 'so', 'if', 'when', 'while', 'though', 'although', 'then', 'until', 'unless', 'since', 'than']);

/** Personal pronouns: a phrase holding one ("account i pay", "pay them enough") is a clause, not a name. */
const pronouns: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'me', 'us', 'him', 'them']);

/** UTF-8 read as Latin-1 / Mac Roman ("â€™", "Ã©", "äôs"), C1 control characters or U+FFFD. */
export function looksMojibake(word: string): boolean {
  return /[-�]|Ã|Â|â€|ä[ôùú]|Ä[ôù]/u.test(word);
}

/** URL-safe slug: lower-case letters and digits joined by "-". */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s.length > 0 ? s.slice(0, 60).replace(/-+$/, '') : 'theme';
}

/** Makes ids unique in the given order: the first keeps the slug, later ones get "-2", "-3"… */
export function uniqueIds(wanted: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  return wanted.map((id) => {
    let candidate = id;
    for (let k = 2; used.has(candidate); k++) candidate = `${id}-${k}`;
    used.add(candidate);
    return candidate;
  });
}
