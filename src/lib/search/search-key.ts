import transliterate from '@sindresorhus/transliterate';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemGerman } from '@orama/stemmers/german';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemmer as stemSpanish } from '@orama/stemmers/spanish';
import { phoneticKey } from './phonetic-key';
import { stemPolish } from './stem-polish';

/**
 * Search keys: the one normal form that both the index and the query are turned
 * into, so that one search finds a word in any language, script, case, accent,
 * inflection or spelling. Runs at build time (for the index) and in the browser
 * (for the query), which is why it is plain, dependency-light TypeScript.
 */

const STEMMERS: Record<string, (word: string) => string> = {
  en: stemEnglish,
  es: stemSpanish,
  de: stemGerman,
  ru: stemRussian,
  pl: stemPolish,
};

/** Languages whose stemmers apply to a Latin-script query of unknown language. */
const LATIN_STEMMERS = ['en', 'es', 'de', 'pl'] as const;

const CYRILLIC = /[\u0400-\u04ff]/;

/** Splits text into words: runs of letters and digits in any script. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const cache = new Map<string, string>();

/**
 * ASCII letters and digits only: `transliterate` has no replacement for any of
 * them and strips no accent from them, so such a word only needs lowercasing.
 * Most words of the Latin-script languages are so, and `transliterate`'s
 * regular expressions were the largest part of keying a result's text.
 */
const PLAIN_ASCII = /^[A-Za-z0-9]*$/;

/** Latin-letter form of a word: transliterated, accents and case folded. */
export function latin(word: string): string {
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  let value = cache.get(word);
  if (value === undefined) {
    value = transliterate(word).toLowerCase();
    cache.set(word, value);
  }
  return value;
}

/** The stem of a lowercase word in `lang`; unchanged in a language without a stemmer. */
export function stem(word: string, lang: string): string {
  const stemmer = STEMMERS[lang.split('-')[0] ?? ''];
  if (!stemmer) return word;
  // Stemming is the costly step at build time, and news vocabulary repeats a lot.
  const key = `${lang}:${word}`;
  let value = stems.get(key);
  if (value === undefined) {
    value = stemmer(word);
    stems.set(key, value);
  }
  return value;
}

const stems = new Map<string, string>();

/**
 * The keys a word of the text is indexed under: its phonetic key as written and
 * that of its stem in the text's language, so an inflected form in the text
 * ("Токаева") and a bare name in the query ("Tokayev") still meet.
 */
export function indexKeys(word: string, lang: string): string[] {
  const lower = word.toLocaleLowerCase(lang);
  const whole = phoneticKey(latin(lower));
  const stemmed = phoneticKey(latin(stem(lower, lang)));
  return whole === stemmed ? [whole] : [whole, stemmed];
}

/** The key of a word of the text as written: the first of its `indexKeys`. */
export function wholeKey(word: string, lang: string): string {
  return phoneticKey(latin(word.toLocaleLowerCase(lang)));
}

/** The key of a word's stem in `lang`: the last of its `indexKeys`. */
export function stemKey(word: string, lang: string): string {
  return phoneticKey(latin(stem(word.toLocaleLowerCase(lang), lang)));
}

/**
 * The key a query word is searched under. The query's language is unknown, so
 * it is stemmed by every stemmer of its script and the shortest stem wins: the
 * index matches keys by prefix, so the shortest stem finds every form.
 */
export function queryKey(word: string): string {
  const lower = word.toLocaleLowerCase();
  const candidates = CYRILLIC.test(lower)
    ? [stem(lower, 'ru')]
    : LATIN_STEMMERS.map((lang) => stem(lower, lang));
  const shortest = candidates.reduce((a, b) => (b.length < a.length ? b : a), lower);
  return phoneticKey(latin(shortest));
}

/** The keys of a whole query, one per distinct word (empty words give none). */
export function queryKeys(query: string): string[] {
  return [...new Set(words(query).map(queryKey))].filter(Boolean);
}
