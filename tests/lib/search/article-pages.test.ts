import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePages, samePages } from '../../../src/lib/search/article-pages';
import { useTempDirs } from '../../fixtures/temp-dirs';

const tempDir = useTempDirs();

/** A built site with these article pages (path under `de/articles/` → HTML). */
function site(pages: Record<string, string>): string {
  const dir = tempDir('article-pages-');
  for (const [slug, html] of Object.entries(pages)) {
    mkdirSync(join(dir, 'de/articles', slug), { recursive: true });
    writeFileSync(join(dir, 'de/articles', slug, 'index.html'), html);
  }
  return dir;
}

const files = (dir: string) => articlePages(dir).get('de') ?? [];

describe('samePages', () => {
  it('finds pages with the same bytes the same, and a changed page changed', () => {
    const before = site({ a: '<p>a</p>', b: '<p>b</p>' });
    expect(
      samePages(site({ a: '<p>a</p>', b: '<p>b</p>' }), files(before), before, files(before)),
    ).toBe(true);
    // The same size, another text.
    const edited = site({ a: '<p>a</p>', b: '<p>c</p>' });
    expect(samePages(edited, files(edited), before, files(before))).toBe(false);
    const added = site({ a: '<p>a</p>', b: '<p>b</p>', c: '<p>c</p>' });
    expect(samePages(added, files(added), before, files(before))).toBe(false);
  });

  it('finds a page linked into both sites the same (Astro restored it from its cache)', () => {
    const before = site({ a: '<p>a</p>' });
    const now = tempDir('article-pages-');
    mkdirSync(join(now, 'de/articles/a'), { recursive: true });
    linkSync(join(before, 'de/articles/a/index.html'), join(now, 'de/articles/a/index.html'));
    expect(samePages(now, files(now), before, files(before))).toBe(true);
  });
});
