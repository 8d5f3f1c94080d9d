import { memoize } from '../memoize';

/**
 * The case endings a name takes in running text, per language. The stemmers
 * (shared with search) are made for common nouns and misjudge names: Snowball
 * cuts Russian "Токаев" to "тока" (the genitive of "ток", current) and
 * "Иванов" to "иван", and the German one reads the "-er" of "Kasachstaner" as an
 * ending. So a stem match only counts when what lies beyond the shared part of
 * both words is one of these endings; what the suffixes "-ов", "-ин", "-ski",
 * "-er", "-isch" make (surnames, adjectives, demonyms) never is.
 *
 * Written as in the language, lowercase, separated by spaces; compared after
 * `foldWord`.
 */
const ENDINGS: Record<string, string> = {
  // Nouns (all cases, both numbers) and adjectives, as in multi-word names.
  ru:
    'а я о е ь й у ю и ы ом ем ём ой ей ою ею ия ии ию ией ье ьи ью ьем ам ям ами ями ах ях ' +
    'ый ий ая яя ое ее ые ие ого его ому ему ым им ую юю ых их ыми ими',
  pl: 'a ą ę e i y o u ie ia iu ią ię ii em om owi owie ami ach ego emu ej iej ym im ych ich ymi imi',
  // Genitive -s/-es, weak -n/-en (also on adjectives: "der Europäischen Union"), dative -e.
  de: 's es n en ns e',
  // Plurals only; a possessive "'s" is a separate word to the tokenizer.
  en: 's es',
  es: 's es',
};

/** Folds a word for comparing spellings: lowercase, without accents (й→и, ё→е, ś→s). */
export function foldWord(word: string, lang: string): string {
  return foldIn(lang)(word);
}

/** Kept per language and word: mention matching folds every word of every article (see lib/memoize). */
const foldIn = memoize((lang: string) =>
  memoize((word: string) => word.toLocaleLowerCase(lang).normalize('NFD').replace(/\p{M}/gu, '')),
);

const folded = new Map<string, Set<string>>();

/** The endings of `lang` (folded, with the empty ending); only `''` for a language without a table. */
export function endingsOf(lang: string): ReadonlySet<string> {
  const base = lang.split('-')[0] ?? '';
  let set = folded.get(base);
  if (!set) {
    const endings = ENDINGS[base]?.split(' ') ?? [];
    set = new Set(['', ...endings.map((ending) => foldWord(ending, base))]);
    folded.set(base, set);
  }
  return set;
}
