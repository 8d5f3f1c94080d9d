import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './browser';
import { loadUi, readContent, type UiStrings } from './content';

const articles = readContent();

/** Paths of the articles whose text or title contains any of these spellings. */
function containing(...spellings: string[]): string[] {
  return articles
    .filter((a) =>
      spellings.some((s) => `${a.title} ${a.body}`.toLowerCase().includes(s.toLowerCase())),
    )
    .map((a) => a.path)
    .sort();
}

/** Runs a search from the URL, as a bookmark or shared link would, and returns the result paths. */
async function search(page: Page, ui: string, query: string, extra = ''): Promise<string[]> {
  await page.goto(urlOf(`/${ui}/search/?q=${encodeURIComponent(query)}${extra}`));
  await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
  return resultPaths(page);
}

async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('.result__title a', (links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
  return hrefs.map((href) => new URL(href, 'http://x').pathname).sort();
}

function plural(ui: UiStrings, key: string, count: number, lang: string): string {
  const forms = ui[key] as Record<string, string>;
  const template = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other!;
  return template.replace('{count}', new Intl.NumberFormat(lang).format(count));
}

const TOKAYEV = ['Tokayev', 'Tokajew', 'Токаев'];
const KAZAKHSTAN = ['Kazakhstan', 'Kasachstan', 'Kazajstán', 'Kazachstan', 'Казахстан'];

describe('search across languages', () => {
  const open = useBrowser();

  test('the content has the names the cases below look for, in several languages', () => {
    expect(containing(...TOKAYEV).length).toBeGreaterThanOrEqual(3);
    expect(containing(...KAZAKHSTAN)).toHaveLength(articles.length);
    expect(containing('Иванов')).toHaveLength(1);
  });

  test.each(['Tokayev', 'Tokajew', 'Токаев', 'Tokaev'])(
    '"%s" from the German page finds every article about Tokayev, in every script',
    async (query) => {
      const { page } = await open();
      expect(await search(page, 'de', query)).toEqual(containing(...TOKAYEV));
    },
  );

  test.each(['Kazakhstan', 'Kasachstan', 'Kazajstán', 'Kazachstan', 'Казахстан'])(
    '"%s" finds every spelling of Kazakhstan',
    async (query) => {
      const { page } = await open();
      expect(await search(page, 'en', query)).toEqual(containing(...KAZAKHSTAN));
    },
  );

  test('a Latin name finds its Cyrillic spelling: Ivanov finds Иванов', async () => {
    const { page } = await open();
    expect(await search(page, 'pl', 'Ivanov')).toEqual(containing('Иванов'));
  });

  test('case and accents do not matter', async () => {
    const { page } = await open();
    expect(await search(page, 'es', 'kazajstan')).toEqual(
      expect.arrayContaining(containing('Kazajstán')),
    );
    expect(await search(page, 'es', 'LUKASZENKA')).toEqual(containing('Łukaszenk'));
  });

  test('an inflected query finds the forms of the word in Russian and Polish, from the German page', async () => {
    const { page } = await open();
    expect(await search(page, 'de', 'Казахстана')).toEqual(
      expect.arrayContaining(containing('Казахстан')),
    );
    expect(await search(page, 'de', 'Kazachstanie')).toEqual(
      expect.arrayContaining(containing('Kazachstan')),
    );
    expect(await search(page, 'de', 'Украиной')).toEqual(
      expect.arrayContaining(containing('Украин')),
    );
    // No Russian article speaks of sanctions, so an inflected form finds nothing at all
    // (Pagefind alone would fall back to a short word that merely starts the query).
    expect(await search(page, 'de', 'санкциями')).toEqual([]);
  });

  test('each result shows title, language, outlet, date and an excerpt with the match marked', async () => {
    const ui = await loadUi('de');
    const { page } = await open();
    await search(page, 'de', 'Tokajew');
    const results = await page.$$eval('.result', (items) =>
      items.map((item) => ({
        lang: item.querySelector('.result__title a')?.getAttribute('lang'),
        title: item.querySelector('.result__title')?.textContent,
        badge: item.querySelector('.badge')?.textContent,
        meta: item.querySelector('.result__meta')?.textContent,
        marks: [...item.querySelectorAll('.result__excerpt mark')].map((m) => m.textContent),
        excerptLang: item.querySelector('.result__excerpt')?.getAttribute('lang'),
      })),
    );
    const names = new Intl.DisplayNames(['de'], { type: 'language' });
    for (const result of results) {
      const article = articles.find((a) => a.title === result.title)!;
      expect(article, String(result.title)).toBeDefined();
      expect(result.lang).toBe(article.lang);
      expect(result.excerptLang).toBe(article.lang);
      expect(result.badge).toBe(names.of(article.lang));
      expect(result.meta).toContain(ui['meta.outletUnknown']);
      expect(result.marks.length).toBeGreaterThan(0);
      for (const mark of result.marks) expect(TOKAYEV.some((t) => mark!.startsWith(t))).toBe(true);
    }
    const status = await page.textContent('#search-status');
    expect(status).toBe(plural(ui, 'search.count', results.length, 'de'));
  });

  test('the language filter narrows the results, shows counts and lives in the URL', async () => {
    const { page } = await open();
    const all = await search(page, 'ru', 'Kazakhstan');
    await page.check('input[name="lang"][value="ru"]');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.getAll('lang').join() === 'ru',
    );
    await page.waitForSelector('#search-results[data-state="done"]');
    const russian = articles.filter((a) => a.lang === 'ru').map((a) => a.path);
    expect(await resultPaths(page)).toEqual(russian);
    expect(await page.textContent('[data-count-for="ru"]')).toBe(`(${russian.length})`);
    expect(await page.textContent('[data-count-for="de"]')).toBe(
      `(${all.filter((p) => p.startsWith('/de/')).length})`,
    );
    // Reloading keeps query and filter; the back button returns to all languages.
    await page.reload();
    await page.waitForSelector('#search-results[data-state="done"]');
    expect(await page.isChecked('input[name="lang"][value="ru"]')).toBe(true);
    expect(await page.inputValue('#search-input')).toBe('Kazakhstan');
    expect(await resultPaths(page)).toEqual(russian);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('lang='));
    await page.waitForSelector('#search-results[data-state="done"]');
    expect(await resultPaths(page)).toEqual(all);
  });

  test('a language without results shows its (0) but cannot be ticked; a search moves focus to the results', async () => {
    const { page } = await open();
    await page.goto(urlOf('/en/search/'));
    await page.fill('#search-input', 'Kazakhstan');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results[data-state="done"]');
    const counted = await page.$$eval('input[name="lang"]', (boxes) =>
      boxes.map((box) => ({
        lang: (box as HTMLInputElement).value,
        disabled: (box as HTMLInputElement).disabled,
        count: box.parentElement?.querySelector('[data-count-for]')?.textContent,
      })),
    );
    const found = await resultPaths(page);
    for (const { lang, disabled, count } of counted) {
      const n = found.filter((path) => path.startsWith(`/${lang}/`)).length;
      expect(count, `count of ${lang}`).toBe(`(${n})`);
      expect(disabled, `${lang} with ${n} results can${n ? '' : 'not'} be ticked`).toBe(n === 0);
    }
    expect(counted.some((box) => box.disabled)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-status');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  });

  test('newest first puts dated articles first, keeps the undated ones, and lives in the URL', async () => {
    const { page } = await open();
    const all = await search(page, 'pl', 'Kazakhstan');
    await page.selectOption('#search-sort', 'newest');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'newest');
    await page.waitForSelector('#search-results[data-state="done"]');
    const shown = async () =>
      page.$$eval('.result', (items) =>
        items.map((item) => ({
          path: new URL(item.querySelector('a')!.href).pathname,
          date: item.querySelector('time')?.getAttribute('datetime') ?? '',
        })),
      );
    const newest = await shown();
    // Pagefind leaves pages without a sort value out; ours are all still there.
    expect(newest.map((r) => r.path).sort()).toEqual(all);
    const dated = articles.filter((a) => all.includes(a.path) && a.date).length;
    expect(dated).toBeGreaterThan(0);
    const dates = newest.map((r) => r.date);
    expect(dates.slice(0, dated)).toEqual(dates.filter(Boolean).sort().reverse());
    expect(dates.slice(dated).every((d) => d === '')).toBe(true);
    await page.reload();
    await page.waitForSelector('#search-results[data-state="done"]');
    expect(await page.inputValue('#search-sort')).toBe('newest');
    expect(await shown()).toEqual(newest);
  });

  test('typing a query puts it in the URL, so the search can be bookmarked', async () => {
    const { page } = await open();
    await page.goto(urlOf('/es/search/'));
    await page.fill('#search-input', 'Tokajew');
    await page.waitForSelector('#search-results[data-state="done"]');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Tokajew');
    const again = await open();
    expect(await search(again.page, 'es', 'Tokajew')).toEqual(await resultPaths(page));
  });

  test('the header search box on an article page leads to the results, by keyboard', async () => {
    const { page } = await open();
    const article = articles.find((a) => a.lang === 'pl')!;
    await page.goto(urlOf(article.path));
    await page.focus('#site-search-input');
    await page.keyboard.type('Ivanov');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results[data-state="done"]');
    expect(new URL(page.url()).pathname).toBe('/pl/search/');
    expect(await resultPaths(page)).toEqual(containing('Иванов'));
  });

  test('with no match the page says so in the UI language', async () => {
    const ui = await loadUi('ru');
    const { page } = await open();
    expect(await search(page, 'ru', 'qqqzzzxxx')).toEqual([]);
    expect(await page.textContent('#search-status')).toBe(
      String(ui['search.none']).replace('{query}', 'qqqzzzxxx'),
    );
  });

  test('when the search cannot run, the page says so in the UI language instead of waiting', async () => {
    const ui = await loadUi('de');
    const { page } = await open();
    // The search worker's script does not load (a network failure, a blocked file).
    await page.route(/search-worker[^/]*\.js$/, (route) => route.abort());
    await page.goto(urlOf('/de/search/'));
    await page.fill('#search-input', 'Tokajew');
    await page.waitForSelector('#search-results[data-state="error"]', { state: 'attached' });
    expect(await page.textContent('#search-status')).toBe(ui['search.error']);
  });

  // The worker's first module starts loading the index before the rest of its
  // code (the search keys' stemmers and tables) is set up; the query's own first
  // request, its words' equivalents, can only go out after that.
  test('a ?q= link has the search index loading before the query’s first request', async () => {
    const { page } = await open();
    await search(page, 'en', 'Kazakhstan');
    const worker = page.workers()[0]!;
    const starts = await worker.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime]),
    );
    const start = (part: string) => starts.find(([name]) => String(name).includes(part))?.[1];
    expect(start('/search-equivalents/')).toBeDefined();
    expect(start('/pagefind/page-languages.json')).toBeLessThan(
      Number(start('/search-equivalents/')),
    );
  });

  test('an empty search page gets search ready without downloading index chunks or result texts', async () => {
    const { page, requests } = await open();
    const pagefind = () => requests.filter((url) => new URL(url).pathname.startsWith('/pagefind/'));
    await page.goto(urlOf('/en/search/'));
    // Ready once every language's bundle has its page table, and then nothing
    // more is asked for during a whole second.
    const bundles = new Set(articles.map((article) => article.lang)).size;
    await expect
      .poll(() => pagefind().filter((url) => url.endsWith('.pf_meta')).length, {
        timeout: 10_000,
      })
      .toBe(bundles);
    let seen = -1;
    await expect
      .poll(() => seen === (seen = pagefind().length), { interval: 1000, timeout: 10_000 })
      .toBe(true);
    expect(pagefind().some((url) => url.includes('/wasm.'))).toBe(true);
    expect(pagefind().filter((url) => /\.pf_(index|fragment|filter)$/.test(url))).toEqual([]);
  });

  test('without JavaScript the search page says that search needs it', async () => {
    const ui = await loadUi('en');
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(urlOf('/en/search/?q=Kazakhstan'));
    expect(await page.locator('.search-noscript').textContent()).toBe(ui['search.noscript']);
  });
});
