/**
 * A pair of a translation group's languages as a page shows it, left then
 * right: the reader's UI language on the left when it is one of the two (a
 * reader compares their own language's version with another), otherwise in the
 * order of the group's versions (`languages`).
 */
export function comparePair(
  a: string,
  b: string,
  languages: readonly string[],
  ui: string,
): [string, string] {
  if (a === ui || b === ui) return a === ui ? [a, b] : [b, a];
  return languages.indexOf(a) <= languages.indexOf(b) ? [a, b] : [b, a];
}

/**
 * Every pair of the languages a translation group has, once each (a swapped
 * pair shows the same two texts), as `comparePair` orients them for `ui`; the
 * pairs with the UI language come first: for [es, de, ru] on the German UI,
 * de-es, de-ru, es-ru.
 */
export function comparePairs(languages: readonly string[], ui: string): [string, string][] {
  const pairs = languages.flatMap((a, i) =>
    languages.slice(i + 1).map((b) => comparePair(a, b, languages, ui)),
  );
  return [...pairs.filter(([a]) => a === ui), ...pairs.filter(([a]) => a !== ui)];
}
