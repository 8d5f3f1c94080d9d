/**
 * Queries that are not words, or words that cannot tell articles apart, in a
 * real browser on the built site: the reader is told why nothing is listed,
 * and never gets the whole collection with unrelated words marked.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/query-length';
import { urlOf, useBrowser } from './browser';
import { loadUi, text } from './content';

/** Opens the search page with `query` in the URL and waits until the status line says `expected`. */
async function statusAfter(page: Page, ui: string, query: string, expected?: string) {
  // Navigation gets longer than the 5 s default for elements: a loaded machine is slow to start a page.
  await page.goto(urlOf(`/${ui}/search/?q=${encodeURIComponent(query)}`), { timeout: 20_000 });
  await page.waitForFunction((want) => {
    const results = document.querySelector<HTMLElement>('#search-results');
    const status = document.querySelector('#search-status')?.textContent ?? '';
    if (want !== null) return status === want;
    return results?.dataset.state === 'done';
  }, expected ?? null);
  return {
    status: (await page.textContent('#search-status')) ?? '',
    results: await page.$$eval('.result__title a', (links) => links.length),
  };
}

describe('search edge queries', () => {
  const open = useBrowser();

  test.each(['?!', '🙂', '— …'])('"%s" has no word: the page says to type one', async (query) => {
    const { page } = await open();
    const ui = await loadUi('en');
    const shown = await statusAfter(page, 'en', query, text(ui, 'search.noWord'));
    expect(shown.results).toBe(0);
  });

  test('only the most frequent words: the page asks for a more specific word, in the UI language', async () => {
    const { page } = await open();
    const ui = await loadUi('de');
    const shown = await statusAfter(page, 'de', 'der die das', text(ui, 'search.commonWords'));
    expect(shown.results).toBe(0);
    // Answered, not pending: scripts and tests wait for this state.
    expect(await page.getAttribute('#search-results', 'data-state')).toBe('refused');
  });

  test.each([
    ['aaaa', 'aaaa'],
    ['ss', 'ss'],
    ['a × 10,000', 'a'.repeat(10_000)],
  ])('"%s" finds no article rather than every one', async (_name, query) => {
    const { page } = await open();
    const ui = await loadUi('en');
    const shown = await statusAfter(page, 'en', query);
    expect(shown.results).toBe(0);
    // The message quotes the query as searched: cut to the documented length.
    const none = text(ui, 'search.none').replace('{query}', query.slice(0, MAX_QUERY_LENGTH));
    expect(shown.status).toBe(none);
  });

  test('the search box takes at most the documented length', async () => {
    const { page } = await open();
    await page.goto(urlOf('/en/search/'), { timeout: 20_000 });
    expect(await page.getAttribute('#search-input', 'maxlength')).toBe(String(MAX_QUERY_LENGTH));
  });
});
