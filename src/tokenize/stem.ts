import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type PorterStemmer = { stem(word: string): string };
let porter: PorterStemmer | undefined;
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/**
 * Porter stem of a normalised word (M. F. Porter, "An algorithm for suffix stripping", 1980), using natural's
 * PorterStemmer by submodule path (`natural/lib/natural/stemmers/porter_stemmer.js`). Memoised in a Map
 * (cleared when it reaches 200,000 entries so memory stays bounded on huge vocabularies).
 * @example stem('delivered') // 'deliv'; stem('refunds') // 'refund'
 */
export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  porter ??= require('natural/lib/natural/stemmers/porter_stemmer.js') as PorterStemmer;
  const s = porter.stem(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, s);
  return s;
}
