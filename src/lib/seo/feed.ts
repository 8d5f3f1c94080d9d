import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { PartialDate } from '../partial-date';
import { absoluteUrl, articlePath } from '../urls';
import { summaryOf, type SummarySource } from './plain-summary';

/** The least a feed item needs of an article. */
export interface FeedArticle extends SummarySource {
  /** `<lang>/<slug>`. */
  id: string;
  data: { title: string; lang: string; date?: PartialDate; summary?: string };
}

/** What a channel is: its title and description, its language (absent for all languages). */
export interface FeedChannel {
  title: string;
  description: string;
  /** Language of every item; omitted for the feed of all languages. */
  lang?: string;
  /** Absolute URL of the page the channel stands for (a home page). */
  link: string;
  /** Absolute URL of the feed itself, for `atom:link rel="self"`. */
  self: string;
}

/** Escapes text for XML that we write by hand (the library escapes what it writes itself). */
export function escapeXml(text: string): string {
  // Named entities only: @astrojs/rss re-parses custom data, and its parser
  // decodes the five XML entities before the builder escapes the text again.
  return text.replace(/[&<>"']/g, (c) => `&${XML_ENTITIES[c]};`);
}

const XML_ENTITIES: Record<string, string> = {
  '&': 'amp',
  '<': 'lt',
  '>': 'gt',
  '"': 'quot',
  "'": 'apos',
};

/**
 * One article as an RSS item.
 *
 * Dates: RSS's `pubDate` is an RFC 822 date-time and cannot say "June 2023", so
 * an item gets a `pubDate` only when the day is known (its time of day set to
 * the start of the day in UTC, the one part RFC 822 forces us to fill in).
 * Every known date, a month- or year-only one included, is also given as
 * `dc:date` in W3C-DTF (`2023`, `2023-06` or `2023-06-14`), which states
 * exactly the known precision. An unknown date gives neither: no reader is
 * shown a day we do not have.
 */
export function feedItem(article: FeedArticle, site: URL | string): RSSFeedItem {
  const { title, lang, date } = article.data;
  const description = summaryOf(article);
  const extra = [`<dc:language>${escapeXml(lang)}</dc:language>`];
  if (date) extra.push(`<dc:date>${escapeXml(date.iso)}</dc:date>`);
  return {
    title,
    // An absolute link; @astrojs/rss also uses it as the item's permalink guid.
    link: absoluteUrl(articlePath(article.id), site),
    ...(description ? { description } : {}),
    ...(date?.precision === 'day'
      ? { pubDate: new Date(Date.UTC(date.year, date.month! - 1, date.day!)) }
      : {}),
    customData: extra.join(''),
  };
}

/** The options of `@astrojs/rss` for one channel of `articles` (already in feed order). */
export function feedOptions(
  channel: FeedChannel,
  articles: readonly FeedArticle[],
  site: URL | string,
): RSSOptions {
  const head = [
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
  ];
  // RSS's <language> names one language; the feed of all languages has none,
  // and each item says its own with dc:language instead.
  if (channel.lang) head.unshift(`<language>${escapeXml(channel.lang)}</language>`);
  return {
    title: channel.title,
    description: channel.description,
    site: channel.link,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: head.join(''),
    items: articles.map((article) => feedItem(article, site)),
  };
}
