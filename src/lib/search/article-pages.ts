import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { articleRoute } from '../urls';

/**
 * The article pages of a built site, by language, and whether a language's
 * pages are the same as in the last build (then its search bundle can be
 * reused as it is: Pagefind's output depends only on the pages it reads).
 *
 * Kept free of Astro, like `build-search-index.ts`.
 */

/** Article pages are `<lang>/articles/<slug>/index.html`; Pagefind's `--glob` for one language. */
export function articleGlob(lang: string): string {
  return `${articleRoute(`${lang}/*`)}index.html`;
}

/** The article pages of `site` by language (paths relative to `site`, sorted), languages with none left out. */
export function articlePages(site: string): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  if (!existsSync(site)) return pages;
  for (const lang of readdirSync(site).sort()) {
    const folder = join(site, lang, 'articles');
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    const files = readdirSync(folder)
      .sort()
      .map((slug) => join(articleRoute(`${lang}/${slug}`), 'index.html'))
      .filter((file) => existsSync(join(site, file)));
    if (files.length > 0) pages.set(lang, files);
  }
  return pages;
}

/**
 * True when the article pages `files` of `site` are the pages `previousFiles`
 * of `previousSite` (relative paths, as `articlePages` lists one language's),
 * each with the same bytes (or the same file, linked into both).
 */
export function samePages(
  site: string,
  files: readonly string[],
  previousSite: string,
  previousFiles: readonly string[],
): boolean {
  if (previousFiles.length !== files.length || previousFiles.some((file, i) => file !== files[i])) {
    return false;
  }
  return files.every((file) => {
    const [a, b] = [join(site, file), join(previousSite, file)];
    const [now, before] = [statSync(a), statSync(b)];
    // One file in both sites (a page Astro restored from its cache is a link to it).
    if (now.ino === before.ino && now.dev === before.dev) return true;
    return now.size === before.size && readFileSync(a).equals(readFileSync(b));
  });
}

/**
 * A fingerprint of the article pages of `site` (paths, sizes, modification
 * times): equal fingerprints taken before and after something ran mean it did
 * not write an article page.
 */
export function pagesFingerprint(site: string): string {
  return [...articlePages(site).values()]
    .flat()
    .map((file) => {
      const { size, mtimeMs } = statSync(join(site, file));
      return `${file} ${size} ${mtimeMs}`;
    })
    .join('\n');
}
