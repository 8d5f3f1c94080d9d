/**
 * A light Polish stemmer: it strips the common inflectional endings of nouns,
 * adjectives and names so that "Kazachstanu", "Kazachstanie" and "Kazachstan"
 * meet. There is no maintained Polish stemmer on npm (the Snowball ports we can
 * use cover es, de, ru and en only), so this small rule list is ours. It only
 * needs to agree with itself: the same function stems the text and the query.
 */
const ENDINGS = [
  'owie',
  'ami',
  'ach',
  'ego',
  'emu',
  'ymi',
  'imi',
  'ych',
  'ich',
  'ów',
  'om',
  'ej',
  'ym',
  'im',
  'ie',
  'ia',
  'iu',
  'ii',
  'ią',
  'ię',
  'ą',
  'ę',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
].sort((a, b) => b.length - a.length);

/** Shortest stem we leave; shorter words are returned unchanged. */
const MIN_STEM = 4;

/** Stems one lowercase Polish word. */
export function stemPolish(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}
