import { linkSync, mkdirSync, promises, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { linkRestoredPages } from '../../src/astro-patches/link-restored-pages.mjs';
import { useTempDirs } from '../fixtures/temp-dirs';

const makeTempDir = useTempDirs();

let undo: (() => void) | undefined;
afterEach(() => undo?.());

/** A cache folder with one page in it, an output folder, and the patch installed. */
function setUp() {
  const dir = makeTempDir('link-restored-pages');
  const cache = join(dir, 'cache');
  const out = join(dir, 'out');
  mkdirSync(cache);
  mkdirSync(out);
  writeFileSync(join(cache, 'page.html'), 'old page');
  undo = linkRestoredPages(cache);
  return { dir, cache, out };
}

describe('linkRestoredPages', () => {
  it('restores a page from the cache as a link to the same file, not a copy', async () => {
    const { cache, out } = setUp();
    await promises.copyFile(join(cache, 'page.html'), join(out, 'page.html'));
    expect(readFileSync(join(out, 'page.html'), 'utf8')).toBe('old page');
    expect(statSync(join(out, 'page.html')).ino).toBe(statSync(join(cache, 'page.html')).ino);
  });

  it('never changes a restored page when the cache copy is written again', async () => {
    const { cache, out } = setUp();
    await promises.copyFile(join(cache, 'page.html'), join(out, 'page.html'));
    // Astro saves the page again after rendering it anew (a later build).
    await promises.writeFile(pathToFileURL(join(cache, 'page.html')), 'new page');
    expect(readFileSync(join(cache, 'page.html'), 'utf8')).toBe('new page');
    expect(readFileSync(join(out, 'page.html'), 'utf8')).toBe('old page');
  });

  it('writes new cache files as files do, whatever options come with them', async () => {
    const { cache } = setUp();
    await promises.writeFile(join(cache, 'new.html'), 'new page');
    await promises.writeFile(join(cache, 'utf8.html'), 'strona', 'utf8');
    await promises.writeFile(join(cache, 'page.html'), ' and more', { flag: 'a' });
    expect(readFileSync(join(cache, 'new.html'), 'utf8')).toBe('new page');
    expect(readFileSync(join(cache, 'utf8.html'), 'utf8')).toBe('strona');
    // An explicit flag is the caller's: appended, after the file was made anew.
    expect(readFileSync(join(cache, 'page.html'), 'utf8')).toBe(' and more');
  });

  it('replaces a file already there instead of writing into it', async () => {
    const { dir, cache, out } = setUp();
    // A file in the way that is linked elsewhere (a page of an earlier build).
    writeFileSync(join(dir, 'earlier.html'), 'earlier page');
    linkSync(join(dir, 'earlier.html'), join(out, 'page.html'));
    await promises.copyFile(join(cache, 'page.html'), join(out, 'page.html'));
    expect(readFileSync(join(out, 'page.html'), 'utf8')).toBe('old page');
    expect(readFileSync(join(dir, 'earlier.html'), 'utf8')).toBe('earlier page');
  });

  it('copies files from anywhere else, and overwrites as a copy does', async () => {
    const { dir, out } = setUp();
    writeFileSync(join(dir, 'public.svg'), '<svg/>');
    writeFileSync(join(out, 'public.svg'), 'stale');
    await promises.copyFile(join(dir, 'public.svg'), join(out, 'public.svg'));
    expect(readFileSync(join(out, 'public.svg'), 'utf8')).toBe('<svg/>');
    expect(statSync(join(out, 'public.svg')).ino).not.toBe(statSync(join(dir, 'public.svg')).ino);
  });
});
