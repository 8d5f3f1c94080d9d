// Runs inside the Astro build process (scripts/lib/astro-build.mjs): tells the
// parent process, scripts/build.mjs, over IPC as soon as Astro has written
// every article page, so that Pagefind can index them while Astro renders the
// rest of the site (comparison, story and listing pages: about two thirds of
// the page step at 10,000 articles, on one core, while the other had nothing
// to do).
//
// Astro has no hook between one route and the next, so this watches the files
// Astro writes: it renders a page into `fs.promises.writeFile` and restores a
// cached one with `fs.promises.copyFile` (astro/dist/core/build/generate.js and
// incremental.js), and a file is complete once that call has resolved. If Astro
// ever writes otherwise, the message never comes and the build indexes after
// Astro as before; scripts/build.mjs checks the pages did not change after it
// came.
import fs from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The message sent to the parent. */
export const ARTICLE_PAGES_WRITTEN = 'article-pages-written';

/** An article page, relative to the output folder: `<lang>/articles/<slug>/index.html`. */
const ARTICLE_PAGE = /^[^/]+\/articles\/[^/]+\/index\.html$/;

/**
 * Sends ARTICLE_PAGES_WRITTEN once `expected` different article pages have
 * been written into `outDir`. Does nothing without an IPC channel.
 */
export function reportArticlePagesWritten(outDir, expected) {
  if (!process.send || !(expected > 0)) return;
  const root = resolve(outDir);
  const written = new Set();
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
      if (ARTICLE_PAGE.test(page)) {
        written.add(page);
        if (written.size === expected) {
          restore();
          process.send(ARTICLE_PAGES_WRITTEN);
        }
      }
      return result;
    };
  }
}
