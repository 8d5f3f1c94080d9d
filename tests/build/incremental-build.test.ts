/**
 * Rebuilds reuse the pages whose content and code did not change (Astro's
 * incremental builds, keyed by src/lib/cache-key.ts). What an editor must be
 * able to count on: after editing an article or an entity, every page that
 * shows it is new, while pages it does not touch are copied from the last
 * build. Built with the project's own build script on a copy of the real
 * content in `.test-sites/incremental/`.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeIndexChunks } from '../../src/lib/search/index-chunks';
import { decodePageLanguages } from '../../src/lib/search/page-languages';
import { RENDERS_DIR } from '../../src/astro-patches/renders-beside-store';
import { BUILD_TIMEOUT, makeSite, removeSites, runProjectBuild } from './test-site';

let site = '';
/** The one story of the copy. */
let story = '';

/** The one file in `dir` (a folder of the copy). */
const only = (dir: string) => join(dir, readdirSync(join(site, dir))[0]!);
const read = (path: string) => readFileSync(join(site, path), 'utf8');
/** The page of the only article of `lang` in the copy. */
const articlePage = (lang: string) =>
  `dist/${lang}/articles/${readdirSync(join(site, 'content/articles', lang))[0]!.replace(/\.md$/, '')}/index.html`;

/** Builds the copy; fails the test with the output when the build fails. */
async function build(): Promise<string> {
  const { code, output } = await runProjectBuild(site);
  expect(code, output).toBe(0);
  return output;
}

/**
 * The build output's line for a page ends with `(restored)` when it was copied:
 * `kind` is the page's folder (`articles`, `stories`, `entities`) in UI language `lang`.
 */
const restored = (output: string, lang: string, kind = 'articles') =>
  new RegExp(`/${lang}/${kind}/[^/]+/index\\.html \\(restored\\)`).test(output);

beforeAll(async () => {
  site = makeSite('incremental', 'project');
  story = readdirSync(join(site, 'content/stories'))[0]!.replace(/\.yaml$/, '');
  await build();
}, BUILD_TIMEOUT);

// Deleting the copies (with their Astro caches) can take seconds on a busy machine.
afterAll(removeSites, 60_000);

describe('a rebuild', () => {
  test(
    'with nothing changed, copies the article pages from the last build',
    async () => {
      const output = await build();
      for (const lang of ['es', 'ru', 'pl']) expect(restored(output, lang), lang).toBe(true);
      for (const kind of ['stories', 'entities']) expect(restored(output, 'de', kind)).toBe(true);
      // Restored as links to Astro's cache, not copies (src/astro-patches/link-restored-pages.mjs);
      // this fails if Astro moves its cache, which the build names by path.
      const page = articlePage('pl');
      const cached = join(site, 'node_modules/.astro', page);
      expect(statSync(join(site, page)).ino, `${page} is a link to ${cached}`).toBe(
        statSync(cached).ino,
      );
    },
    BUILD_TIMEOUT,
  );

  test(
    'after an article is edited, renders it and its comparison again, and copies the others',
    async () => {
      const file = only('content/articles/es');
      const before = read(file);
      const marker = 'Párrafo añadido para comprobar la reconstrucción.';
      writeFileSync(join(site, file), `${before.trimEnd()}\n\n${marker}\n`);
      const output = await build();
      expect(read(articlePage('es'))).toContain(marker);
      // The HTML is kept beside Astro's content store, not in it, one file per
      // article: the edited article's old render is gone (src/astro-patches/renders-beside-store.ts).
      expect(read('node_modules/.astro/data-store.json')).not.toContain(marker);
      const renders = join('node_modules/.astro', RENDERS_DIR);
      const articles = readdirSync(join(site, 'content/articles'), { recursive: true });
      const kept = readdirSync(join(site, renders)).map((file) => read(join(renders, file)));
      expect(kept).toHaveLength(articles.filter((file) => String(file).endsWith('.md')).length);
      expect(kept.filter((text) => text.includes(marker))).toHaveLength(1);
      const group = /^group: (.+)$/m.exec(before)?.[1];
      expect(read(`dist/es/compare/${group}/es-de/index.html`)).toContain(marker);
      expect(read(`dist/de/compare/${group}/de-es/index.html`)).toContain(marker);
      expect(restored(output, 'es')).toBe(false);
      expect(restored(output, 'pl')).toBe(true);
      // The story page's table counts the article's words.
      expect(restored(output, 'es', 'stories')).toBe(false);
      // The feed of the article's language is made again; another language's is copied.
      expect(output).not.toContain('/es/feed.xml (restored)');
      expect(output).toContain('/pl/feed.xml (restored)');
      // The search index has the new text: the Spanish bundle is made again,
      // reusing the last build's unchanged files, and keeps no fragment of the
      // old text (one per article page); the other languages' pages did not
      // change, so their bundles are taken over as they were.
      // Pagefind began once Astro had written the article pages, beside the rest.
      expect(output).toContain('The article pages are written: indexing them');
      const summary =
        /Indexed the article pages \(\d+ in the index, 1 HTML files read, \d+ index files kept from the last build; unchanged: ([^)]+)\)/.exec(
          output,
        );
      expect(summary?.[1]?.split(', ')).toEqual(expect.arrayContaining(['de', 'pl', 'ru']));
      expect(summary?.[1]?.split(', ')).not.toContain('es');
      const bundles = readdirSync(join(site, 'dist/pagefind'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
      const fragments = bundles.flatMap((lang) =>
        readdirSync(join(site, 'dist/pagefind', lang, 'fragment')).map((name) => ({ lang, name })),
      );
      const pageCount = bundles.reduce((sum, lang) => {
        const { languages } = JSON.parse(read(`dist/pagefind/${lang}/pagefind-entry.json`)) as {
          languages: Record<string, { page_count: number }>;
        };
        return sum + Object.values(languages).reduce((n, { page_count }) => n + page_count, 0);
      }, 0);
      expect(fragments.length).toBe(pageCount);
      const texts = fragments.map(({ lang, name }) =>
        gunzipSync(readFileSync(join(site, 'dist/pagefind', lang, 'fragment', name))).toString(),
      );
      expect(texts.filter((text) => text.includes(marker))).toHaveLength(1);
      // The page table names every page now indexed, and no other.
      const table = decodePageLanguages(JSON.parse(read('dist/pagefind/page-languages.json')));
      const ids = fragments.map(({ name }) => name.split('.')[0]!);
      expect([...table.keys()].sort()).toEqual(ids.sort());
      const edited = fragments.find((_, i) => texts[i]!.includes(marker))!;
      expect(edited.lang).toBe('es');
      expect(table.get(edited.name.split('.')[0]!)?.lang).toBe('es');
      // The chunk list is the new bundles': every first word of every index chunk.
      const chunkStarts = decodeIndexChunks(JSON.parse(read('dist/pagefind/index-chunks.json')));
      const chunkFiles = bundles.flatMap((lang) =>
        readdirSync(join(site, 'dist/pagefind', lang, 'index')),
      );
      expect(chunkStarts.length).toBeGreaterThan(0);
      expect(chunkStarts.length).toBeLessThanOrEqual(chunkFiles.length);
    },
    BUILD_TIMEOUT,
  );

  test(
    'after an entity is renamed, shows the new name on the pages of the articles that mention it',
    async () => {
      const file = 'content/entities/putin.yaml';
      writeFileSync(
        join(site, file),
        read(file).replace(/^ {2}pl: Władimir Putin$/m, '  pl: Władimir W. Putin'),
      );
      await build();
      expect(read(articlePage('pl'))).toContain('Władimir W. Putin');
      // Its own page (names in every language) and the story's matrix, in Polish.
      expect(read('dist/de/entities/putin/index.html')).toContain('Władimir W. Putin');
      expect(read(`dist/pl/stories/${story}/index.html`)).toContain('Władimir W. Putin');
    },
    BUILD_TIMEOUT,
  );
});
