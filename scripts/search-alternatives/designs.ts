/**
 * The five search designs: how each one's Pagefind bundle is built, and how a
 * page searches it.
 *
 * Exists to keep what is being compared in one readable place. A–D index the
 * article pages with our search keys removed (so they stand on Pagefind's own
 * text processing); E is the site's bundle as `npm run build` wrote it.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Article } from './articles';

/** One way of searching: a test page (its <html lang>) and the bundles it loads. */
export interface Run {
  /** Row label in the table. */
  id: string;
  /** What the row is, in a few words. */
  description: string;
  /** <html lang> of the test page. */
  pageLang: string;
  /** URL folder (ending in /) of the bundle whose pagefind.js the page imports. */
  bundle: string;
  /** Bundles merged into it with pagefind.mergeIndex(path, options). */
  merge: { path: string; options: Record<string, unknown> }[];
  /** pagefind.options() the page sets before searching. */
  options: Record<string, unknown>;
  /** Whether the page loads the filters before the first search, as the site does. */
  loadFilters: boolean;
  /** Whether the query is turned into our search keys (E) or searched as typed. */
  useKeys: boolean;
}

interface Page {
  url: string;
  html: string;
}

/** Indexes `pages` with Pagefind's Node API and writes the bundle to `outDir`. */
async function writeBundle(outDir: string, pages: Page[], forceLanguage?: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex(forceLanguage ? { forceLanguage } : {});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: page.html });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    }
  }
  const written = await index.writeFiles({ outputPath: outDir });
  if (written.errors.length > 0) {
    throw new Error(`Pagefind could not write ${outDir}: ${written.errors.join('; ')}`);
  }
  await index.deleteIndex();
}

/**
 * Builds every design's bundle under `tempDir` (served as the web root) and
 * returns the runs to measure, in table order.
 */
export async function buildDesigns(
  tempDir: string,
  distDir: string,
  articles: Article[],
): Promise<Run[]> {
  const stripped = articles.map((article) => ({ url: article.url, html: article.strippedHtml }));
  const languages = [...new Set(articles.map((article) => article.lang))].sort();
  const plain = { merge: [], options: {}, loadFilters: false, useKeys: false };
  // E: the site's own bundles (one per article language), copied first, next to
  // the pages read a moment ago, so that a concurrent rebuild of dist/ cannot
  // swap them mid-run.
  const siteFolder = join(distDir, 'pagefind');
  const siteBundles = existsSync(siteFolder)
    ? readdirSync(siteFolder)
        .filter((lang) => existsSync(join(siteFolder, lang, 'pagefind.js')))
        .sort()
    : [];
  if (siteBundles.length === 0) {
    throw new Error(`${siteFolder} has no Pagefind bundle: run \`npm run build\` first.`);
  }
  cpSync(siteFolder, join(tempDir, 'E', 'pagefind'), { recursive: true });
  try {
    // A: Pagefind's default, one index per <html lang> in one bundle.
    await writeBundle(join(tempDir, 'A', 'pagefind'), stripped);
    // B: one bundle per language, each indexed with that language's stemmer.
    for (const lang of languages) {
      const pages = articles.filter((article) => article.lang === lang);
      await writeBundle(
        join(tempDir, 'B', lang, 'pagefind'),
        pages.map((article) => ({ url: article.url, html: article.strippedHtml })),
        lang,
      );
    }
    // C: one index, every page stemmed as German.
    await writeBundle(join(tempDir, 'C', 'pagefind'), stripped, 'de');
    // D: one index under a language Pagefind has no stemmer for, raw text only.
    await writeBundle(join(tempDir, 'D', 'pagefind'), stripped, 'zxx');
  } finally {
    await pagefind.close();
  }

  const siteRanking = { metaWeights: { title: 5, keys: 1 } };
  const mergedFrom = (primary: string) => ({
    bundle: `/B/${primary}/pagefind/`,
    merge: languages
      .filter((lang) => lang !== primary)
      .map((lang) => ({ path: `/B/${lang}/pagefind/`, options: { language: lang } })),
  });
  return [
    {
      id: 'A',
      description: 'Pagefind default: one bundle, an index per <html lang>',
      pageLang: 'de',
      bundle: '/A/pagefind/',
      ...plain,
    },
    {
      id: 'A (ru page)',
      description: 'the same bundle searched from a page with <html lang="ru">',
      pageLang: 'ru',
      bundle: '/A/pagefind/',
      ...plain,
    },
    {
      id: 'B',
      description: 'a bundle per language; de primary, the others mergeIndex-ed',
      pageLang: 'de',
      ...plain,
      ...mergedFrom('de'),
    },
    {
      id: 'B (ru page)',
      description: 'the same bundles from a ru page, with the ru bundle as primary',
      pageLang: 'ru',
      ...plain,
      ...mergedFrom('ru'),
    },
    {
      id: 'C',
      description: "one index, forceLanguage 'de' (German stemmer for all)",
      pageLang: 'de',
      bundle: '/C/pagefind/',
      ...plain,
    },
    {
      id: 'D',
      description: "one index, forceLanguage 'zxx' (no stemmer), raw text, no keys",
      pageLang: 'de',
      bundle: '/D/pagefind/',
      ...plain,
    },
    {
      id: 'E',
      description:
        "the site: dist/pagefind, a bundle per language ('zxx' + our keys) merged, query turned into keys, each language's fallback left out",
      pageLang: 'de',
      bundle: `/E/pagefind/${siteBundles[0]}/`,
      // As src/scripts/pagefind-api.ts does.
      merge: siteBundles.slice(1).map((lang) => ({
        path: `/E/pagefind/${lang}/`,
        options: { ranking: siteRanking },
      })),
      options: { ranking: siteRanking },
      loadFilters: true,
      useKeys: true,
    },
  ];
}
