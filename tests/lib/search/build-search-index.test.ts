import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  fittingJobs,
  indexChunkSize,
  indexJobsFromEnv,
  searchIndexSummary,
} from '../../../src/lib/search/build-search-index';
import { searchBundles } from '../../../src/lib/search/page-languages';
import { pagefindExecutable } from '../../../src/lib/search/pagefind-cli';
import { readBundleFile } from '../../../src/lib/search/search-bundle-files';
import { useTempDirs } from '../../fixtures/temp-dirs';

const tempDir = useTempDirs();

/** A built site with article pages (lang → text) and a page Pagefind must not index. */
function site(articles: Record<string, string>): string {
  const dir = tempDir('search-index-');
  for (const [lang, text] of Object.entries(articles)) {
    mkdirSync(join(dir, lang, 'articles', 'a'), { recursive: true });
    writeFileSync(
      join(dir, lang, 'articles', 'a', 'index.html'),
      `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>
        <nav>Menu Startseite</nav>
        <article data-pagefind-body><h1 data-pagefind-meta="title">Titel ${lang}</h1><p>${text}</p></article>
        <div hidden data-pagefind-ignore><span data-pagefind-meta="lang">${lang}</span>
        <span data-pagefind-meta="date">2024-01-0${Object.keys(articles).indexOf(lang) + 1}</span></div>
      </body></html>`,
    );
  }
  writeFileSync(join(dir, 'index.html'), '<html lang="en"><body><p>Home page</p></body></html>');
  return dir;
}

/** A built site with `count` German article pages, page `i` saying `text(i)`. */
function germanSite(count: number, text: (i: number) => string): string {
  const dir = tempDir('search-index-split-');
  for (let i = 0; i < count; i += 1) {
    mkdirSync(join(dir, 'de', 'articles', `story-${i}`), { recursive: true });
    writeFileSync(
      join(dir, 'de', 'articles', `story-${i}`, 'index.html'),
      `<!doctype html><html lang="de"><head><title>T</title></head><body>
        <article data-pagefind-body><h1 data-pagefind-meta="title">Titel ${i}</h1><p>${text(i)}</p></article>
        <div hidden data-pagefind-ignore><span data-pagefind-meta="lang">de</span></div>
      </body></html>`,
    );
  }
  return dir;
}

/** The URLs of the pages in the bundle folder `bundle`. */
function bundleUrls(bundle: string): string[] {
  return readdirSync(join(bundle, 'fragment')).map(
    (name) =>
      (
        JSON.parse(readBundleFile(join(bundle, 'fragment', name)).toString('utf8')) as {
          url: string;
        }
      ).url,
  );
}

describe('buildSearchIndex', () => {
  it('indexes the article pages of each language into a bundle of its own, with the tables the search page loads', async () => {
    const dir = site({ de: 'Kasachstan und Astana', ru: 'Казахстан и Астана' });
    const report = await buildSearchIndex(dir);
    expect(report).toMatchObject({ pageCount: 2, pagesRead: 2, reusedBundles: [] });
    for (const lang of ['de', 'ru']) {
      const bundle = join(dir, 'pagefind', lang);
      expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
      // Every bundle under the language without a stemmer (see SEARCH_INDEX_LANGUAGE).
      const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
      expect(entry.languages).toMatchObject({ zxx: { page_count: 1 } });
    }
    const table = JSON.parse(readFileSync(join(dir, 'pagefind', 'page-languages.json'), 'utf8'));
    expect(Object.keys(table).sort()).toEqual(['de', 'ru']);
    expect(existsSync(join(dir, 'pagefind', 'index-chunks.json'))).toBe(true);
    // The home page is not indexed: no bundle of its own.
    expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual([
      'de',
      'index-chunks.json',
      'page-languages.json',
      'ru',
    ]);
  });

  it('takes over the bundle of a language whose pages did not change, and indexes the others again', async () => {
    const previous = site({ de: 'Kasachstan', ru: 'Казахстан' });
    await buildSearchIndex(previous);
    const next = site({ de: 'Kasachstan', ru: 'Казахстан и Астана' });
    const report = await buildSearchIndex(next, previous);
    expect(report).toMatchObject({ pageCount: 2, pagesRead: 1, reusedBundles: ['de'] });
    const id = (dir: string, lang: string) =>
      readdirSync(join(dir, 'pagefind', lang, 'fragment'))[0];
    expect(id(next, 'de')).toBe(id(previous, 'de'));
    expect(id(next, 'ru')).not.toBe(id(previous, 'ru'));
    expect(searchIndexSummary(report)).toMatch(
      /\(2 in the index, 1 HTML files read, \d+ index files kept from the last build; unchanged: de\)/,
    );
  });

  it('indexes every language again when the bundles were made another way', async () => {
    const previous = site({ de: 'Kasachstan', ru: 'Казахстан' });
    await buildSearchIndex(previous);
    const next = site({ de: 'Kasachstan', ru: 'Казахстан' });
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '1000';
    try {
      const report = await buildSearchIndex(next, previous);
      expect(report).toMatchObject({ pagesRead: 2, reusedBundles: [] });
    } finally {
      delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    }
  });

  it('splits a language too large for one bundle into parts, each page indexed once under its own URL', async () => {
    const dir = germanSite(12, (i) => `Kasachstan Astana Bericht ${i}`);
    const report = await buildSearchIndex(dir, undefined, { bundleBytes: 1500 });
    const folder = join(dir, 'pagefind');
    const parts = readdirSync(folder).filter((name) => name.startsWith('de.'));
    expect(parts.length).toBeGreaterThan(1);
    // No folder of linked pages is left behind.
    expect(readdirSync(folder).sort()).toEqual(
      [...parts, 'index-chunks.json', 'page-languages.json'].sort(),
    );
    const urls = parts.flatMap((part) => bundleUrls(join(folder, part)));
    expect(urls.sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `/de/articles/story-${i}/`).sort(),
    );
    expect(report).toMatchObject({ pageCount: 12, pagesRead: 12 });
    // The search page learns the bundles from the page table.
    const table = JSON.parse(readFileSync(join(folder, 'page-languages.json'), 'utf8'));
    expect(searchBundles(table)).toEqual(parts.sort());
  });

  it('indexes again only the part of a split language whose page changed', async () => {
    const text = (i: number) => `Kasachstan Astana Bericht ${i}`;
    const previous = germanSite(12, text);
    await buildSearchIndex(previous, undefined, { bundleBytes: 1500 });
    const next = germanSite(12, (i) => (i === 3 ? 'Kasachstan Astana Bericht neu' : text(i)));
    const report = await buildSearchIndex(next, previous, { bundleBytes: 1500 });
    const parts = readdirSync(join(next, 'pagefind')).filter((name) => name.startsWith('de.'));
    const changed = parts.find((part) =>
      bundleUrls(join(next, 'pagefind', part)).includes('/de/articles/story-3/'),
    )!;
    expect(report.reusedBundles).toEqual(parts.filter((part) => part !== changed).sort());
    expect(report.pagesRead).toBe(bundleUrls(join(next, 'pagefind', changed)).length);
    expect(report.pageCount).toBe(12);
  });

  it('stops, naming the folder, when there is no article page to index', async () => {
    const dir = tempDir('search-index-empty-');
    await expect(buildSearchIndex(dir)).rejects.toThrow(
      /No article pages to index in .*search-index-empty-/,
    );
  });

  it('stops with Pagefind’s own message when Pagefind fails', async () => {
    const dir = site({ de: 'Kasachstan' });
    process.env.PAGEFIND_BINARY_PATH = '/bin/false';
    try {
      await expect(buildSearchIndex(dir)).rejects.toThrow(/Pagefind failed \(exit status 1\)/);
    } finally {
      delete process.env.PAGEFIND_BINARY_PATH;
    }
  });
});

describe('indexJobsFromEnv', () => {
  it('leaves the number to the memory unless SEARCH_INDEX_JOBS says how many', () => {
    expect(indexJobsFromEnv(undefined)).toBeUndefined();
    expect(indexJobsFromEnv('')).toBeUndefined();
    expect(indexJobsFromEnv('1')).toBe(1);
  });

  it('refuses anything but a whole number of at least one, naming the variable', () => {
    for (const value of ['0', 'two', '-1', '1.5']) {
      expect(() => indexJobsFromEnv(value)).toThrow(
        `SEARCH_INDEX_JOBS: expected a whole number of Pagefind processes at a time (at least 1), got "${value}".`,
      );
    }
  });
});

describe('fittingJobs', () => {
  const GB = 1e9;
  const MB = 1e6;
  it('indexes as many bundles at once as there are cores when their indexes fit in memory', () => {
    // 10,000 articles: 48 MB of pages in the largest bundle (a language).
    expect(fittingJobs(48 * MB, 24 * GB, 2)).toBe(2);
    expect(fittingJobs(48 * MB, 24 * GB, 8)).toBe(8);
  });

  it('indexes fewer at once when two would not fit, and one when even one is large', () => {
    // 100,000 articles in one bundle per language: 515 MB of pages, whose index took 11.1 GB alone.
    expect(fittingJobs(515 * MB, 24 * GB, 2)).toBe(1);
    expect(fittingJobs(250 * MB, 24 * GB, 4)).toBe(2);
    // Articles twice as long take twice the memory.
    expect(fittingJobs(2 * 250 * MB, 24 * GB, 4)).toBe(1);
    expect(fittingJobs(515 * MB, 8 * GB, 2)).toBe(1);
  });

  it('says so in the summary when it held bundles back', () => {
    const report = { pageCount: 5, pagesRead: 5, reusedBundles: [], reused: 0, dropped: 0 };
    expect(searchIndexSummary({ ...report, milliseconds: 9, jobsForMemory: 1 })).toBe(
      'Indexed the article pages (5 in the index, 5 HTML files read) in 9 ms, one bundle at a time to fit in memory.',
    );
    expect(searchIndexSummary({ ...report, milliseconds: 9 })).toBe(
      'Indexed the article pages (5 in the index, 5 HTML files read) in 9 ms.',
    );
  });
});

describe('indexChunkSize', () => {
  it('divides Pagefind’s chunk size among the bundles a query loads a chunk from', () => {
    expect(indexChunkSize(1)).toBe(20_000);
    expect(indexChunkSize(5)).toBe(4_000);
    expect(indexChunkSize(8)).toBe(2_500);
  });
});

describe('pagefindExecutable', () => {
  it('finds the executable npm installed for this platform', () => {
    expect(existsSync(pagefindExecutable())).toBe(true);
  });

  it('takes the path Pagefind’s own variable gives', () => {
    process.env.PAGEFIND_BINARY_PATH = '/opt/pagefind/bin/pagefind';
    try {
      expect(pagefindExecutable()).toBe('/opt/pagefind/bin/pagefind');
    } finally {
      delete process.env.PAGEFIND_BINARY_PATH;
    }
  });
});
