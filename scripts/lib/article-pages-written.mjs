// Runs inside the Astro build process (scripts/lib/astro-build.mjs): tells the
// parent process, scripts/build.mjs, over IPC as soon as Astro has written
// every article page of a language, so that Pagefind can index that language
// while Astro renders the rest of the site (the other languages' articles,
// then comparison, story and listing pages) on one core, while the other had
// nothing to do.
//
// Astro has no hook between one page and the next, so this watches the files
// Astro writes: it renders a page into `fs.promises.writeFile` and restores a
// cached one with `fs.promises.copyFile` (astro/dist/core/build/generate.js and
// incremental.js), and a file is complete once that call has resolved. If Astro
// ever writes otherwise, no message comes and the build indexes after Astro
// as before; scripts/build.mjs checks the pages did not change after they were
// indexed.
import fs from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The type of the message sent to the parent: `{ type, lang }`. */
export const ARTICLE_PAGES_WRITTEN = 'article-pages-written';

/** An article page, relative to the output folder: `<lang>/articles/<slug>/index.html`. */
const ARTICLE_PAGE = /^([^/]+)\/articles\/[^/]+\/index\.html$/;

/**
 * Sends `{ type: ARTICLE_PAGES_WRITTEN, lang }` once the `expected.get(lang)`
 * article pages of a language have been written into `outDir` (different
 * pages: one written twice counts once). Does nothing without an IPC channel.
 */
export function reportArticlePagesWritten(outDir, expected) {
  const waiting = new Map([...expected].filter(([, count]) => count > 0));
  if (!process.send || waiting.size === 0) return;
  const root = resolve(outDir);
  const written = new Map([...waiting.keys()].map((lang) => [lang, new Set()]));
  const originals = {};
  const restore = () => Object.assign(fs.promises, originals);
  for (const [name, targetArg] of [
    ['writeFile', 0],
    ['copyFile', 1],
  ]) {
    const original = (originals[name] = fs.promises[name]);
    fs.promises[name] = async function (...args) {
      const result = await original.apply(this, args);
      const target = args[targetArg];
      const path = target instanceof URL ? fileURLToPath(target) : String(target);
      const page = relative(root, resolve(path)).split(sep).join('/');
      const lang = ARTICLE_PAGE.exec(page)?.[1];
      const pages = lang === undefined ? undefined : written.get(lang);
      if (pages && waiting.has(lang)) {
        pages.add(page);
        if (pages.size === waiting.get(lang)) {
          waiting.delete(lang);
          if (waiting.size === 0) restore();
          process.send({ type: ARTICLE_PAGES_WRITTEN, lang });
        }
      }
      return result;
    };
  }
}

/** `--article-pages` as given to astro-build.mjs, `de=1990,en=1968`, as a map. */
export function parseArticleCounts(text = '') {
  const counts = new Map();
  for (const item of text.split(',').filter(Boolean)) {
    const [lang, count] = item.split('=');
    if (!lang || !/^\d+$/.test(count ?? '')) {
      throw new Error(`--article-pages: expected <lang>=<count>[,...], got "${text}".`);
    }
    counts.set(lang, Number(count));
  }
  return counts;
}

/** The map as `--article-pages` text. */
export function formatArticleCounts(counts) {
  return [...counts].map(([lang, count]) => `${lang}=${count}`).join(',');
}
