import { pushTo } from './multimap';
import slugify from '@sindresorhus/slugify';
import { AliasIndex, tokenize, type MentionEntity } from '../mentions/alias-index';
import { latin } from '../search/search-key';
import type { CorpusArticle } from './corpus';
import { nameOccurrences, type NameOccurrence } from './name-sequences';
import { guessType, type GuessedType } from './guess-type';
import { DisjointSets, clusterWords, type WordClusters } from './word-clusters';
import { WordStats } from './word-stats';
import { nameKey, regionNames, regionOfWord } from './type-evidence';
import { foldWord } from '../mentions/name-endings';

/** A name as one language writes it, all its inflected forms together. */
export interface LanguageName {
  lang: string;
  /** The nominative as found ("Туск"). */
  name: string;
  /** Every form found, with how often ("Туска": 2). */
  forms: Map<string, number>;
  /** Mentions per article. */
  articles: Map<string, number>;
  words: number;
}

/** One proposed entity: a name across languages and scripts. */
export interface Proposal {
  id: string;
  type: GuessedType;
  names: Record<string, string>;
  aliases: Record<string, string[]>;
  articles: string[];
  /** Mentions in all articles. */
  mentions: number;
  /** The catalog entity it is, when the catalog has it (left out of suggestions). */
  known?: string;
}

/** A name mentioned fewer times than this in the whole corpus is not proposed. */
export const MIN_MENTIONS = 2;

/**
 * Finds the names in a corpus and merges their spellings: inflections within a
 * language by the mention matcher's endings rule, a surname alone with the full
 * name it follows in the same article, and languages and scripts by the search
 * keys (Tokayev, Tokajew, Токаев) or by CLDR's region code (Russia, Rosja,
 * Россия). Returns every name, those the catalog has marked `known`.
 */
export function discoverNames(
  articles: readonly CorpusArticle[],
  catalog: readonly MentionEntity[] = [],
  minMentions = MIN_MENTIONS,
): Proposal[] {
  const stats = new WordStats(articles);
  const occurrences = articles.flatMap((article) => nameOccurrences(article, stats));
  const languageNames = [...groupByLanguage(occurrences).values()].flatMap((names) => [
    ...names.values(),
  ]);
  const groups = mergeAcrossLanguages(languageNames);
  const index = new AliasIndex(catalog);
  const taken = new Set(catalog.map((entity) => entity.id));
  return groups
    .map((group) => proposalOf(group, index, taken))
    .filter((proposal) => proposal.mentions >= minMentions)
    .sort(
      (a, b) =>
        b.articles.length - a.articles.length ||
        b.mentions - a.mentions ||
        a.id.localeCompare(b.id),
    );
}

/** Occurrences grouped by language, then by name (inflections and surnames merged). */
function groupByLanguage(
  occurrences: readonly NameOccurrence[],
): Map<string, Map<string, LanguageName>> {
  const byLang = new Map<string, NameOccurrence[]>();
  for (const occurrence of occurrences) pushTo(byLang, occurrence.lang, occurrence);
  const result = new Map<string, Map<string, LanguageName>>();
  for (const [lang, list] of byLang) {
    const counts = new Map<string, number>();
    for (const { words } of list)
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    const clusters = clusterWords(counts, lang);
    result.set(lang, namesOfLanguage(list, clusters, lang));
  }
  return result;
}

const keyOf = (words: readonly string[], clusters: WordClusters) =>
  words.map((word) => clusters.clusterOf(word)).join(' ');

/**
 * The names of one language. A one-word name that is the last word of exactly
 * one longer name in the same article is that name (news style: "Donald Tusk
 * … Tuska"); elsewhere it stands on its own.
 */
function namesOfLanguage(
  list: readonly NameOccurrence[],
  clusters: WordClusters,
  lang: string,
): Map<string, LanguageName> {
  const longByArticle = new Map<string, Map<number, Set<string>>>();
  for (const { article, words } of list) {
    if (words.length < 2) continue;
    const byLast = longByArticle.get(article) ?? new Map<number, Set<string>>();
    longByArticle.set(article, byLast);
    const last = clusters.clusterOf(words.at(-1)!);
    byLast.set(last, (byLast.get(last) ?? new Set()).add(keyOf(words, clusters)));
  }
  const names = new Map<string, LanguageName>();
  for (const { article, words } of list) {
    let key = keyOf(words, clusters);
    // A country alone is itself, not the end of a longer name ("Rosji" after "Państwa Związkowego Rosji").
    if (words.length === 1 && !regionOfWord(words[0]!, lang)) {
      const full = longByArticle.get(article)?.get(clusters.clusterOf(words[0]!));
      if (full?.size === 1) key = [...full][0]!;
    }
    let name = names.get(key);
    if (!name) {
      name = {
        lang,
        name: '',
        forms: new Map(),
        articles: new Map(),
        words: key.split(' ').length,
      };
      names.set(key, name);
    }
    const form = words.join(' ');
    name.forms.set(form, (name.forms.get(form) ?? 0) + 1);
    name.articles.set(article, (name.articles.get(article) ?? 0) + 1);
  }
  for (const [key, name] of names) {
    const canonical = key
      .split(' ')
      .map((cluster) => clusters.canonical(Number(cluster)))
      .join(' ');
    // The name as found: the form that is all nominatives, else the most frequent full-length form.
    const full = [...name.forms].filter(([form]) => form.split(' ').length === name.words);
    const regions = regionNames(lang);
    name.name =
      full.find(([form]) => regions.has(foldWord(form, lang)))?.[0] ??
      full.find(([form]) => form === canonical)?.[0] ??
      full.sort((a, b) => b[1] - a[1])[0]?.[0] ??
      canonical;
  }
  return names;
}

/** The region code CLDR gives one of a name's forms in its language, if any. */
function regionOf(name: LanguageName): string | undefined {
  const regions = regionNames(name.lang);
  for (const form of [name.name, ...name.forms.keys()]) {
    const code =
      regions.get(foldWord(form, name.lang)) ??
      (form.includes(' ') ? undefined : regionOfWord(form, name.lang));
    if (code) return code;
  }
  return undefined;
}

/**
 * Merges the names of all languages that are one name: the same key (Tokayev,
 * Tokajew, Токаев), the same CLDR region, or, for names of two words or more,
 * the same last word and the same first letter of the first (Wladimir Putin,
 * Владимир Путин; Kassym-Jomart Tokayev, Касым-Жомарт Токаев). A one-word name
 * whose key is the last word of exactly one longer name joins it.
 */
function mergeAcrossLanguages(names: readonly LanguageName[]): LanguageName[][] {
  const sets = new DisjointSets();
  names.forEach(() => sets.add());
  const byKey = new Map<string, number>();
  const byPerson = new Map<string, number[]>();
  const link = (map: Map<string, number>, key: string | undefined, i: number) => {
    if (!key) return;
    const other = map.get(key);
    if (other === undefined) map.set(key, i);
    else sets.union(other, i);
  };
  const keys = names.map((name) => nameKey(name.name));
  names.forEach((name, i) => {
    link(byKey, keys[i], i);
    link(byKey, regionOf(name) && `region:${regionOf(name)}`, i);
    const words = keys[i]!.split(' ');
    if (words.length >= 2) {
      const person = `${words[0]![0]}…${words.at(-1)}`;
      pushTo(byPerson, person, i);
    }
  });
  for (const members of byPerson.values())
    for (const i of members.slice(1)) sets.union(members[0]!, i);
  const lastWords = new Map<string, Set<number>>();
  names.forEach((_, i) => {
    const words = keys[i]!.split(' ');
    if (words.length >= 2)
      lastWords.set(words.at(-1)!, (lastWords.get(words.at(-1)!) ?? new Set()).add(sets.find(i)));
  });
  names.forEach((_, i) => {
    const owners = lastWords.get(keys[i]!);
    if (!keys[i]!.includes(' ') && owners?.size === 1) sets.union([...owners][0]!, i);
  });
  const groups = new Map<number, LanguageName[]>();
  names.forEach((name, i) => {
    const root = sets.find(i);
    pushTo(groups, root, name);
  });
  return [...groups.values()];
}

/** The proposal of one merged group; `taken` holds the ids already used. */
function proposalOf(
  group: readonly LanguageName[],
  index: AliasIndex,
  taken: Set<string>,
): Proposal {
  const byLang = new Map<string, LanguageName>();
  for (const name of [...group].sort((a, b) => total(b) - total(a) || b.words - a.words))
    if (!byLang.has(name.lang)) byLang.set(name.lang, name);
  const names: Record<string, string> = {};
  const aliases: Record<string, string[]> = {};
  const region = regionOfGroup(group);
  for (const [lang, main] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) {
    const forms = group
      .filter((name) => name.lang === lang)
      .flatMap((name) => [...name.forms.keys()]);
    // A country is named as CLDR names it, where the articles have that form.
    const cldr =
      region && forms.find((form) => regionNames(lang).get(foldWord(form, lang)) === region);
    const name = cldr || main.name;
    names[lang] = name;
    const own = new AliasIndex([{ id: 'self', forms: { [lang]: [name] } }]);
    const extra = [...new Set(forms)].filter((form) => form !== name && !covers(own, form, lang));
    if (extra.length > 0) aliases[lang] = extra.sort();
  }
  const articleCounts = new Map<string, number>();
  for (const name of group)
    for (const [article, count] of name.articles)
      articleCounts.set(article, (articleCounts.get(article) ?? 0) + count);
  const known = group
    .flatMap((name) => [...name.forms.keys()].map((form) => knownAs(index, form, name.lang)))
    .find(Boolean);
  return {
    id: idFor(names, taken),
    type: guessType(group, region),
    names,
    aliases,
    articles: [...articleCounts.keys()].sort(),
    mentions: [...articleCounts.values()].reduce((a, b) => a + b, 0),
    known,
  };
}

const total = (name: LanguageName) => [...name.forms.values()].reduce((a, b) => a + b, 0);

const regionOfGroup = (group: readonly LanguageName[]) => group.map(regionOf).find(Boolean);

/** Whether an index's forms, matched as the site matches mentions, take up all of `form`. */
function covers(index: AliasIndex, form: string, lang: string): boolean {
  const tokens = tokenize(form);
  const matches = index.find(tokens, lang);
  return matches.some((match) => match.from === 0 && match.to === tokens.length);
}

/** The catalog entity whose forms take up all of `form`, if any. */
function knownAs(index: AliasIndex, form: string, lang: string): string | undefined {
  const tokens = tokenize(form);
  return index.find(tokens, lang).find((match) => match.from === 0 && match.to === tokens.length)
    ?.entity;
}

/** A file name for a proposal: the slug of its English, else Latin, else transliterated name. */
function idFor(names: Record<string, string>, taken: Set<string>): string {
  const name =
    names.en ??
    Object.values(names).find((n) => /\p{Script=Latin}/u.test(n)) ??
    Object.values(names)[0]!;
  const base = slugify(latin(name)) || 'name';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
