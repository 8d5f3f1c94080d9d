/** A name found in an article, as the site lists it. */
export interface ArticleName {
  /** The catalog entity it is, or the discovered proposal's id. */
  id: string;
  /** Whether the catalog has an entity file for it. */
  known: boolean;
  /** Its name in each language it was found in. */
  names: Record<string, string>;
}

/** A name and in how many of the given articles it appears. */
export interface CoOccurrence {
  name: ArticleName;
  articles: number;
}

/** How many co-occurring names a page shows. */
export const CO_OCCURRING_LIMIT = 10;

/**
 * The names that appear most often (by number of articles) in `articles`,
 * leaving out `self`; names in one of the articles only are left out too, as
 * they say little about the entity or story. Ties go by id, for stable pages.
 */
export function coOccurring(
  articles: readonly string[],
  namesOf: (article: string) => readonly ArticleName[],
  self?: string,
  limit = CO_OCCURRING_LIMIT,
): CoOccurrence[] {
  const counts = new Map<string, CoOccurrence>();
  for (const article of new Set(articles))
    for (const name of namesOf(article)) {
      if (name.id === self) continue;
      const entry = counts.get(name.id) ?? { name, articles: 0 };
      entry.articles++;
      counts.set(name.id, entry);
    }
  return [...counts.values()]
    .filter((entry) => entry.articles >= 2)
    .sort((a, b) => b.articles - a.articles || a.name.id.localeCompare(b.name.id))
    .slice(0, limit);
}

/** The name to show in a UI language: its own, else the first found, by language order. */
export function displayName(name: ArticleName, ui: string): string {
  return name.names[ui] ?? Object.values(name.names)[0] ?? name.id;
}
