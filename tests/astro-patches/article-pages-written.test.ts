import { promises as fsp, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARTICLE_PAGES_WRITTEN,
  reportArticlePagesWritten,
} from '../../src/astro-patches/article-pages-written.mjs';
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
  it('tells the parent once every article page is written or restored, not before', async () => {
    const sent: unknown[] = [];
    process.send = ((message: unknown) => sent.push(message) > 0) as typeof process.send;
    const dir = outDir('de/articles/a/index.html', 'es/articles/b/index.html', 'de/compare/g/x');
    reportArticlePagesWritten(dir, 2);
    await fsp.writeFile(pathToFileURL(join(dir, 'de/articles/a/index.html')), '<p>a</p>');
    // Another page, and the same article page again, do not count.
    await fsp.writeFile(join(dir, 'de/compare/g/x'), 'x');
    await fsp.writeFile(join(dir, 'de/articles/a/index.html'), '<p>a</p>');
    expect(sent).toEqual([]);
    // Astro restores a cached page by copying it.
    const cached = join(dir, 'cached.html');
    writeFileSync(cached, '<p>b</p>');
    await fsp.copyFile(cached, pathToFileURL(join(dir, 'es/articles/b/index.html')));
    expect(sent).toEqual([ARTICLE_PAGES_WRITTEN]);
    // Done watching: Node's own functions are back.
    expect(fsp.writeFile).toBe(writeFileBefore);
    expect(fsp.copyFile).toBe(copyFileBefore);
  });

  it('watches nothing without a parent to tell', () => {
    process.send = undefined;
    reportArticlePagesWritten(outDir(), 2);
    expect(fsp.writeFile).toBe(writeFileBefore);
  });
});
