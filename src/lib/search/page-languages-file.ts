import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePageLanguages, encodePageLanguages, PAGE_LANGUAGES_FILE } from './page-languages.ts';
import { readBundleFile } from './search-bundle-files.ts';

/**
 * Writes the page-language table of the search page's language facet (see
 * `page-languages.ts`) into a Pagefind bundle, from its fragments: one per
 * article page, named by Pagefind's page id, holding the page's metadata.
 *
 * A fragment's name is a hash of its content, so a page id read in the last
 * build's table still has the same language: only new fragments are read,
 * which after editing one article is one file instead of 10,000.
 *
 * Kept free of Astro and of extensionless imports, like `build-search-index.ts`.
 */

/** The language of one fragment: its `lang` metadata (see `SearchRecord.astro`). */
function fragmentLanguage(path: string): string {
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
  return lang;
}

/** The last build's table, or an empty one when there is none or it cannot be read. */
function readTable(bundle: string | undefined): Map<string, string> {
  const file = bundle && join(bundle, PAGE_LANGUAGES_FILE);
  if (!file || !existsSync(file)) return new Map();
  try {
    return decodePageLanguages(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return new Map();
  }
}

/**
 * Writes `<bundle>/page-languages.json` for the fragments now in `bundle`,
 * reusing what `previousBundle`'s table says about unchanged ones. Returns how
 * many fragments had to be read.
 */
export function writePageLanguages(bundle: string, previousBundle?: string): number {
  const known = readTable(previousBundle);
  const languages = new Map<string, string>();
  let read = 0;
  for (const name of readdirSync(join(bundle, 'fragment'))) {
    const id = name.slice(0, name.indexOf('.'));
    let lang = known.get(id);
    if (lang === undefined) {
      lang = fragmentLanguage(join(bundle, 'fragment', name));
      read += 1;
    }
    languages.set(id, lang);
  }
  writeFileSync(join(bundle, PAGE_LANGUAGES_FILE), JSON.stringify(encodePageLanguages(languages)));
  return read;
}
