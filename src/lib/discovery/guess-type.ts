import type { LanguageName } from './suggest-entities';
import { cityKeys, givenNameKeys, nameKey } from './type-evidence';

/** What discovery can say about a name's kind; `other` where no evidence decides. */
export type GuessedType = 'person' | 'organisation' | 'place' | 'other';

/**
 * The kind of a name from evidence outside the corpus: a CLDR country or
 * region is a place; a name of two words or more whose first word is a known
 * given name (in any script, compared by key) is a person; a name written
 * only in capitals is an organisation (NATO, ЕАЭС); a city of the gazetteer is
 * a place. Otherwise `other`, for an editor to decide.
 */
export function guessType(group: readonly LanguageName[], region: string | undefined): GuessedType {
  if (region) return 'place';
  const given = givenNameKeys();
  const person = group.some((name) => {
    const words = name.name.split(' ');
    return words.length >= 2 && words[0]!.split('-').some((part) => given.has(nameKey(part)));
  });
  if (person) return 'person';
  if (group.every((name) => /^[\p{Lu}\s-]+$/u.test(name.name) && name.name.length >= 2))
    return 'organisation';
  const cities = cityKeys();
  if (group.some((name) => cities.has(nameKey(name.name)))) return 'place';
  return 'other';
}
