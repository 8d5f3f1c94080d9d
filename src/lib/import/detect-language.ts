import { francAll } from 'franc';
import { byLetters, fromIso3, iso3, isNamed } from './language-codes';

/*
 * Language detection with franc (trigram statistics). Two questions are asked
 * of it: which of the site's languages a text is in (franc restricted to them
 * with `only`, which is accurate), and whether the text is really in that
 * language rather than in one the site does not have (franc over all its
 * languages, because restricted franc calls French "Spanish").
 */

/**
 * Shortest text (in letters) that franc judges reliably; below it a paragraph
 * gets no verdict and a whole text falls back to its script and letters.
 */
export const RELIABLE_LETTERS = 60;

/** franc's normalised score (1 = best) a language needs to count as detected among all languages. */
const CONFIDENT = 0.95;

const letterCount = (text: string) => text.replace(/[^\p{L}]/gu, '').length;

/** Which of `languages` franc finds `text` closest to. */
function closest(text: string, languages: readonly string[]): string | undefined {
  const [best] = francAll(text, { only: languages.map(iso3) })[0]!;
  return best === 'und' ? undefined : fromIso3(best);
}

/**
 * Whether franc, judging among all its languages, finds `text` in `lang`: its
 * best guess, or close enough to it to tell apart only by a language the
 * importer does not name (Galician for Spanish, Low German for German). When
 * its best guess is another language the importer knows (French for a text
 * restricted franc called Spanish), the text is not in `lang`.
 */
function confirms(text: string, lang: string): boolean {
  const ranked = francAll(text);
  const best = fromIso3(ranked[0]![0]);
  if (best === lang) return true;
  if (isNamed(best)) return false;
  const score = ranked.find(([code]) => code === iso3(lang))?.[1] ?? 0;
  return score >= CONFIDENT;
}

/** The outcome of detecting a text's language. */
export type Detection =
  | { lang: string; reason?: undefined }
  | { lang?: undefined; reason: 'too-short' }
  | { lang?: undefined; reason: 'not-configured'; looksLike: string };

/**
 * The language most of the text is in: each paragraph long enough to judge
 * votes with its length for the configured language it is closest to (so a
 * German article with English passages stays German), then the paragraphs of
 * the winner are checked against all languages, so a French text is refused
 * instead of being filed as Spanish.
 */
export function detectLanguage(
  paragraphs: readonly string[],
  languages: readonly string[],
): Detection {
  const text = paragraphs.join('\n');
  if (letterCount(text) < RELIABLE_LETTERS) {
    const lang = byLetters(text, languages);
    return lang ? { lang } : { reason: 'too-short' };
  }
  const votes = new Map<string, string[]>();
  for (const paragraph of paragraphs) {
    if (letterCount(paragraph) < RELIABLE_LETTERS) continue;
    const lang = closest(paragraph, languages);
    if (lang) votes.set(lang, [...(votes.get(lang) ?? []), paragraph]);
  }
  const length = (texts: string[]) => texts.reduce((sum, t) => sum + t.length, 0);
  const ranked = [...votes].sort((a, b) => length(b[1]) - length(a[1]));
  const [lang, own] = ranked[0] ?? [closest(text, languages), [text]];
  if (!lang) {
    // No configured language shares the text's script (Greek, Arabic...).
    const [guess] = francAll(text)[0]!;
    return guess === 'und'
      ? { reason: 'too-short' }
      : { reason: 'not-configured', looksLike: fromIso3(guess) };
  }
  const sample = own.join('\n');
  if (confirms(sample, lang)) return { lang };
  return { reason: 'not-configured', looksLike: fromIso3(francAll(sample)[0]![0]) };
}

/**
 * The language of each paragraph when it differs from the article's `lang`,
 * else `undefined`. A paragraph counts as another language only when it is long
 * enough to judge and franc, among all its languages, agrees; a short one (a
 * heading) between two paragraphs of the same other language belongs to them.
 * Paragraphs that seem to be in a language the site does not have are left as
 * they are and returned in `doubts` for the editor to check.
 */
export function detectPassages(
  paragraphs: readonly string[],
  lang: string,
  languages: readonly string[],
): { langs: (string | undefined)[]; doubts: { index: number; looksLike: string }[] } {
  const doubts: { index: number; looksLike: string }[] = [];
  const verdicts = paragraphs.map((paragraph, index) => {
    if (letterCount(paragraph) < RELIABLE_LETTERS) return null;
    const closestLang = closest(paragraph, languages);
    if (!closestLang || closestLang === lang) return lang;
    if (confirms(paragraph, closestLang)) return closestLang;
    doubts.push({ index, looksLike: fromIso3(francAll(paragraph)[0]![0]) });
    return lang;
  });
  const langs = verdicts.map((verdict, i) => {
    if (verdict !== null) return verdict === lang ? undefined : verdict;
    const before = verdicts
      .slice(0, i)
      .reverse()
      .find((v) => v !== null);
    const after = verdicts.slice(i + 1).find((v) => v !== null);
    return before && before === after && before !== lang ? before : undefined;
  });
  return { langs, doubts };
}
