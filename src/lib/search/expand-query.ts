import { lookupKey, shardOf, type TableConcept, type TableShard } from './equivalents';
import { queryKey, words } from './search-key';
import { foldLikePagefind } from './stored-keys';

/** A run of query words that names a concept, and the concept. */
export interface Expansion {
  /** The query words, as typed. */
  query: string;
  concept: TableConcept;
  /** Keys that mark the concept's forms in a text (by prefix, like the index). */
  markKeys: MarkKeys;
}

/**
 * The keys of a concept's forms: every form's (`any`), and each language's own
 * (`byLang`). A text is marked with its language's own: every form's keys in a
 * Polish text would mark "jest" (`est`) for the Russian "ЕС" (`es`).
 */
export interface MarkKeys {
  any: string[];
  byLang: Partial<Record<string, string[]>>;
}

/** The keys that mark an expansion's forms in a text of `lang`: its own forms', or every form's when it has none. */
export function markKeysIn(expansion: Expansion, lang: string): string[] {
  return expansion.markKeys.byLang[lang] ?? expansion.markKeys.any;
}

/** A query with the concepts its words name. */
export interface ExpandedQuery {
  /** The terms to search: each concept's code, the other words' keys. */
  terms: string[];
  expansions: Expansion[];
}

/** The longest run of query words looked up as one name ("Estados Unidos"). */
const MAX_NAME_WORDS = 3;

/**
 * The concept that `typed` names among those its lookup key gives: one that
 * has a form spelt as typed (accents and case aside) first, so "war" is the
 * English headword, not Russian "варить" that shares its key; otherwise the
 * table's best.
 */
function pick(candidates: readonly TableConcept[], typed: string): TableConcept | undefined {
  const folded = foldLikePagefind(typed);
  const spelt = candidates.find((c) =>
    Object.values(c.forms).some((forms) => forms?.some((f) => foldLikePagefind(f) === folded)),
  );
  return spelt ?? candidates[0];
}

/** The query key of every word of `forms`, once each. */
function keysOfForms(forms: readonly string[]): string[] {
  return [...new Set(forms.flatMap((form) => words(form).map(queryKey)))].filter(Boolean);
}

/** Keys that find a concept's forms in a text: every word of every form, as a query key. */
function markKeysOf(concept: TableConcept): MarkKeys {
  const byLang: Partial<Record<string, string[]>> = {};
  for (const [lang, forms] of Object.entries(concept.forms)) {
    if (forms?.length) byLang[lang] = keysOfForms(forms);
  }
  return { any: keysOfForms(Object.values(concept.forms).flat() as string[]), byLang };
}

/**
 * Looks the words of `query` up in the table of equivalents, loading only the
 * shards of its words (`loadShard`), and returns the terms that find the
 * concepts they name in every language's form; undefined when no word names
 * one (the query is searched as it is). At each word the longest run of words
 * that is a name wins, as in the text ("Unión Europea" is one concept).
 */
export async function expandQuery(
  query: string,
  loadShard: (shard: string) => Promise<TableShard>,
): Promise<ExpandedQuery | undefined> {
  const typed = words(query);
  const keys = typed.map(queryKey);
  const names = [...new Set(keys.filter(Boolean).map(shardOf))];
  const shards = new Map(
    await Promise.all(names.map(async (name) => [name, await loadShard(name)] as const)),
  );
  const terms: string[] = [];
  const expansions: Expansion[] = [];
  for (let i = 0; i < keys.length;) {
    let found: { n: number; concept: TableConcept } | undefined;
    for (let n = Math.min(MAX_NAME_WORDS, keys.length - i); n >= 1 && !found; n--) {
      const key = lookupKey(typed.slice(i, i + n).join(' '));
      const candidates = key ? shards.get(shardOf(key))?.[key] : undefined;
      const concept = candidates && pick(candidates, typed.slice(i, i + n).join(' '));
      if (concept) found = { n, concept };
    }
    if (found) {
      const { n, concept } = found;
      expansions.push({
        query: typed.slice(i, i + n).join(' '),
        concept,
        markKeys: markKeysOf(concept),
      });
      terms.push(concept.code);
      i += n;
    } else {
      if (keys[i]) terms.push(keys[i]!);
      i += 1;
    }
  }
  if (expansions.length === 0) return undefined;
  return { terms: [...new Set(terms)], expansions };
}
