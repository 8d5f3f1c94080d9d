import { deu, eng, pol, rus, spa } from 'stopword/dist/stopword.esm.mjs';
import type { Locale } from '../../i18n/locales';

/**
 * The stop-word lists (the `stopword` package) of the site's languages, for
 * the search worker: only these lists are bundled (about 1,200 words), not the
 * package's 60. A language added to `locales` fails to type-check here until
 * its list is named.
 */
const LISTS = { en: eng, es: spa, de: deu, ru: rus, pl: pol } satisfies Record<
  Locale,
  readonly string[]
>;

/** Every stop word of every site language, lowercase. */
export const SITE_STOP_WORDS: ReadonlySet<string> = new Set(
  Object.entries(LISTS).flatMap(([lang, list]) =>
    (list as readonly string[]).map((word) => word.toLocaleLowerCase(lang)),
  ),
);

const BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LISTS).map(([lang, list]) => [
    lang,
    new Set((list as readonly string[]).map((word) => word.toLocaleLowerCase(lang))),
  ]),
);

/** True when `word` is a stop word of the language `lang`. */
export function isStopWordIn(word: string, lang: string): boolean {
  return BY_LANGUAGE.get(lang)?.has(word.toLocaleLowerCase(lang)) ?? false;
}

/** True when every one of two or more `words` is a stop word of one same language ("der die das"). */
export function phraseOfStopWords(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  return [...BY_LANGUAGE.keys()].some((lang) => words.every((word) => isStopWordIn(word, lang)));
}
