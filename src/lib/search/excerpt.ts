import { memoize } from '../memoize';
import { wordLanguages, type LanguageSwitch } from './passage-anchors';
import { stemKey, wholeKey } from './search-key';
import { foldLikePagefind } from './stored-keys';

/** A run of excerpt text, highlighted when it is a matched word. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
  /** The language the text is in: the article's, or its passage's. */
  lang: string;
}

/** How `buildExcerpt` cuts its excerpt. */
export interface ExcerptOptions {
  /** About how many words it has. */
  length?: number;
  /** Where the text changes language (`languageSwitches` of the result); none: all in `lang`. */
  switches?: readonly LanguageSwitch[];
}

/** True when a word of the text matches one of the query keys (by prefix, like the index). */
export function matchesKeys(word: string, lang: string, queryKeys: readonly string[]): boolean {
  // Stemming every word of every result is what makes excerpts slow. The key of
  // the word as written decides most words at once: a stem only drops endings,
  // so its key starts with the same letter, and only words that share a first
  // letter with a query key are worth stemming.
  const whole = wholeKeyIn(lang)(word);
  if (queryKeys.some((query) => whole.startsWith(query))) return true;
  // The index also holds every word as written, where a key may start the word
  // but not the word's own key: "steinmei" starts "steinmeier", keyed "steinmer".
  const written = writtenForm(word);
  if (queryKeys.some((query) => written.startsWith(query))) return true;
  if (!queryKeys.some((query) => query[0] === whole[0])) return false;
  // The key as written was tried above; what is left of `indexKeys` is the stem's.
  const stemmed = stemKeyIn(lang)(word);
  return queryKeys.some((query) => stemmed.startsWith(query));
}

// Kept per language and word for the page's life: results of one search share
// most of their words, and so do the results of the next search (profiled at
// 10,000 articles: computing keys was most of an excerpt's time).
const wholeKeyIn = memoize((lang: string) => memoize((word: string) => wholeKey(word, lang)));
const writtenForm = memoize(foldLikePagefind);
const stemKeyIn = memoize((lang: string) => memoize((word: string) => stemKey(word, lang)));

/**
 * An excerpt of about `length` words around the densest cluster of matches,
 * with every matched word marked. Pagefind's own excerpt only marks the words
 * it matched itself; ours come through search keys (another script, spelling
 * or inflection), so the same key functions decide what to mark, each word in
 * its own language (`switches`), which every part carries for the page to mark
 * up. `queryKeys` are the same for every language, or given per language
 * (an equivalent's forms in each language, see expanded-results.ts). Returns
 * parts rather than HTML so the page inserts them as text, never as markup.
 */
export function buildExcerpt(
  content: string,
  queryKeys: readonly string[] | ((lang: string) => readonly string[]),
  lang: string,
  { length = 32, switches = [{ from: 0, lang }] }: ExcerptOptions = {},
): ExcerptPart[] {
  // Words as Pagefind counts them for the switches' positions; the spaces
  // between them are not kept (the excerpt joins its words with one space).
  const textWords = content.split(/\s+/).filter(Boolean);
  const languages = wordLanguages(switches, textWords.length);
  // A word recurs in an article: each is tried once per language.
  const tried = memoize((wordLang: string) => {
    const keys = typeof queryKeys === 'function' ? queryKeys(wordLang) : queryKeys;
    return memoize((word: string) =>
      (word.match(/[\p{L}\p{N}]+/gu) ?? []).some((part) => matchesKeys(part, wordLang, keys)),
    );
  });
  const hit = textWords.map((word, w) => tried(languages[w]!)(word));
  // Slide a window of `length` words and keep the first one with the most matches.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < hit.length; i++) {
    count += Number(hit[i]) - Number(i >= length && hit[i - length]);
    const start = Math.max(0, i - length + 1);
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  // Start a little before the first match so it is read in context.
  const firstHit = hit.indexOf(true, best);
  const from = Math.max(0, Math.min(best, firstHit === -1 ? best : firstHit - 4));
  const to = Math.min(hit.length, from + length);
  const parts: ExcerptPart[] = [];
  if (from > 0) parts.push({ text: '… ', mark: false, lang });
  for (let w = from; w < to; w++) {
    parts.push({ text: textWords[w]!, mark: hit[w]!, lang: languages[w]! });
    if (w === to - 1) continue;
    // A space inside a passage is the passage's; one where the language changes, the article's.
    const same = languages[w] === languages[w + 1];
    parts.push({ text: ' ', mark: false, lang: same ? languages[w]! : lang });
  }
  if (to < hit.length) parts.push({ text: ' …', mark: false, lang });
  return parts;
}
