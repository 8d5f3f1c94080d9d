import { promises as fsp, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARTICLE_PAGES_WRITTEN,
  atLineStart,
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

const NOTE = '[search-index] indexing';

/** A stand-in for stdout that keeps what is written. */
function terminal() {
  const events: string[] = [];
  return {
    events,
    write(chunk: string | Uint8Array) {
      events.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      return true;
    },
  };
}

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
    reportArticlePagesWritten(dir, 2, NOTE, terminal());
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
    reportArticlePagesWritten(outDir(), 2, NOTE, terminal());
    expect(fsp.writeFile).toBe(writeFileBefore);
  });
});

describe('the line saying the article pages are written', () => {
  it("waits for Astro to end the page's line, then comes before the message to the parent", async () => {
    const sent: unknown[] = [];
    process.send = ((message: unknown) => sent.push(message) > 0) as typeof process.send;
    const out = terminal();
    const dir = outDir('ru/articles/a/index.html');
    reportArticlePagesWritten(dir, 1, NOTE, out);
    // Astro writes the page's path, then the page, then ` (restored)` and the end of the line.
    out.write('  ├─ /ru/articles/a/index.html');
    await fsp.writeFile(join(dir, 'ru/articles/a/index.html'), '<p>a</p>');
    expect(sent).toEqual([]);
    out.write(Buffer.from(' (restored)\n'));
    expect(out.events.join('')).toBe(`  ├─ /ru/articles/a/index.html (restored)\n\n${NOTE}\n`);
    expect(sent).toEqual([ARTICLE_PAGES_WRITTEN]);
    // Done watching: later lines are written as they come.
    out.write('  ├─ /en/entities/b/index.html');
    expect(out.events.at(-1)).toBe('  ├─ /en/entities/b/index.html');
  });

  it('is printed at once when the last line written has ended', () => {
    const out = terminal();
    const lines = atLineStart(out);
    const ran: string[] = [];
    out.write('  ├─ /a');
    lines.run(() => ran.push('first'));
    expect(ran).toEqual([]);
    out.write(' (+3ms)\n');
    out.write('');
    lines.run(() => ran.push('second'));
    expect(ran).toEqual(['first', 'second']);
    lines.stop();
  });
});
