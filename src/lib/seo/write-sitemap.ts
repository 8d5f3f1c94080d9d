import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SitemapAndIndexStream, SitemapStream } from 'sitemap';
import type { SitemapLink } from './sitemap-links';

/** One `<url>` of the sitemap. */
export interface SitemapEntry {
  /** Absolute URL of the page. */
  url: string;
  /** Its other language versions (`<xhtml:link rel="alternate">`), none when it has none. */
  links?: SitemapLink[];
}

/** How many URLs one sitemap file holds at most (the protocol allows 50,000). */
export const SITEMAP_LIMIT = 45_000;

/** The name of the index file, which robots.txt and search engines are pointed to. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/**
 * Sorts page URLs as a reader of the sitemap expects them: by their text, with
 * numbers in order (`/page/2/` before `/page/10/`). One collator serves the
 * whole sort: `localeCompare` with a locale builds one per comparison, which
 * is many times slower on a large site.
 */
export function sortUrls(urls: Iterable<string>): string[] {
  const collator = new Intl.Collator('en', { numeric: true });
  return [...urls].sort(collator.compare);
}

/**
 * Writes `sitemap-index.xml` and the sitemap files it lists
 * (`sitemap-0.xml`, … of at most `limit` URLs each) into `dir`, with the
 * `sitemap` library that `@astrojs/sitemap` uses. `site` is the site's
 * absolute URL, which the index's links start with.
 */
export async function writeSitemap(
  dir: string,
  site: string,
  entries: readonly SitemapEntry[],
  limit = SITEMAP_LIMIT,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files = new SitemapAndIndexStream({
    limit,
    getSitemapStream: (i) => {
      const name = `sitemap-${i}.xml`;
      // Only the xhtml namespace (alternates) is used; no news, image or video entries.
      const stream = new SitemapStream({
        hostname: site,
        xmlns: { news: false, xhtml: true, image: false, video: false },
      });
      const written = stream.pipe(createWriteStream(join(dir, name)));
      return [new URL(name, site).href, stream, written];
    },
  });
  await pipeline(Readable.from(entries), files, createWriteStream(join(dir, SITEMAP_INDEX)));
}
