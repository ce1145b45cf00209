// Type of the lexicon module that npm `vader-sentiment` ships as ESM source (used by src/sentiment/lexicon.ts).
declare module 'vader-sentiment/src/vader_lexicon.js' {
  export const lexicon: Readonly<Record<string, number>>;
}
