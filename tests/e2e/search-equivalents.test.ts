import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './browser';
import { loadUi, readContent, text } from './content';

const articles = readContent();

/** Paths of the articles whose text or title has a word starting with one of `stems`. */
function containing(...stems: string[]): string[] {
  const pattern = new RegExp(`(^|[^\\p{L}])(${stems.join('|')})`, 'iu');
  return articles
    .filter((a) => pattern.test(`${a.title} ${a.body}`))
    .map((a) => a.path)
    .sort();
}

interface Shown {
  path: string;
  lang: string;
  /** The "found as" line under the result, if any. */
  via: string | null;
  /** Language of each word the line names as found. */
  viaLangs: string[];
  marked: string[];
}

/** Runs a search from the URL and returns what each result shows, in order. */
async function search(page: Page, ui: string, query: string): Promise<Shown[]> {
  await page.goto(urlOf(`/${ui}/search/?q=${encodeURIComponent(query)}`));
  // A query with equivalents runs two searches; on a loaded machine that takes
  // longer than Playwright's default wait, which says nothing about the site.
  await page.waitForSelector('#search-results[data-state="done"]', {
    state: 'attached',
    timeout: 20_000,
  });
  return page.$$eval('.result', (items) =>
    items.map((item) => {
      const link = item.querySelector('.result__title a')!;
      const via = item.querySelector('.result__via');
      return {
        path: new URL(link.getAttribute('href')!, 'http://x').pathname,
        lang: link.getAttribute('lang') ?? '',
        via: via?.textContent ?? null,
        viaLangs: [...(via?.querySelectorAll('span[lang]') ?? [])].map((s) =>
          s.getAttribute('lang')!,
        ),
        marked: [...item.querySelectorAll('.result__excerpt mark')].map((m) => m.textContent ?? ''),
      };
    }),
  );
}

const paths = (shown: Shown[]) => shown.map((s) => s.path).sort();

describe('search through equivalents in every language', () => {
  const open = useBrowser();

  test('the content names Moscow in Spanish and German forms, and war in three languages', () => {
    expect(containing('Moscú').length).toBeGreaterThanOrEqual(1);
    expect(containing('Moskau').length).toBeGreaterThanOrEqual(1);
    expect(containing('Moscow')).toEqual([]);
    expect(containing('войн').length).toBeGreaterThanOrEqual(1);
    expect(containing('wojn').length).toBeGreaterThanOrEqual(1);
  });

  test('"Moscow" from the English page finds the Spanish and German articles, each explaining its match', async () => {
    const { page } = await open();
    const ui = await loadUi('en');
    const shown = await search(page, 'en', 'Moscow');
    expect(paths(shown)).toEqual(containing('Moscú', 'Moskau', 'Москв', 'Moskw'));
    expect(shown.map((s) => s.lang)).toEqual(expect.arrayContaining(['es', 'de']));
    const prefix = text(ui, 'search.matchedVia').split('{matches}')[0]!;
    for (const result of shown) {
      // No article says "Moscow": every result came through an equivalent and says which.
      expect(result.via).toMatch(
        new RegExp(`^${prefix}(Moscú|Moskau|Москв\\p{L}*|Moskw\\p{L}*) — Moscow$`, 'u'),
      );
      expect(result.viaLangs).toEqual([result.lang]);
      expect(result.marked.length).toBeGreaterThan(0);
    }
  });

  test.each(['Москвой', 'Moskwa', 'Moskau'])(
    '"%s" finds the articles naming Moscow in any language',
    async (query) => {
      const { page } = await open();
      expect(paths(await search(page, 'de', query))).toEqual(
        containing('Moscú', 'Moskau', 'Москв', 'Moskw'),
      );
    },
  );

  test('"war" from the English page finds articles in at least three languages', async () => {
    const { page } = await open();
    const shown = await search(page, 'en', 'war');
    const languages = new Set(shown.map((s) => s.lang));
    expect(languages.size).toBeGreaterThanOrEqual(3);
    expect(paths(shown)).toEqual(expect.arrayContaining(containing('войн', 'wojn')));
    // The Russian and Polish articles say "война" and "wojny", not "war".
    const explained = shown.filter((s) => s.lang === 'ru' || s.lang === 'pl');
    expect(explained.map((s) => s.via)).toEqual(
      explained.map(() => expect.stringMatching(/(войн|wojn)\p{L}* — war$/u)),
    );
  });

  test('articles with the reader\u2019s own word rank above those found through an equivalent', async () => {
    const { page } = await open();
    const shown = await search(page, 'en', 'war');
    const firstExpanded = shown.findIndex((s) => s.via !== null);
    const lastLiteral = shown.map((s) => s.via === null).lastIndexOf(true);
    expect(lastLiteral).toBeGreaterThanOrEqual(0);
    expect(firstExpanded).toBeGreaterThan(lastLiteral);
  });

  test('the explanation is in the reader\u2019s UI language', async () => {
    const { page } = await open();
    const ui = await loadUi('ru');
    const shown = await search(page, 'ru', 'Moscow');
    const prefix = text(ui, 'search.matchedVia').split('{matches}')[0]!;
    expect(shown.length).toBeGreaterThan(0);
    for (const result of shown) expect(result.via?.startsWith(prefix)).toBe(true);
  });

  test('a query with no equivalent behaves as before: no explanation, the same results', async () => {
    const { page, requests } = await open();
    // A German compound that neither the catalog, CLDR nor the lexicon knows.
    const shown = await search(page, 'en', 'Kampfdrohnen');
    expect(paths(shown)).toEqual(containing('Kampfdrohn'));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((s) => s.via === null)).toBe(true);
    // Only the shard of the query's word was loaded, not the table.
    expect(requests.filter((url) => url.includes('/search-equivalents/'))).toHaveLength(1);
  });
});
