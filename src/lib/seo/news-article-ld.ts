import type { ArticleData } from '../../schemas/article';
import { absoluteUrl, articlePath } from '../urls';

/** The least the structured data needs of an article. */
export interface LdArticle {
  /** `<lang>/<slug>`. */
  id: string;
  data: Pick<ArticleData, 'title' | 'lang' | 'date' | 'author' | 'source' | 'translationOf'>;
}

/** A schema.org object, as JSON. */
export type JsonLd = Record<string, unknown>;

/** A short reference to another language version, enough to identify it. */
function versionRef(article: LdArticle, site: URL | string): JsonLd {
  const url = absoluteUrl(articlePath(article.id), site);
  return {
    '@type': 'NewsArticle',
    '@id': url,
    url,
    headline: article.data.title,
    inLanguage: article.data.lang,
  };
}

/**
 * schema.org `NewsArticle` of one article. Only what is known is stated: the
 * date keeps its precision (ISO 8601 allows `2023` and `2023-06`), and an unknown
 * date, outlet, author or source is left out rather than guessed. Language
 * versions are linked both ways when the original is in the collection:
 * `translationOfWork` on a translation, `workTranslation` on the original.
 *
 * @param versions every language version of the article, itself included
 */
export function newsArticleLd(
  article: LdArticle,
  versions: readonly LdArticle[],
  site: URL | string,
  description?: string,
): JsonLd {
  const { title, lang, date, author, source, translationOf } = article.data;
  const url = absoluteUrl(articlePath(article.id), site);
  const original =
    translationOf && translationOf !== 'external'
      ? versions.find((v) => v.id === translationOf)
      : undefined;
  const translations = translationOf
    ? []
    : versions.filter((v) => v.data.translationOf === article.id);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: title,
    inLanguage: lang,
    ...(description ? { description } : {}),
    ...(date ? { datePublished: date.iso } : {}),
    ...(author ? { author: { '@type': 'Person', name: author } } : {}),
    ...(source?.outlet ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
    ...(source?.url ? { isBasedOn: source.url } : {}),
    ...(original ? { translationOfWork: versionRef(original, site) } : {}),
    ...(translations.length > 0
      ? { workTranslation: translations.map((t) => versionRef(t, site)) }
      : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`. Every `<` is written as
 * `\u003c`, so no text in the data (a headline with `</script>`, say) can end the
 * script element early; JSON parsers read the escape back as `<`.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
