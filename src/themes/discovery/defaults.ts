/** Tuning constants of theme discovery, each with the reason for its value. */
export const discoveryDefaults = Object.freeze({
  /** Least comments a phrase is in, as a share of the comments (at least `minDfFloor`): rarer phrases are anecdotes. */
  minDfShare: 0.001,
  minDfFloor: 3,
  /** Most phrases counted (the most frequent): bounds memory whatever the vocabulary. */
  maxTerms: 3000,
  /** Candidate words clustered into topics: the nouns among the most frequent content words (150 words, as in the baseline of issue 16: they cover most comments). */
  candidates: 150,
  /** Groups the candidates are cut into by average linkage (about 1 per 4 words: synonyms and one topic's words together). */
  clusters: 40,
  /** Least lift of a candidate word over its English frequency (01-candidates.ts): the commonest English words ("work", "right", "help") are about every topic. */
  minLift: 5,
  /** Weight of the word vectors' cosine in the similarity of two words; the rest is the export's own co-occurrence (NPMI): 0.7 / 0.3 in issue 16. */
  vectorWeight: 0.7,
  /** A word in at least this share of the comments, bound to no other word (npmi below `contextNpmi`), is the export's setting (the brand, the product): never a theme alone, no rows of its own. */
  contextShare: 0.25,
  /** See contextShare: a topic word has partners it goes with ("battery" and "life", npmi ≥ 0.3); a brand name is said beside everything. */
  contextNpmi: 0.3,
  /** Most candidate words one comment adds to the co-occurrence counts (bounds the cost per comment). */
  maxWordsPerDoc: 40,
  /**
   * A comment joins each topic whose evidence (04-assign.ts) is at least this share of its best topic's. 0: every topic
   * it names. Measured at 0.5 against 0: banking77 allF1 0.36 → 0.42, but laptop topF1 0.37 → 0.36, cfpb 0.158 → 0.150
   * and netflix label coverage 0.70 → 0.63 (a theme keeps comments that do not use its label's words) — not adopted.
   */
  shareOfBest: 0,
  /** Adjectives and verbs among the candidates ("slow", "expensive", "charged") are evidence for the topic they are nearest to in meaning (04-assign.ts), never a topic or label alone. */
  attachWords: true,
  /** Least mean similarity (step 2) of such a word to a topic's words for it to count for that topic. */
  attachMin: 0.3,
  /** Smallest top-level theme, as a share of the comments: below it a theme is an anecdote. */
  topShare: 0.007,
  /** Share of a word's uses written as a verb ("-ing", "-ed", after "to", "I") above which it is no noun. */
  verbShare: 0.3,
  /** Sub-themes per top-level theme, at most. */
  maxSub: 8,
  /** Least lift of a sub-theme's extra word among its topic's comments (05-sub-themes.ts): a word as common everywhere says nothing specific. */
  subLift: 1.5,
  /** Smallest sub-theme, as a share of its parent's rows. */
  subShare: 0.04,
  /** A sub-theme covering this share of its parent's rows adds nothing. */
  subMaxShare: 0.9,
  /** Most themes in all, as a multiple of the top-level cap. */
  maxTotalFactor: 3,
  /** Most phrases (keywords) listed per theme. */
  maxKeywords: 12,
});

export type DiscoveryDefaults = typeof discoveryDefaults;
