/** The ESM build of the `stopword` package (untyped): one list of words per ISO 639-3 code. */
declare module 'stopword/dist/stopword.esm.mjs';
