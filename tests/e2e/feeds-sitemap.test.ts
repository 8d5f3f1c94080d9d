/**
 * The feeds, the sitemap and robots.txt are well-formed XML (or text) that a
 * real parser reads, and list every article of content/articles: the feeds
 * with the date only at its known precision, the sitemap with alternates for
 * real language versions only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { readContent, uiLanguages, versionsOf } from './content';
import { siteOrigin } from './dist-files';
import { DIST_DIR } from './paths';

const ORIGIN = siteOrigin();
const articles = readContent();
const urlOf = (path: string) => `${ORIGIN}${path}`;
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['item', 'url', 'sitemap', 'xhtml:link'].includes(name),
});

/** Reads a dist/ XML file, failing with the validator's message when it is not well-formed. */
function readXml(file: string) {
  const xml = readFileSync(join(DIST_DIR, file), 'utf8');
  const valid = XMLValidator.validate(xml);
  expect(valid, `${file} is well-formed XML`).toBe(true);
  return parser.parse(xml);
}

type Item = Record<string, string | Record<string, string>>;

describe('feeds', () => {
  const feeds = ['feed.xml', ...uiLanguages().map((lang) => `${lang}/feed.xml`)];

  test.each(feeds)('%s is RSS 2.0 listing exactly its articles', (file) => {
    const lang = file.includes('/') ? file.split('/')[0] : undefined;
    const channel = readXml(file).rss.channel;
    expect(channel.title).toBeTruthy();
    expect(channel.language).toBe(lang);
    const items: Item[] = channel.item ?? [];
    const expected = articles.filter((a) => !lang || a.lang === lang);
    expect(items.map((item) => item.link).sort()).toEqual(
      expected.map((a) => urlOf(a.path)).sort(),
    );
    for (const item of items) {
      const article = expected.find((a) => urlOf(a.path) === item.link)!;
      expect(item.title).toBe(article.title);
      expect(item['dc:language']).toBe(article.lang);
      expect((item.guid as Record<string, string>)['#text']).toBe(item.link);
      expect(String(item.description ?? '')).not.toMatch(/<[a-z]/i);
      expect(item.description, `summary of ${article.path}`).toBeTruthy();
      // A day is stated only when known; any known date keeps its precision in dc:date.
      expect(item['dc:date']).toBe(article.date);
      if (article.date?.length === 10)
        expect(new Date(String(item.pubDate)).toISOString().slice(0, 10)).toBe(article.date);
      else expect(item.pubDate).toBeUndefined();
    }
  });
});

describe('sitemap', () => {
  const index = readXml('sitemap-index.xml').sitemapindex.sitemap as { loc: string }[];
  const entries = index.flatMap(
    ({ loc }) => readXml(new URL(loc).pathname.slice(1)).urlset.url,
  ) as {
    loc: string;
    'xhtml:link'?: Record<string, string>[];
  }[];
  const byLoc = new Map(entries.map((entry) => [entry.loc, entry]));

  test('lists every article, and no 404 page', () => {
    for (const article of articles) expect(byLoc.has(urlOf(article.path)), article.path).toBe(true);
    expect([...byLoc.keys()].filter((loc) => /\/404\/?$/.test(loc))).toEqual([]);
  });

  test('gives an article exactly its real language versions as alternates', () => {
    for (const article of articles) {
      const links = byLoc.get(urlOf(article.path))?.['xhtml:link'] ?? [];
      const versions = versionsOf(article, articles);
      const expected = versions.length > 1 ? versions.map((v) => `${v.lang} ${urlOf(v.path)}`) : [];
      const actual = links
        .filter((l) => l['@_hreflang'] !== 'x-default')
        .map((l) => `${l['@_hreflang']} ${l['@_href']}`);
      expect(actual.sort(), article.path).toEqual(expected.sort());
    }
  });

  test('gives the home pages their versions in every UI language', () => {
    const links = byLoc.get(urlOf('/en/'))?.['xhtml:link'] ?? [];
    expect(links.map((l) => l['@_hreflang']).sort()).toEqual(
      [...uiLanguages(), 'x-default'].sort(),
    );
  });

  test('every alternate is itself a page in the sitemap', () => {
    const targets = entries.flatMap((entry) =>
      (entry['xhtml:link'] ?? []).map((l) => l['@_href']!),
    );
    expect(targets.filter((href) => !byLoc.has(href))).toEqual([]);
  });
});

test('robots.txt points to the sitemap with an absolute URL', () => {
  const robots = readFileSync(join(DIST_DIR, 'robots.txt'), 'utf8');
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).toContain(`Sitemap: ${urlOf('/sitemap-index.xml')}`);
});
