/** Header names → words, and the words that name each role. */

/** `ResponseId`, `Q3_Comment`, `ticket.id`, `How likely…?` → lower-case words. */
export function headerWords(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Lower-case, letters and digits only: for matching a flag against a header loosely. */
export const compactName = (header: string): string => headerWords(header).join('');

const has = (words: readonly string[], ...any: string[]): boolean => any.some((word) => words.includes(word));
const phrase = (words: readonly string[], text: string): boolean => ` ${words.join(' ')} `.includes(` ${text} `);

export const namesId = (words: readonly string[]): boolean => {
  const last = words[words.length - 1];
  return last === 'id' || last === 'uuid' || last === 'guid' || compact(words) === 'responseid' || compact(words) === 'ticketid';
};

export const namesDate = (words: readonly string[]): boolean =>
  has(words, 'date', 'created', 'submitted', 'timestamp', 'time', 'datetime', 'recorded', 'completed', 'day', 'when') ||
  words.some((word) => /^(?:created|submitted|updated|recorded)(?:at|on|date)?$/.test(word));

export const namesNps = (words: readonly string[]): boolean =>
  has(words, 'nps', 'recommend', 'recommendation', 'ltr') || phrase(words, 'net promoter');

export const namesCsat = (words: readonly string[]): boolean => has(words, 'csat', 'satisfaction', 'satisfied');

export const namesCes = (words: readonly string[]): boolean => has(words, 'ces', 'effort') || phrase(words, 'how easy');

export const namesRating = (words: readonly string[]): boolean => has(words, 'rating', 'stars', 'star', 'rate');

export const namesScore = (words: readonly string[]): boolean => has(words, 'score');

/** Strength of a text-column name: 2 = clearly the comment, 1 = plausible, 0 = no. */
export function textNameStrength(words: readonly string[]): number {
  if (
    has(words, 'comment', 'comments', 'feedback', 'verbatim', 'verbatims', 'review', 'reviews', 'text', 'body', 'message', 'remarks', 'suggestion', 'suggestions', 'opinion') ||
    phrase(words, 'what could we improve') ||
    phrase(words, 'tell us') ||
    phrase(words, 'anything else') ||
    phrase(words, 'open ended') ||
    words[0] === 'why'
  ) {
    return 2;
  }
  if (has(words, 'response', 'answer', 'reason', 'improve', 'description', 'notes', 'note', 'content', 'details', 'explain', 'why')) {
    return 1;
  }
  return 0;
}

const compact = (words: readonly string[]): string => words.join('');
