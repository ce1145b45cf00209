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
  contextShare: 0.2,
  /** …and in at least this many comments: in a small export one topic's word reaches 20% by chance. */
  contextMinRows: 50,
  /** See contextShare: a topic word has partners it goes with ("battery" and "life", npmi ≥ 0.3); a brand name is said beside everything. */
  contextNpmi: 0.3,
  /** Most candidate words one comment adds to the co-occurrence counts (bounds the cost per comment). */
  maxWordsPerDoc: 40,
  /**
   * A comment joins each topic whose evidence (04-assign.ts) is at least this share of its best topic's; 0: every topic it
   * names, so a theme's rows are exactly the comments using one of its words and exporting the themes as a taxonomy and
   * applying it gives the same rows (test/themes/taxonomy.test.ts, hierarchy.test.ts). Any share > 0 breaks that round trip.
   * Measured with attachWords on, attachMin 0.4: 0.25 against 0 gives banking77 allF1 0.359 → 0.402, cfpb topF1 0.158 → 0.163,
   * laptop topF1 0.377 → 0.377, netflix label coverage 0.719 → 0.711; 0.5 costs laptop 0.01 and cfpb 0.008 and netflix
   * coverage falls to 0.63. Off until apply-taxonomy weighs evidence the same way.
   */
  shareOfBest: 0,
  /**
   * Adjectives among the candidates ("slow", "friendly", "expensive") place the comments that name no topic noun in the
   * topic they are nearest to in meaning (04-assign.ts); never a topic or a label alone. Verbs ("give", "check", "keep")
   * are no evidence: they are said about every topic and attached where they did not belong. The words are the theme's
   * `describedBy`, exported with a taxonomy and applied the same way (apply-taxonomy.ts: only to rows that match no
   * theme's phrases), so the taxonomy round trip holds. Measured (npm run eval, off → on): laptop topF1 0.380 → 0.376,
   * untagged 23.3% → 20.2%; cfpb topF1 0.151 → 0.168, untagged 5.3% → 1.5%; banking77 allF1 0.355 → 0.358, untagged
   * 23.6% → 5.3%; Netflix / Zomato label coverage 0.722 / 0.780 → 0.705 / 0.741. With verbs too, Netflix label coverage
   * fell to 0.676 and "stupid", "mean", "check" were attached where they did not belong.
   */
  attachWords: true,
  /** Least lift (01-candidates.ts) of such an adjective, twice a topic word's: the commonest adjectives ("little", "sure", "different") are said about everything; 10 against 5: Netflix / Zomato label coverage 0.705 / 0.741 → 0.715 / 0.754, laptop untagged 20.2% → 20.5%, F1 unchanged. */
  attachLift: 10,
  /** Least mean similarity (step 2) of such a word to a topic's words for it to count for that topic: 0.35 places more comments (laptop untagged 19.5%) less well (Netflix label coverage 0.658); 0.45 fewer (laptop untagged 22%). */
  attachMin: 0.4,
  /** Smallest top-level theme, as a share of the comments: below it a theme is an anecdote. */
  topShare: 0.007,
  /** Share of a word's uses written as a verb ("-ing", "-ed", after "to", "I") above which it is no noun. */
  verbShare: 0.3,
  /** Sub-themes per top-level theme, at most: a broad topic ("card" in a bank's questions) holds a dozen specific problems; banking77 allF1 0.358 (8) → 0.363 (12). At most 32 (05-sub-themes.ts marks a row's kept sub-themes one bit each). */
  maxSub: 12,
  /** Least lift of a sub-theme's extra word among its topic's comments (05-sub-themes.ts): a word as common everywhere says nothing specific. */
  subLift: 1.5,
  /** Smallest sub-theme, as a share of its parent's rows (with maxSub 12: banking77 allF1 0.363 at 4% → 0.371 at 2.5%; other sets unchanged). */
  subShare: 0.025,
  /** A topic word used by this share of the topic's comments is the topic itself, no sub-theme (05-sub-themes.ts): banking77 allF1 0.371 → 0.421 at 0.5 (0.419 at 0.7); other sets unchanged. */
  memberMaxShare: 0.5,
  /** A sub-theme covering this share of its parent's rows adds nothing. */
  subMaxShare: 0.9,
  /** Most themes in all, as a multiple of the top-level cap. */
  maxTotalFactor: 3,
  /** Most phrases (keywords) listed per theme. */
  maxKeywords: 12,
});

export type DiscoveryDefaults = typeof discoveryDefaults;
