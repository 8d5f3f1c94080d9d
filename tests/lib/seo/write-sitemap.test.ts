import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { SITEMAP_INDEX, sortUrls, writeSitemap } from '../../../src/lib/seo/write-sitemap';

const SITE = 'https://news.example.org/';
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
});
let dir: string | undefined;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Writes `entries` into a fresh folder and returns what the index and its files say. */
async function written(
  ...args: Parameters<typeof writeSitemap> extends [string, ...infer R] ? R : never
) {
  dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  await writeSitemap(dir, ...args);
  const read = (name: string) => parser.parse(readFileSync(join(dir!, name), 'utf8'));
  const index = (read(SITEMAP_INDEX).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
  const files = index.map((loc) => read(new URL(loc).pathname.slice(1)).urlset);
  return { index, files, names: readdirSync(dir).sort() };
}

describe('writeSitemap', () => {
  it('writes an index of absolute links to files that list every page with its alternates', async () => {
    const de = `${SITE}de/articles/a/`;
    const ru = `${SITE}ru/articles/b/`;
    const links = [
      { lang: 'de', url: de },
      { lang: 'ru', url: ru },
      { lang: 'x-default', url: ru },
    ];
    const { index, files, names } = await written(SITE, [
      { url: SITE },
      { url: de, links },
      { url: ru, links },
    ]);
    expect(names).toEqual(['sitemap-0.xml', SITEMAP_INDEX]);
    expect(index).toEqual([`${SITE}sitemap-0.xml`]);
    const urls = files[0].url as { loc: string; 'xhtml:link'?: Record<string, string>[] }[];
    expect(urls.map((u) => u.loc)).toEqual([SITE, de, ru]);
    expect(urls[0]!['xhtml:link']).toBeUndefined();
    expect(urls[1]!['xhtml:link']!.map((l) => [l['@_rel'], l['@_hreflang'], l['@_href']])).toEqual(
      links.map((l) => ['alternate', l.lang, l.url]),
    );
    // Only the namespaces used are declared.
    expect(Object.keys(files[0]).filter((k) => k.startsWith('@_xmlns'))).toEqual([
      '@_xmlns',
      '@_xmlns:xhtml',
    ]);
  });

  it('splits the pages into files of at most `limit` URLs, all in the index', async () => {
    const urls = Array.from({ length: 5 }, (_, i) => ({ url: `${SITE}en/page/${i + 1}/` }));
    const { index, files } = await written(SITE, urls, 2);
    expect(index).toEqual([0, 1, 2].map((i) => `${SITE}sitemap-${i}.xml`));
    expect(files.flatMap((f) => (f.url as { loc: string }[]).map((u) => u.loc))).toEqual(
      urls.map((u) => u.url),
    );
  });
});

describe('sortUrls', () => {
  it('orders by text, with numbers in numeric order', () => {
    expect(
      sortUrls([`${SITE}en/page/10/`, `${SITE}de/`, `${SITE}en/page/2/`, `${SITE}en/`]),
    ).toEqual([`${SITE}de/`, `${SITE}en/`, `${SITE}en/page/2/`, `${SITE}en/page/10/`]);
  });
});
