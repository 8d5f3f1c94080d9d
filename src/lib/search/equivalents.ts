import { queryKey, stem, words } from './search-key';

/**
 * Equivalents: one thing named in each language's own form. A place, body or
 * person from the entity catalog ("Moscow", "Moskau", "Moscú", "Москва",
 * "Moskwa"), a country or region from CLDR, or a common word from the lexicon
 * ("war", "Krieg", "guerra", "война", "wojna"). Each is a concept with a code;
 * the build adds the code to the search keys of every article that names it in
 * any of its forms, and the search page, for a query word that is one of the
 * forms, searches the code as well as the word.
 *
 * This module is what the build and the browser share: the code of a concept,
 * the keys its forms are found under, and the sharding of the lookup table.
 */

/** Where a concept comes from; earlier kinds win when a query word is several. */
export const CONCEPT_KINDS = ['entity', 'region', 'word'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

/**
 * A concept and its surface forms per language. The id is `<kind>:<name>`
 * (`entity:moscow`, `region:FR`, `word:war`); other sources (names found by
 * discovery) only need a kind and an id of their own.
 */
export interface Concept {
  id: string;
  kind: ConceptKind;
  forms: Partial<Record<string, readonly string[]>>;
}

/** A concept as the browser's lookup table carries it: its code and forms. */
export interface TableConcept {
  /** The search key the build gave every article that names the concept. */
  code: string;
  kind: ConceptKind;
  /** Forms per language, as written in the catalog or the lexicon. */
  forms: Partial<Record<string, string[]>>;
}

/** One shard of the lookup table: lookup key → the concepts it is a form of. */
export type TableShard = Record<string, TableConcept[]>;

/** Where the shards go in the built site: `/<folder>/<shard>.json`. */
export const EQUIVALENTS_FOLDER = 'search-equivalents';

/**
 * How many shards the table is split into. The browser loads the shard of each
 * query word only: with the lexicon of about 18,000 words a shard is about 7 KB compressed.
 */
export const SHARD_COUNT = 512;

/** A concept code starts with a doubled letter, which no phonetic key has. */
const CODE_PREFIX = 'zz';
const CODE_LETTERS = 7;

/** 32-bit FNV-1a of a string, twice with different seeds for enough bits. */
function hash(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The search key of a concept: `zz` and seven letters from a hash of its id.
 * All codes have one length, so none is the start of another (the index
 * matches a key as a prefix), and no word key starts with a doubled letter
 * (`phoneticKey` makes doubled letters single), so no query word matches one.
 */
export function conceptCode(id: string): string {
  let n = hash(id, 0x811c9dc5) * 0x100000 + (hash(id, 0x01000193) & 0xfffff);
  let code = '';
  for (let i = 0; i < CODE_LETTERS; i++) {
    code += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  }
  return CODE_PREFIX + code;
}

/**
 * The key a form is looked up under: the query key of each of its words
 * (`queryKey`, the shortest stem of any stemmer of its script), space-joined.
 * The browser turns the query's words into the same keys, so "Москвой" and
 * "Moskwa" both meet the catalog's "Москва" (`moskv`).
 */
export function lookupKey(form: string): string {
  return words(form).map(queryKey).join(' ');
}

/**
 * The key a word of an article's text is compared under, in the text's
 * language: its stem, in its own letters. A form of the lexicon is keyed the
 * same way in its own language, so "Krieges" in a German text meets "Krieg".
 * Within one language no spelling needs merging, and folding or the phonetic
 * key only made unrelated words meet (Polish "sądzę", I think, and "sadza",
 * soot). A stem shorter than four letters is too short to tell words apart
 * (German "ändern" stems to "and"), so such a word meets only itself.
 */
export function textWordKey(word: string, lang: string): string {
  const lower = word.toLocaleLowerCase(lang);
  const stemmed = stem(lower, lang);
  return stemmed.length >= 4 ? stemmed : lower;
}

/** The name of shard number `index` (0 to SHARD_COUNT − 1): two base-36 digits. */
export function shardName(index: number): string {
  return index.toString(36).padStart(2, '0');
}

/** The shard a lookup key is in (by its first word, so a name's n-grams share one). */
export function shardOf(key: string): string {
  const first = key.split(' ')[0] ?? '';
  return shardName(hash(first, 0x811c9dc5) % SHARD_COUNT);
}
