// Astro patch: the parent build process hears as soon as every article page
// is written.
//
// What Astro does: it renders the routes one after another, writing a
// rendered page with `fs.promises.writeFile` and restoring a cached one with
// `fs.promises.copyFile` (astro/dist/core/build/generate.js and
// incremental.js); it has no hook between one route and the next.
//
// What the patch changes: inside the Astro build process
// (scripts/lib/astro-build.mjs) it watches those two calls and, once the
// expected number of `<lang>/articles/<slug>/index.html` pages has been
// written (a file is complete once the call has resolved), tells
// scripts/build.mjs over IPC, which then starts Pagefind on them while Astro
// renders the rest of the site (comparison, story and listing pages, on one
// core). The line that says so is printed here, once Astro has ended the line
// of the last article page: printed by the parent, it could fall inside it.
// If Astro writes otherwise, the message never comes and the site is indexed
// after Astro; scripts/build.mjs checks the pages did not change after it came.
//
// Worth: in a cold build at 10,000 articles Pagefind's 52-68 s of indexing ran
// all but its last few seconds beside Astro's remaining page step, instead of
// after it (see docs/architecture.md).
//
// When it can go: when Astro offers a hook after each route (or page).
import fs from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLE_ROUTE } from '../lib/urls';

/** The message sent to the parent. */
export const ARTICLE_PAGES_WRITTEN = 'article-pages-written';

/** True for an article page, relative to the output folder: `<lang>/articles/<slug>/index.html`. */
const isArticlePage = (page) =>
  page.endsWith('/index.html') && ARTICLE_ROUTE.test(page.slice(0, -'index.html'.length));

/**
 * Watches `stream` so that `run(callback)` calls back once it is at the
 * start of a line: at once when the last thing written to it ended a line,
 * or else just after the next write that does. Astro writes a page's line in
 * two parts (`├─ <path>`, then ` (restored)` or its render time, once the
 * file is written), so a line printed when a page is written must wait for
 * the rest of Astro's.
 * `stop()` puts the stream's `write` back.
 */
export function atLineStart(stream) {
  const write = stream.write;
  let lineStart = true;
  let waiting = [];
  const endsLine = (chunk) =>
    typeof chunk === 'string' ? chunk.endsWith('\n') : chunk?.at?.(-1) === 0x0a;
  stream.write = function (chunk, ...rest) {
    const result = write.call(this, chunk, ...rest);
    if (chunk?.length) lineStart = endsLine(chunk);
    if (lineStart && waiting.length > 0) for (const then of waiting.splice(0)) then();
    return result;
  };
  return {
    run(callback) {
      if (lineStart) callback();
      else waiting.push(callback);
    },
    stop() {
      waiting = [];
      stream.write = write;
    },
  };
}

/**
 * Sends ARTICLE_PAGES_WRITTEN once `expected` different article pages have
 * been written into `outDir`, after printing `note` on a line of its own in
 * the order of Astro's output (the parent printing it could split one of
 * Astro's lines). Does nothing without an IPC channel.
 */
export function reportArticlePagesWritten(outDir, expected, note, stream = process.stdout) {
  if (!process.send || !(expected > 0)) return;
  const root = resolve(outDir);
  const written = new Set();
  const originals = {};
  const restore = () => Object.assign(fs.promises, originals);
  const lines = atLineStart(stream);
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
      if (isArticlePage(page)) {
        written.add(page);
        if (written.size === expected) {
          restore();
          lines.run(() => {
            lines.stop();
            stream.write(`\n${note}\n`);
            process.send(ARTICLE_PAGES_WRITTEN);
          });
        }
      }
      return result;
    };
  }
}
