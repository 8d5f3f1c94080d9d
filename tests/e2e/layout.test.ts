import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './browser';
import { readContent, uiLanguages, versionsOf } from './content';
import { OUTPUT_DIR } from './paths';

const articles = readContent();
const spanish = articles.find(
  (a) => a.lang === 'es' && versionsOf(a, articles).some((v) => v.lang === 'de'),
)!;

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Waits until any font the page asks for is ready, so measurements see the final layout. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/** How wide the page is; wider than the window means a horizontal scrollbar. */
function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('layout', () => {
  const open = useBrowser();

  test('the Spanish article at phone width (390px) has no horizontal scrollbar', async () => {
    const { page } = await open({ viewport: PHONE });
    await page.goto(urlOf(spanish.path));
    await settle(page);
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: join(OUTPUT_DIR, 'es-article-390.png'), fullPage: true });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
  });

  test('the Spanish article at desktop width (1280px)', async () => {
    const { page } = await open({ viewport: DESKTOP });
    await page.goto(urlOf(spanish.path));
    await settle(page);
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: join(OUTPUT_DIR, 'es-article-1280.png'), fullPage: true });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(DESKTOP.width);
  });

  test('no page is wider than a 390px phone', async () => {
    const { page } = await open({ viewport: PHONE });
    const paths = [
      '/',
      ...uiLanguages().map((lang) => `/${lang}/`),
      ...articles.map((a) => a.path),
    ];
    const tooWide: string[] = [];
    for (const path of paths) {
      await page.goto(urlOf(path));
      await settle(page);
      const width = await scrollWidth(page);
      if (width > PHONE.width) tooWide.push(`${path} is ${width}px wide`);
    }
    expect(tooWide).toEqual([]);
  });

  test("text is set in the reader's own fonts: no page downloads a font file", async () => {
    // A web font held back the first paint (src/styles/base.css); the Russian
    // article would need Cyrillic faces, the home page every subset.
    const russian = articles.find((a) => a.lang === 'ru')!;
    const { page, requests, blocked } = await open({ viewport: DESKTOP });
    for (const path of ['/en/', spanish.path, russian.path]) {
      await page.goto(urlOf(path));
      await settle(page);
    }
    const fonts = requests.filter((url) => /\.(woff2?|ttf|otf)$/.test(new URL(url).pathname));
    expect(fonts).toEqual([]);
    expect(blocked.join('\n')).toBe('');
    expect(await page.evaluate(() => document.fonts.size)).toBe(0);
  });

  test('a search opened from a link shows its results without moving what is on the screen', async () => {
    const { page } = await open({ viewport: PHONE });
    // Every layout shift Chromium records, from the start of the page on.
    await page.addInitScript(() => {
      const scope = window as unknown as { layoutShift: number };
      scope.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number }[])
          scope.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The longest word of an article's title: a search with results.
    const word = (articles[0]!.title.match(/\p{L}+/gu) ?? []).reduce((a, b) =>
      b.length > a.length ? b : a,
    );
    await page.goto(urlOf(`/en/search/?q=${encodeURIComponent(word)}`));
    await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    // Cumulative Layout Shift (without session windows); Web Vitals calls up to 0.1 good.
    const shift = await page.evaluate(
      () => (window as unknown as { layoutShift: number }).layoutShift,
    );
    expect(shift).toBeLessThan(0.1);
  });
});
