/**
 * The scripts the search page itself loads, as built: they read the form and
 * show the results, while the search (stemmers, transliteration tables,
 * stop-word lists, Pagefind) runs in the search worker. A page script that
 * imported the worker's code would download it and run it on every search
 * page, before the worker even starts: it did, through one small helper, and
 * a `?q=` link showed its results later (docs/performance.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST_DIR } from './paths';

/** The module scripts a page names, with every module they import, as dist/ paths. */
function moduleGraph(page: string): Map<string, number> {
  const html = readFileSync(join(DIST_DIR, page), 'utf8');
  const files = new Map<string, number>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    const code = readFileSync(join(DIST_DIR, path), 'utf8');
    files.set(path, Buffer.byteLength(code));
    // Static imports of the built chunks: `from"./x.js"` or `import"./x.js"`.
    for (const [, relative] of code.matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) {
      visit(join(path, '..', relative!));
    }
  };
  for (const [, src] of html.matchAll(/<script type="module" src="\/([^"]+\.js)"/g)) visit(src!);
  return files;
}

describe('the search page’s own scripts', () => {
  test('stay small: the search code loads in the worker only', () => {
    const files = moduleGraph('en/search/index.html');
    expect([...files.keys()].some((file) => file.includes('search.astro'))).toBe(true);
    const total = [...files.values()].reduce((sum, size) => sum + size, 0);
    // About 8 KB as built; with the search keys' code (stemmers, transliteration) over 60 KB.
    expect(total, [...files.keys()].join(', ')).toBeLessThan(16_000);
    expect([...files.keys()].filter((file) => file.includes('search-worker'))).toEqual([]);
  });
});
