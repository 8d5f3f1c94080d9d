import { indexKeys } from '../search/search-key';
import { endingsOf, foldWord } from './name-endings';

/** One word of an alias, prepared once for matching against many text words. */
export interface AliasWord {
  /** As written in the entity file. */
  text: string;
  /** An abbreviation in capitals ("NATO", "ЕС"): matched as written, never in lowercase. */
  acronym: boolean;
  /**
   * The acronym as some outlets write it ("Nato", "Otan"), for acronyms of four
   * letters or more; shorter ones ("UN", "ЕС") would meet "Un" and "Es" starting a
   * sentence, so they match only in capitals.
   */
  titleCase?: string;
  /** Lowercase, accents removed. */
  folded: string;
  /** Search keys of the word and its stem (`indexKeys`): spelling-independent. */
  keys: string[];
}

/** The shared part two words need before an ending: shorter bases are too ambiguous. */
const MIN_BASE = 3;

/** Prepares an alias word in `lang`. */
export function aliasWord(text: string, lang: string): AliasWord {
  const acronym = /^\p{Lu}+$/u.test(text);
  const titleCase =
    acronym && text.length >= 4 ? text[0] + text.slice(1).toLocaleLowerCase(lang) : undefined;
  return { text, acronym, titleCase, folded: foldWord(text, lang), keys: indexKeys(text, lang) };
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The longest ending a table lists; bounds the search for where an ending starts. */
const MAX_ENDING = 4;

/**
 * Whether `word`, a word of a text in `lang`, is a form of the alias word.
 *
 * 1. The same word in any case or accent ("Kazajstan" for "Kazajstán").
 * 2. The alias word plus a case ending of the language: "Казахстана",
 *    "Kazachstanem", "Astanas", "Europäischen" (for "Europäische").
 * 3. An ending of the alias replaced by another: both words share the stem the
 *    language's stemmer gives (compared as search keys, so spelling does not
 *    matter), and each differs from their shared base only by a case ending:
 *    "России" for "Россия", "Łukaszenkę" for "Łukaszenka".
 *
 * Anything else beyond the shared base (a suffix that makes another word:
 * "Kasachstaner", "антипутинских", "Rosjanie") is not a form of the name. Whole
 * words are not compared by search key: its spelling folds are coarse enough
 * to make English "being" a spelling of "Beijing".
 */
export function matchesWord(word: string, alias: AliasWord, lang: string): boolean {
  if (alias.acronym) return word === alias.text || word === alias.titleCase;
  const folded = foldWord(word, lang);
  if (folded === alias.folded) return true;
  const endings = endingsOf(lang);
  const shared = sharedPrefix(folded, alias.folded);
  // The base may end before the shared prefix does: "związkow|ego" and "związkow|e".
  const lowest = Math.max(MIN_BASE, folded.length - MAX_ENDING, alias.folded.length - MAX_ENDING);
  for (let base = shared; base >= lowest; base--) {
    if (!endings.has(folded.slice(base)) || !endings.has(alias.folded.slice(base))) continue;
    if (base === alias.folded.length) return true;
    if (indexKeys(word, lang).at(-1) === alias.keys.at(-1)) return true;
  }
  return false;
}
