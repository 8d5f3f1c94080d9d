/**
 * A spelling-independent key for a word already written in Latin letters.
 *
 * Names reach the site in many spellings: Tokayev (en), Tokajew (pl, de),
 * Tokáyev (es), Токаев (ru, transliterated "tokaev"); Kazakhstan, Kasachstan,
 * Kazajstán, Kazachstan, Казахстан. These rules merge the letters that the five
 * languages use for the same sound, so all spellings of one name share a key.
 * They are deliberately coarse (a search key, not a pronunciation): a few
 * unrelated words may share a key, and ranking sorts that out.
 */
const VOWELS = 'aeiou';

const RULES: [RegExp, string][] = [
  [/tsch/g, 'ch'], // de: Tschetschenien
  [/sch/g, 'sh'], // de: Lukaschenko
  [/sz/g, 'sh'], // pl: Łukaszenka
  [/cz/g, 'ch'], // pl: Czeczenia
  [/ts/g, 'c'], // ru ц as en writes it (Kuznetsov), pl c (Kuzniecow)
  [/zh/g, 'z'], // ru ж, pl ż after folding
  [/sh/g, 's'], // ru ш and ж as de writes it (sch: Schukow, Жуков), pl sz
  [/rz/g, 'z'], // pl rz sounds as ż
  [/kh|ch/g, 'h'], // ru х (kh), de/pl ch; en/es ch too, kept together on purpose
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'], // de, pl: Iwanow, Tokajew
  [/z/g, 's'], // de s between vowels sounds as z: Kasachstan
  [/y/g, 'i'], // en y, ru ы/й transliterated
];

/** Computes the phonetic key of a lowercase ASCII word. */
export function phoneticKey(word: string): string {
  let key = word.replace(/[^a-z0-9]/g, '');
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  // j: a glide between or before vowels (pl/de Tokajew, Jelzin), else es /x/ (Kazajstán).
  key = key.replace(/j/g, (_, at: number) => {
    const next = key[at + 1] ?? '';
    return VOWELS.includes(next) ? 'i' : 'h';
  });
  // A glide i between two vowels, or starting a word before a vowel, is dropped:
  // Tokaiev -> tokaev; ielcin -> elcin (Ельцин, Jelzin, Yeltsin).
  key = key.replace(/(?<=[aeiou])i(?=[aeiou])/g, '').replace(/^i(?=[aeiou])/, '');
  // Polish writes a soft consonant before e as "ie" where the others write e:
  // Żankiebiekow, Zhankebekov, Жанкебеков; Wasiliew, Vasilev.
  key = key.replace(/(?<=[^aeiou])ie/g, 'e');
  // Doubled letters are spelling habits: Lassila, Kassym.
  return key.replace(/(.)\1+/g, '$1');
}
