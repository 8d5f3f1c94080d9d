/**
 * Every ordered pair of the languages a translation group has, in the order of
 * its versions: for [es, de, ru], es-de, es-ru, de-es, de-ru, ru-es, ru-de. The
 * first is what `/<ui>/compare/<group>/` shows.
 */
export function comparePairs(languages: readonly string[]): [string, string][] {
  return languages.flatMap((a) =>
    languages.filter((b) => b !== a).map((b): [string, string] => [a, b]),
  );
}

/** The pair a path segment names (`es-de`), or undefined when it is not one. */
export function parsePair(segment: string): [string, string] | undefined {
  const match = /^([a-z]{2,3})-([a-z]{2,3})$/.exec(segment);
  return match && match[1] !== match[2] ? [match[1]!, match[2]!] : undefined;
}
