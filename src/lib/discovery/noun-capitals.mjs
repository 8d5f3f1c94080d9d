/**
 * Share of a language's words (distinct, stop words left out) that a corpus
 * capitalises more often than not inside sentences, above which the language
 * capitalises its nouns: German over half, name-heavy news in other languages
 * up to a third. Measured on the corpus, so no language list is needed. Used
 * by site discovery (`word-stats.ts`) and the benchmark's generator
 * (scripts/bench/vocabulary.mjs); plain JavaScript without imports, so that
 * the benchmark's scripts load it with plain Node.
 */
export const NOUN_CAPITALS = 0.4;
