import { pushTo } from './multimap';
import slugify from '@sindresorhus/slugify';
import { foldWord } from '../mentions/name-endings';
import { indexKeys, latin } from '../search/search-key';
import type { CorpusArticle } from './corpus';
import { closeInDate } from './story-dates';
import { stopWords } from './stop-words';
import type { Proposal } from './suggest-entities';
import { DisjointSets } from './word-clusters';

/** A suggested story: articles on one event, across languages. */
export interface StorySuggestion {
  id: string;
  articles: string[];
  /** Ids of the entities its articles share, most distinctive first. */
  entities: string[];
  /** The articles' dates as written, earliest first (unknown ones left out). */
  dates: string[];
}

/** How similar (cosine of distinctive features) two articles must be to be on one event. */
export const MIN_SIMILARITY = 0.2;
/** Names weigh this much more than words: they say who and where the event is. */
const ENTITY_WEIGHT = 3;
/** A feature in more than this share of articles says nothing about one event. */
const MAX_SHARE = 0.05;
/** …but in a small corpus a feature in this many articles can still be distinctive. */
const MIN_CAP = 5;

type Features = Map<string, number>;

/**
 * Groups articles into stories: articles close in date (see `closeInDate`)
 * whose names and words are alike (cosine of idf-weighted features: the
 * entities they mention, by the id discovery gives each name in every
 * language, and their words by search key, so cognates meet across
 * languages), sharing at least one distinctive entity. Translations (one
 * `group`) always go together. Only groups of two or more separate reports
 * are suggested, and only of articles that no story has yet (`covered`).
 */
export function suggestStories(
  articles: readonly CorpusArticle[],
  names: readonly Proposal[],
  covered: ReadonlySet<string> = new Set(),
): StorySuggestion[] {
  const open = articles.filter((article) => !covered.has(article.id));
  const entityIds = entitiesByArticle(names);
  const features = open.map((article) => featuresOf(article, entityIds.get(article.id)));
  const df = new Map<string, number>();
  for (const f of features) for (const key of f.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const cap = Math.max(MIN_CAP, Math.round(open.length * MAX_SHARE));
  // A feature of one article only cannot link it to another, and would only dilute its vector.
  for (const f of features) for (const key of f.keys()) if (df.get(key)! < 2) f.delete(key);
  const vectors = features.map((f) => weigh(f, df, open.length));
  const sets = new DisjointSets();
  open.forEach(() => sets.add());
  linkTranslations(open, sets);
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, i) => {
    for (const key of vector.keys()) {
      const count = df.get(key)!;
      if (count >= 2 && count <= cap) pushTo(postings, key, i);
    }
  });
  for (let i = 0; i < open.length; i++) {
    const dots = new Map<number, number>();
    const sharesEntity = new Set<number>();
    for (const [key, weight] of vectors[i]!) {
      for (const j of postings.get(key) ?? []) {
        if (j <= i) continue;
        dots.set(j, (dots.get(j) ?? 0) + weight * vectors[j]!.get(key)!);
        if (key.startsWith('e:')) sharesEntity.add(j);
      }
    }
    for (const [j, dot] of dots)
      if (dot >= MIN_SIMILARITY && sharesEntity.has(j) && closeInDate(open[i]!.date, open[j]!.date))
        sets.union(i, j);
  }
  return groupsOf(open, sets)
    .filter((members) => units(members) >= 2)
    .map((members) => suggestion(members, entityIds, df));
}

/** The entity ids each article mentions. */
function entitiesByArticle(names: readonly Proposal[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const name of names) {
    const id = name.known ?? name.id;
    for (const article of name.articles) pushTo(map, article, id);
  }
  return map;
}

/** An article's features: its entities (`e:`) and its content words by search key (`w:`). */
function featuresOf(article: CorpusArticle, entities: readonly string[] = []): Features {
  const features: Features = new Map();
  for (const id of entities) features.set(`e:${id}`, ENTITY_WEIGHT);
  for (const run of article.runs) {
    const lang = run.lang.split('-')[0]!;
    const stop = stopWords(lang);
    for (const word of run.text.match(/\p{L}{4,}/gu) ?? []) {
      if (stop.has(foldWord(word, lang))) continue;
      const key = `w:${indexKeys(word, lang).at(-1)}`;
      if (!features.has(key)) features.set(key, 1);
    }
  }
  return features;
}

/** Features weighted by idf and normalised to unit length. */
function weigh(features: Features, df: ReadonlyMap<string, number>, total: number): Features {
  const weighted: Features = new Map();
  let norm = 0;
  for (const [key, weight] of features) {
    const value = weight * Math.log(total / df.get(key)! + 1);
    weighted.set(key, value);
    norm += value * value;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [key, value] of weighted) weighted.set(key, value / norm);
  return weighted;
}

/** Translations of one another (one `group`) are one report: always together. */
function linkTranslations(articles: readonly CorpusArticle[], sets: DisjointSets): void {
  const first = new Map<string, number>();
  articles.forEach((article, i) => {
    if (!article.group) return;
    const other = first.get(article.group);
    if (other === undefined) first.set(article.group, i);
    else sets.union(other, i);
  });
}

function groupsOf(articles: readonly CorpusArticle[], sets: DisjointSets): CorpusArticle[][] {
  const groups = new Map<number, CorpusArticle[]>();
  articles.forEach((article, i) => {
    const root = sets.find(i);
    pushTo(groups, root, article);
  });
  return [...groups.values()];
}

/** Separate reports in a group: each translation group counts once. */
const units = (members: readonly CorpusArticle[]) =>
  new Set(members.map((article) => article.group ?? `article:${article.id}`)).size;

function suggestion(
  members: readonly CorpusArticle[],
  entityIds: ReadonlyMap<string, readonly string[]>,
  df: ReadonlyMap<string, number>,
): StorySuggestion {
  const counts = new Map<string, number>();
  for (const article of members)
    for (const id of new Set(entityIds.get(article.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  const entities = [...counts]
    .filter(([, count]) => count >= 2)
    .sort(
      (a, b) =>
        b[1] - a[1] || df.get(`e:${a[0]}`)! - df.get(`e:${b[0]}`)! || a[0].localeCompare(b[0]),
    )
    .map(([id]) => id);
  const dates = [...new Set(members.flatMap((a) => (a.date ? [a.date.iso] : [])))].sort();
  const head =
    entities.slice(0, 2).join('-') || slugify(latin(members[0]!.id.split('/')[1]!)).slice(0, 40);
  return {
    id: slugify(`${head}-${dates[0] ?? ''}`),
    articles: members.map((a) => a.id).sort(),
    entities,
    dates,
  };
}
