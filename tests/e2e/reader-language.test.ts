/**
 * A reader who chose an interface language keeps it on every article they open,
 * whatever its language, at desktop and phone sizes (lib/ui-follow.ts); the
 * article's own text keeps its `lang`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { languageOf, urlOf, useBrowser } from './browser';
import { loadUi, readContent, text, versionsOf } from './content';
import { DIST_DIR } from './paths';

const articles = readContent();
const polish = articles.find((a) => a.lang === 'pl');
const spanish = articles.find(
  (a) => a.lang === 'es' && versionsOf(a, articles).some((v) => v.lang === 'de'),
);
const german = spanish && versionsOf(spanish, articles).find((v) => v.lang === 'de');
const russian = articles.find((a) => a.lang === 'ru');

/** The interface is filled once the strings arrive: on a busy machine that can take seconds. */
const POLL = { timeout: 10_000, interval: 100 };

const SIZES = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** What a reader sees of the interface: its language and a few labels. */
async function interfaceOf(page: Page) {
  return {
    header: await page.getAttribute('.site-header', 'lang'),
    footer: (await page.locator('.site-footer p').innerText()).trim(),
    menu: await page.getAttribute('.ui-languages', 'aria-label'),
    source: (await page.locator('#source-heading').innerText()).trim(),
    sourceLang: await page.getAttribute('.source', 'lang'),
  };
}

describe.each(Object.entries(SIZES))('the interface language at %s size', (_size, viewport) => {
  const open = useBrowser();

  test('content has a Polish article and a Spanish one with a German version', () => {
    expect(polish).toBeDefined();
    expect(spanish).toBeDefined();
    expect(german).toBeDefined();
  });

  test('from /en/, the Polish article and the Spanish and German versions keep English menus', async () => {
    const en = await loadUi('en');
    const english = {
      header: 'en',
      footer: text(en, 'footer.note'),
      menu: text(en, 'nav.uiLanguage'),
      source: text(en, 'source.heading'),
      sourceLang: 'en',
    };
    const { page } = await open({ viewport });
    await page.goto(urlOf('/en/'));
    await page.locator(`main h2 a[href="${polish!.path}"]`).click();
    await page.waitForURL(urlOf(polish!.path));
    await expect.poll(() => interfaceOf(page), POLL).toEqual(english);
    // The article itself stays Polish.
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    expect(await languageOf(page, 'h1')).toEqual(['pl']);
    expect(await languageOf(page, '.prose p')).toContain('pl');
    expect((await page.locator('.article__kicker .badge').innerText()).trim()).toBe('Polish');

    // The header's home link leads back to the English home page, then to another article.
    await page.locator('.site-name').click();
    await page.waitForURL(urlOf('/en/'));
    await page.goto(urlOf(spanish!.path));
    await expect.poll(() => interfaceOf(page), POLL).toEqual(english);
    const switcher = page.getByRole('navigation', { name: text(en, 'versions.label') });
    await switcher.getByRole('link', { name: 'Deutsch', exact: true }).click();
    await page.waitForURL(urlOf(german!.path));
    await expect.poll(() => interfaceOf(page), POLL).toEqual(english);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await languageOf(page, 'h1')).toEqual(['de']);
  }, 90_000);

  test('the language menu on an article switches the interface and keeps the reader on it', async () => {
    const de = await loadUi('de');
    const { page } = await open({ viewport });
    await page.goto(urlOf(polish!.path));
    // No choice made yet: the interface is in the article's language.
    expect(await page.getAttribute('.site-header', 'lang')).toBe('pl');
    await page.locator('.ui-menu summary').click();
    await page.locator('.ui-menu a[hreflang="de"]').click();
    await expect.poll(() => page.getAttribute('.site-header', 'lang'), POLL).toBe('de');
    expect(new URL(page.url()).pathname).toBe(polish!.path);
    expect((await page.locator('#source-heading').innerText()).trim()).toBe(
      text(de, 'source.heading'),
    );
    expect(await page.getAttribute('.ui-menu a[hreflang="de"]', 'aria-current')).toBe('true');
    // The search box now searches from the German search page.
    expect(await page.getAttribute('.site-search', 'action')).toBe('/de/search/');
    // And the choice holds on the next article.
    await page.goto(urlOf(russian!.path));
    await expect.poll(() => page.getAttribute('.site-header', 'lang'), POLL).toBe('de');
  });
});

describe('the first screen on a phone', () => {
  const open = useBrowser();

  test('the header is one row and the Russian article’s first paragraph is on the first screen', async () => {
    const { page } = await open({ viewport: SIZES.phone });
    await page.goto(urlOf(russian!.path));
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height, 'header height in CSS pixels').toBeLessThanOrEqual(64);
    for (const selector of ['.site-name', '.site-search-link', '.ui-menu summary']) {
      const box = await page.locator(selector).boundingBox();
      expect(box, `${selector} is shown`).not.toBeNull();
      expect(box!.y + box!.height, `${selector} is in the header row`).toBeLessThanOrEqual(
        header!.height,
      );
    }
    const first = await page.locator('.prose p').first().boundingBox();
    expect(first!.y + first!.height, 'bottom of the first paragraph').toBeLessThanOrEqual(844);
  });
});

describe('home cards', () => {
  const open = useBrowser();

  test.each(Object.keys(SIZES))(
    'on /en/ at %s size show a lead and no repeated unknowns',
    async (size) => {
      const en = await loadUi('en');
      const { page } = await open({ viewport: SIZES[size as keyof typeof SIZES] });
      await page.goto(urlOf('/en/'));
      for (const article of articles) {
        const card = page.locator('main article', {
          has: page.locator(`h2 a[href="${article.path}"]`),
        });
        const lead = card.locator('.card__lead');
        expect(await lead.getAttribute('lang'), `lang of the lead of ${article.path}`).toBe(
          article.lang,
        );
        const leadText = (await lead.innerText()).trim();
        expect(leadText.length, `lead of ${article.path}`).toBeGreaterThan(20);
        // The lead is the article's own words.
        expect(article.body.replace(/\s+/g, ' ')).toContain(
          leadText.replace(/…$/, '').slice(0, 40),
        );
      }
      const main = await page.locator('main').innerText();
      for (const key of ['meta.outletUnknown', 'meta.dateUnknown'])
        expect(main, key).not.toContain(text(en, key));
      const note = text(en, 'home.othersNote').replace('{language}', 'English');
      expect(main.split(note).length - 1, 'the note on missing English versions').toBe(1);
    },
  );
});

describe('JavaScript on an article page', () => {
  /** A built script and every module it imports, gzip-compressed as a server sends them. */
  function gzipWithImports(file: string, seen = new Set<string>()): number {
    if (seen.has(file)) return 0;
    seen.add(file);
    const code = readFileSync(join(DIST_DIR, file), 'utf8');
    let size = gzipSync(code, { level: 9 }).length;
    for (const [, target] of code.matchAll(/from\s*"(\.\/[^"]+)"|import\s*"(\.\/[^"]+)"/g)) {
      if (target) size += gzipWithImports(join(file, '..', target), seen);
    }
    return size;
  }

  test('is at most 2 KB gzip, imports included', () => {
    for (const article of articles) {
      const html = readFileSync(join(DIST_DIR, article.path, 'index.html'), 'utf8');
      const sources = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
      const inline = [
        ...html.matchAll(/<script(?![^>]*(?:src=|ld\+json))[^>]*>([\s\S]*?)<\/script>/g),
      ];
      const total =
        sources.reduce((sum, src) => sum + gzipWithImports(src), 0) +
        inline.reduce((sum, m) => sum + gzipSync(m[1]!, { level: 9 }).length, 0);
      expect(total, `JavaScript of ${article.path} in gzip bytes`).toBeLessThanOrEqual(2048);
    }
  });
});
