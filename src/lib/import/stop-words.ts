/**
 * Stop words (the, und, и, się...) per language, from stopwords-iso, the
 * maintained multi-language collection. Their share in a line is the classic
 * signal of running prose: a sentence is full of them, a menu item, a button
 * label or a price has few or none.
 */
import stopwordsIso from 'stopwords-iso' with { type: 'json' };

const lists = stopwordsIso as Record<string, string[]>;
const sets = new Map<string, ReadonlySet<string>>();

/** The stop words of a language (empty for one the package does not have). */
export function stopWords(lang: string): ReadonlySet<string> {
  let set = sets.get(lang);
  if (!set) {
    set = new Set((lists[lang] ?? []).map((w) => w.toLowerCase()));
    sets.set(lang, set);
  }
  return set;
}

/** The words of a text, lowercased: runs of letters (with inner apostrophes and hyphens). */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []) as string[];
}

/**
 * The share of a text's words that are stop words, in whichever of `languages`
 * gives the highest share, so a passage in a second language (an English quote
 * in a German article) still reads as prose.
 */
export function stopWordShare(words: readonly string[], languages: readonly string[]): number {
  if (words.length === 0) return 0;
  let best = 0;
  for (const lang of languages) {
    const set = stopWords(lang);
    const count = words.filter((w) => set.has(w)).length;
    best = Math.max(best, count / words.length);
  }
  return best;
}
