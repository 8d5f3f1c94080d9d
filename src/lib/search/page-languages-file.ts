import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundleLanguage } from './bundle-plan';
import {
  decodePageLanguages,
  encodePageLanguages,
  inBundle,
  PAGE_LANGUAGES_FILE,
  UNDATED,
  type PageFacts,
} from './page-languages';
import { readBundleFile } from './search-bundle-files';

/**
 * Writes the page table of the search page's language facet and date order
 * (see `page-languages.ts`) beside the Pagefind bundles, from their fragments:
 * one per article page, named by Pagefind's page id, holding the page's
 * metadata.
 *
 * A fragment's name is a hash of its content, so a page id read in the last
 * build's table still has the same language and date: only new fragments are
 * read, which after editing one article is one file instead of 10,000.
 *
 * Kept free of Astro, like `build-search-index.ts`.
 */

/** The language and date of one fragment: its `lang` and `date` metadata (see `SearchRecord.astro`). */
function fragmentFacts(path: string): PageFacts {
  const fragment = JSON.parse(readBundleFile(path).toString('utf8')) as {
    url?: string;
    meta?: Record<string, string>;
  };
  const lang = fragment.meta?.lang;
  if (!lang) {
    throw new Error(
      `The search index of ${fragment.url ?? path} has no "lang" metadata: article pages must declare their language with data-pagefind-meta="lang".`,
    );
  }
  return { lang, date: fragment.meta?.date || UNDATED };
}

/** The last build's table, or an empty one when there is none or it cannot be read. */
function readTable(folder: string | undefined): Map<string, PageFacts> {
  const file = folder && join(folder, PAGE_LANGUAGES_FILE);
  if (!file || !existsSync(file)) return new Map();
  try {
    return decodePageLanguages(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return new Map();
  }
}

/**
 * Writes `<folder>/page-languages.json` for the fragments now in the
 * `bundles` (folders of Pagefind bundles), reusing what the table in
 * `previousFolder` says about unchanged ones. Returns how many fragments had
 * to be read.
 */
export function writePageLanguages(
  folder: string,
  bundles: readonly string[],
  previousFolder?: string,
): number {
  const known = readTable(previousFolder);
  const pages: [string, PageFacts][] = [];
  let read = 0;
  for (const bundle of bundles) {
    const name = basename(bundle);
    const lang = bundleLanguage(name);
    for (const file of readdirSync(join(bundle, 'fragment'))) {
      const id = file.slice(0, file.indexOf('.'));
      // An id is a short hash of the page, unique within a bundle only: in
      // another language's bundle the last build's table may mean another page.
      let facts = known.get(id);
      if (facts?.lang !== lang) {
        facts = fragmentFacts(join(bundle, 'fragment', file));
        read += 1;
        if (facts.lang !== lang) {
          throw new Error(
            `The search index of ${join(bundle, 'fragment', file)} says "lang" is "${facts.lang}", but it is in the bundle of "${lang}": an article page's data-pagefind-meta="lang" must be the language of its folder.`,
          );
        }
      }
      // A page keeps its id but may change bundles when its language is split into more parts.
      pages.push([id, inBundle(facts, name)]);
    }
  }
  const table = encodePageLanguages(pages);
  writeFileSync(join(folder, PAGE_LANGUAGES_FILE), JSON.stringify(table));
  return read;
}
