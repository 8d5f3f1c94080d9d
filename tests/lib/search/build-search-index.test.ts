import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/lib/search/build-search-index';
import { pagefindExecutable } from '../../../src/lib/search/pagefind-cli';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A built site with article pages (lang → text) and a page Pagefind must not index. */
function site(articles: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dir);
  for (const [lang, text] of Object.entries(articles)) {
    mkdirSync(join(dir, lang, 'articles', 'a'), { recursive: true });
    writeFileSync(
      join(dir, lang, 'articles', 'a', 'index.html'),
      `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>
        <nav>Menu Startseite</nav>
        <article data-pagefind-body><h1 data-pagefind-meta="title">Titel ${lang}</h1><p>${text}</p></article>
        <div hidden data-pagefind-ignore><span data-pagefind-meta="lang">${lang}</span>
        <span data-pagefind-sort="date">2024-01-0${Object.keys(articles).indexOf(lang) + 1}</span></div>
      </body></html>`,
    );
  }
  writeFileSync(join(dir, 'index.html'), '<html lang="en"><body><p>Home page</p></body></html>');
  return dir;
}

describe('buildSearchIndex', () => {
  it('indexes every article page into one bundle, with the tables the search page loads', async () => {
    const dir = site({ de: 'Kasachstan und Astana', ru: 'Казахстан и Астана' });
    const report = await buildSearchIndex(dir);
    expect(report.pageCount).toBe(2);
    const bundle = join(dir, 'pagefind');
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    const languages = JSON.parse(readFileSync(join(bundle, 'page-languages.json'), 'utf8'));
    expect(Object.keys(languages).sort()).toEqual(['de', 'ru']);
    expect(existsSync(join(bundle, 'index-chunks.json'))).toBe(true);
    // One index for all languages (see SEARCH_INDEX_LANGUAGE).
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zxx']);
  });

  it('stops with Pagefind’s own message when there is nothing to index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-index-empty-'));
    dirs.push(dir);
    await expect(buildSearchIndex(dir)).rejects.toThrow(
      /Pagefind failed \(exit status 1\):[\s\S]*not able to build an index/,
    );
  });
});

describe('pagefindExecutable', () => {
  it('finds the executable npm installed for this platform', () => {
    expect(existsSync(pagefindExecutable())).toBe(true);
  });

  it('takes the path Pagefind’s own variable gives', () => {
    process.env.PAGEFIND_BINARY_PATH = '/opt/pagefind/bin/pagefind';
    try {
      expect(pagefindExecutable()).toBe('/opt/pagefind/bin/pagefind');
    } finally {
      delete process.env.PAGEFIND_BINARY_PATH;
    }
  });
});
