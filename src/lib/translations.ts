import { locales } from '../i18n/locales';
import type { ArticleData } from '../schemas/article';

/** The least an article needs for translation logic: its id and front matter. */
export interface ArticleRef {
  /** `<lang>/<slug>`. */
  id: string;
  data: Pick<ArticleData, 'lang' | 'group' | 'translationOf' | 'originalLanguage'>;
}

/** Articles by translation group key; articles without a group are left out. */
export function groupArticles<T extends ArticleRef>(articles: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const article of articles) {
    if (!article.data.group) continue;
    const members = groups.get(article.data.group) ?? [];
    members.push(article);
    groups.set(article.data.group, members);
  }
  for (const members of groups.values()) members.sort(byLocaleOrder);
  return groups;
}

/** Orders articles by the configured order of their languages. */
export function byLocaleOrder(a: ArticleRef, b: ArticleRef): number {
  return locales.indexOf(a.data.lang) - locales.indexOf(b.data.lang);
}

/**
 * All language versions of `article`, itself included, in locale order.
 * An article outside any group has only itself.
 */
export function versionsOf<T extends ArticleRef>(article: T, groups: Map<string, T[]>): T[] {
  const group = article.data.group;
  return (group && groups.get(group)) || [article];
}

/** The version `x-default` should name: the original if we have it, else the default or first. */
export function defaultVersion<T extends ArticleRef>(versions: readonly T[]): T {
  const original = versions.find((v) => !v.data.translationOf);
  return original ?? versions.find((v) => v.data.lang === locales[0]) ?? versions[0]!;
}

/** Where an article stands in its translation relationship, for the reader. */
export type Origin =
  | { kind: 'original' }
  | { kind: 'translation-of-article'; original: string }
  | { kind: 'translation-of-external'; language?: string };

/** Reads `translationOf` into an `Origin`. */
export function originOf(article: ArticleRef): Origin {
  const of = article.data.translationOf;
  if (!of) return { kind: 'original' };
  if (of === 'external')
    return { kind: 'translation-of-external', language: article.data.originalLanguage };
  return { kind: 'translation-of-article', original: of };
}
