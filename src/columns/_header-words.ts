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
  if ((last === 'number' || last === 'no') && words.length === 2 && RECORD_WORDS.has(words[0] as string)) return true; // "Case Number", "Ticket No"
  return last === 'id' || last === 'uuid' || last === 'guid' || compact(words) === 'responseid' || compact(words) === 'ticketid';
};

/** Words of an id column naming the feedback record itself (+1) or another entity it points to (−1: user, business, app …). */
const RECORD_WORDS = new Set(['review', 'response', 'ticket', 'complaint', 'conversation', 'case', 'feedback', 'submission', 'comment', 'message', 'record', 'survey', 'post', 'tweet', 'entry', 'answer']);
const FOREIGN_WORDS = new Set(['user', 'business', 'author', 'customer', 'collector', 'app', 'product', 'person', 'requester', 'organization', 'organisation', 'org', 'account', 'company', 'group', 'brand', 'submitter', 'assignee', 'store', 'location', 'place', 'channel', 'external', 'parent', 'session', 'device', 'order', 'contact', 'owner', 'agent', 'team', 'hotel', 'restaurant', 'listing', 'reviewer', 'profile', 'recipient', 'distribution', 'network', 'hotjar', 'visitor', 'in', 'reply', 'consumer', 'unit', 'asin']);

/** How well an id header names the feedback record: +1 record words or a bare `id`, −1 another entity's id. */
export function idStrength(words: readonly string[]): number {
  if (words.some((word) => FOREIGN_WORDS.has(word))) return -1;
  if (words.length === 1 || words.some((word) => RECORD_WORDS.has(word))) return 1;
  return 0;
}

export const namesDate = (words: readonly string[]): boolean =>
  has(words, 'date', 'created', 'submitted', 'timestamp', 'time', 'datetime', 'recorded', 'completed', 'day', 'when', 'posted', 'published', 'datum', 'fecha', '日付', '日期') ||
  words[words.length - 1] === 'at' ||
  words.some((word) => /^(?:created|submitted|updated|recorded)(?:at|on|date)?$/.test(word));

/**
 * How well a date header names the moment of the feedback: +2 submitted / created / posted / the
 * review's own date, −3 record-keeping (added, updated, seen, replied, solved, due, …), −1 a start.
 */
export function feedbackDateStrength(words: readonly string[]): number {
  if (has(words, 'added', 'updated', 'modified', 'seen', 'replied', 'reply', 'response', 'answered', 'imported', 'synced', 'last', 'due', 'solved', 'resolved', 'closed', 'close', 'sent', 'assigned', 'deleted', 'expires', 'expiry', 'birth', 'dob', 'shipped', 'delivered', 'order', 'purchase', 'purchased')) {
    return -3;
  }
  if (has(words, 'start', 'started')) return -1;
  if (has(words, 'submitted', 'submit', 'created', 'create', 'recorded', 'written', 'review', 'reviews', 'end', 'completed', 'received', 'opened')) return 2;
  // a publication date follows the submission (moderation), so it ranks just below it
  if (has(words, 'posted', 'published')) return 1.5;
  if (words.length === 1 && has(words, 'date', 'at', 'time', 'timestamp', 'datetime', 'when', 'datum', 'fecha')) return 2;
  return 1;
}

export const namesNps = (words: readonly string[]): boolean =>
  has(words, 'nps', 'recommend', 'recommendation', 'ltr') || phrase(words, 'net promoter');

export const namesCsat = (words: readonly string[]): boolean => has(words, 'csat', 'satisfaction', 'satisfied');

export const namesCes = (words: readonly string[]): boolean => has(words, 'ces', 'effort') || phrase(words, 'how easy');

/** Rating headers in the languages analysts meet most: note (fr), Bewertung/Sterne (de), valoración/calificación/puntuación (es), avaliação/nota (pt), punteggio/voto/valutazione (it), 評価/星 (ja), 评分 (zh), ocena (pl), beoordeling/cijfer (nl). */
export const namesRating = (words: readonly string[]): boolean =>
  has(
    words, 'rating', 'ratings', 'stars', 'star', 'rate', 'grade', 'note', 'bewertung', 'sterne', 'valoración', 'valoracion',
    'calificación', 'calificacion', 'puntuación', 'puntuacion', 'estrellas', 'avaliação', 'avaliacao', 'nota', 'estrelas',
    'punteggio', 'voto', 'valutazione', 'stelle', 'étoiles', 'etoiles', '評価', '星', '评分', '評分', '星级', 'ocena', 'beoordeling', 'cijfer', 'sterren',
  );

/** A scale written in the header: `Note (1-5)`, `Rating /10`, `score out of 5`, `satisfaction %` → its bounds, else null. */
export function headerScale(header: string): { readonly min: number; readonly max: number } | null {
  const range = /\(?\b([01])\s*[-–—]\s*(5|7|10|100)\b\)?/.exec(header);
  if (range !== null) return { min: Number(range[1]), max: Number(range[2]) };
  const outOf = /(?:\/|\bout of\s*|\bsur\s*|\bvon\s*)(5|7|10|100)\b/i.exec(header);
  if (outOf !== null) return { min: 0, max: Number(outOf[1]) };
  if (/%|\bpercent(?:age)?\b|\bpct\b/i.test(header)) return { min: 0, max: 100 };
  return null;
}

export const namesScore = (words: readonly string[]): boolean => has(words, 'score');

/** Strength of a text-column name: 2 = clearly the comment, 1 = plausible, 0 = no. */
export function textNameStrength(words: readonly string[]): number {
  if (
    has(words, 'comment', 'comments', 'feedback', 'verbatim', 'verbatims', 'review', 'reviews', 'text', 'body', 'message', 'remarks', 'suggestion', 'suggestions', 'opinion', 'narrative', 'complaint', 'complaints', 'testimonial') ||
    // the same in the languages analysts meet most: de, fr, es, pt, it, nl, ja, zh
    has(words, 'kommentar', 'kommentare', 'rezension', 'commentaire', 'commentaires', 'avis', 'comentario', 'comentarios', 'comentário', 'comentários', 'reseña', 'opinión', 'opinião', 'commento', 'commenti', 'recensione', 'opmerking', 'opmerkingen', 'コメント', 'レビュー', '评论', '評論', '留言') ||
    phrase(words, 'what could we improve') ||
    phrase(words, 'do better') ||
    phrase(words, 'we improve') ||
    phrase(words, 'tell us') ||
    phrase(words, 'anything else') ||
    phrase(words, 'open ended') ||
    words[0] === 'why'
  ) {
    return 2;
  }
  if (has(words, 'response', 'answer', 'reason', 'improve', 'description', 'notes', 'note', 'content', 'details', 'explain', 'why', 'message', 'remark', 'specify', 'other')) {
    return 1;
  }
  return 0;
}

/** A header naming a short title or subject line rather than the comment itself. */
export const namesTitle = (words: readonly string[]): boolean =>
  has(words, 'title', 'subject', 'headline', 'summary', 'heading', 'name', 'username', 'author', 'reviewer', 'user', 'nickname');

const compact = (words: readonly string[]): string => words.join('');
