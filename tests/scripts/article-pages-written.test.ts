import { promises as fsp, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARTICLE_PAGES_WRITTEN,
  formatArticleCounts,
  parseArticleCounts,
  reportArticlePagesWritten,
} from '../../scripts/lib/article-pages-written.mjs';
import { useTempDirs } from '../fixtures/temp-dirs';

const tempDir = useTempDirs();
const sendBefore = process.send;
const writeFileBefore = fsp.writeFile;
const copyFileBefore = fsp.copyFile;
afterEach(() => {
  process.send = sendBefore;
  Object.assign(fsp, { writeFile: writeFileBefore, copyFile: copyFileBefore });
});

/** An output folder with the folders of these pages made. */
function outDir(...pages: string[]): string {
  const dir = tempDir('article-pages-');
  for (const page of pages) mkdirSync(join(dir, page, '..'), { recursive: true });
  return dir;
}

describe('reportArticlePagesWritten', () => {
  it('tells the parent once every article page of a language is written or restored, not before', async () => {
    const sent: unknown[] = [];
    process.send = ((message: unknown) => sent.push(message) > 0) as typeof process.send;
    const pages = ['de/articles/a', 'de/articles/c', 'es/articles/b'].map((p) => `${p}/index.html`);
    const dir = outDir(...pages, 'de/compare/g/x');
    reportArticlePagesWritten(
      dir,
      new Map([
        ['de', 2],
        ['es', 1],
      ]),
    );
    await fsp.writeFile(pathToFileURL(join(dir, pages[0]!)), '<p>a</p>');
    // Another page, and the same article page again, do not count.
    await fsp.writeFile(join(dir, 'de/compare/g/x'), 'x');
    await fsp.writeFile(join(dir, pages[0]!), '<p>a</p>');
    expect(sent).toEqual([]);
    // Astro restores a cached page by copying it.
    const cached = join(dir, 'cached.html');
    writeFileSync(cached, '<p>b</p>');
    await fsp.copyFile(cached, pathToFileURL(join(dir, pages[2]!)));
    expect(sent).toEqual([{ type: ARTICLE_PAGES_WRITTEN, lang: 'es' }]);
    expect(fsp.writeFile).not.toBe(writeFileBefore);
    await fsp.writeFile(join(dir, pages[1]!), '<p>c</p>');
    expect(sent).toEqual([
      { type: ARTICLE_PAGES_WRITTEN, lang: 'es' },
      { type: ARTICLE_PAGES_WRITTEN, lang: 'de' },
    ]);
    // Done watching: Node's own functions are back.
    expect(fsp.writeFile).toBe(writeFileBefore);
    expect(fsp.copyFile).toBe(copyFileBefore);
  });

  it('watches nothing without a parent to tell', () => {
    process.send = undefined;
    reportArticlePagesWritten(outDir(), new Map([['de', 2]]));
    expect(fsp.writeFile).toBe(writeFileBefore);
  });

  it('reads and writes the counts as astro-build.mjs takes them, and rejects anything else', () => {
    const counts = parseArticleCounts('de=1990,en=1968');
    expect([...counts]).toEqual([
      ['de', 1990],
      ['en', 1968],
    ]);
    expect(formatArticleCounts(counts)).toBe('de=1990,en=1968');
    expect(parseArticleCounts(undefined).size).toBe(0);
    expect(() => parseArticleCounts('de=many')).toThrow(/--article-pages: expected <lang>=<count>/);
  });
});
