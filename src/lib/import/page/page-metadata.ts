/**
 * What a web page says about its article: headline, publication date, author,
 * outlet, canonical address, language and photo credits, read from the meta
 * tags (Open Graph, article:*, Dublin Core), schema.org JSON-LD, `<time>` and
 * `<html lang>`. Whatever the page does not say stays `undefined`: a date or
 * author is never guessed from the text.
 */
import { parsePartialDate } from '../../partial-date';

/** The facts a page states about itself. */
export interface PageMetadata {
  title?: string;
  /** `YYYY-MM-DD` as the page wrote it (its own calendar day, not converted to UTC). */
  date?: string;
  author?: string;
  outlet?: string;
  /** The canonical http(s) address, absolute. */
  url?: string;
  /** The primary language subtag of `<html lang>` (or `content-language`), lowercased. */
  lang?: string;
}

type JsonLd = Record<string, unknown>;

/** Every schema.org object in the page's JSON-LD scripts, `@graph` members included; broken JSON is skipped. */
export function jsonLdObjects(document: Document): JsonLd[] {
  const objects: JsonLd[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonLd);
      visit((value as JsonLd)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD tells nothing; the other sources still may.
    }
  }
  return objects;
}

const ARTICLE_TYPES = /Article|Posting|Report|BlogPosting|NewsArticle/;

const isArticle = (object: JsonLd) =>
  [object['@type']].flat().some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type));

/** The text of a JSON-LD value that may be a string, an object with `name`, or a list of them. */
function names(value: unknown): string[] {
  return [value]
    .flat()
    .map((v) => (typeof v === 'string' ? v : (v as JsonLd | undefined)?.name))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());
}

/** The `content` of the first meta tag with one of the given `property`/`name`/`itemprop` values. */
function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const element = document.querySelector(`meta[${attribute}="${key}" i]`);
      const content = element?.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return undefined;
}

/** The calendar day a date-time string states, if it is a real one. */
export function dayOf(value: string | undefined): string | undefined {
  const match = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value ?? '');
  return match && parsePartialDate(match[1]!) ? match[1] : undefined;
}

/** An absolute http(s) address, or `undefined`. */
export function webUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const isUrl = (value: string) => /^https?:\/\//i.test(value);

function pageDate(document: Document, articles: JsonLd[]): string | undefined {
  const fromJson = articles.map((a) => dayOf(String(a.datePublished ?? ''))).find(Boolean);
  return (
    fromJson ??
    dayOf(meta(document, 'article:published_time', 'datePublished', 'og:published_time')) ??
    dayOf(meta(document, 'DC.date.issued', 'dcterms.created', 'date', 'pubdate')) ??
    dayOf(
      document
        .querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"]')
        ?.getAttribute('datetime') ?? undefined,
    )
  );
}

function pageAuthor(document: Document, articles: JsonLd[]): string | undefined {
  const fromJson = articles.flatMap((a) => names(a.author)).filter((n) => !isUrl(n));
  if (fromJson.length > 0) return [...new Set(fromJson)].join(', ');
  const fromMeta = meta(document, 'author', 'article:author', 'dc.creator', 'sailthru.author');
  if (fromMeta && !isUrl(fromMeta)) return fromMeta;
  const rel = document.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"]');
  const text = rel?.textContent?.replace(/\s+/g, ' ').trim();
  return text && text.length <= 80 ? text : undefined;
}

/** Reads the page's own statements about its article. */
export function readPageMetadata(document: Document, pageUrl?: string): PageMetadata {
  const objects = jsonLdObjects(document);
  const articles = objects.filter(isArticle);
  const title =
    articles.flatMap((a) => names(a.headline))[0] ??
    meta(document, 'og:title', 'twitter:title') ??
    document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ??
    document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  const outlet =
    meta(document, 'og:site_name', 'application-name') ??
    articles.flatMap((a) => names(a.publisher))[0];
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const url =
    webUrl(canonical ?? undefined, pageUrl) ??
    webUrl(meta(document, 'og:url'), pageUrl) ??
    webUrl(pageUrl);
  const langAttribute =
    document.documentElement?.getAttribute('lang') ??
    document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    undefined;
  const lang = langAttribute?.trim().toLowerCase().split(/[-_]/)[0] || undefined;
  return {
    title: title || undefined,
    date: pageDate(document, articles),
    author: pageAuthor(document, articles),
    outlet,
    url,
    lang,
  };
}
