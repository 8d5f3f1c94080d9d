import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './browser';
import { loadUi, readContent, text, uiLanguages, versionsOf } from './content';

const languages = uiLanguages();
const articles = readContent();
const spanish = articles.find(
  (a) => a.lang === 'es' && versionsOf(a, articles).some((v) => v.lang === 'de'),
)!;
const german = versionsOf(spanish, articles).find((v) => v.lang === 'de')!;

describe('the root page', () => {
  const open = useBrowser();

  test('/ offers a link to every home page, each in its own language', async () => {
    const { page } = await open();
    await page.goto(urlOf('/'));
    const links = await page.locator('main a').evaluateAll((elements) =>
      elements.map((a) => ({
        href: a.getAttribute('href'),
        lang: a.getAttribute('lang'),
        hreflang: a.getAttribute('hreflang'),
      })),
    );
    for (const lang of languages) {
      expect(links, `link to /${lang}/`).toContainEqual({
        href: `/${lang}/`,
        lang,
        hreflang: lang,
      });
    }
  });

  test.each(languages)('following the %s link leads to that home page', async (lang) => {
    const ui = await loadUi(lang);
    const { page } = await open();
    await page.goto(urlOf('/'));
    await page.locator(`main a[href="/${lang}/"]`).click();
    await page.waitForURL(urlOf(`/${lang}/`));
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect((await page.locator('h1').innerText()).trim()).toBe(text(ui, 'home.heading'));
  });
});

describe('without JavaScript', () => {
  const open = useBrowser();

  test('the root page and the language switcher still navigate', async () => {
    const es = await loadUi('es');
    const de = await loadUi('de');
    const { page } = await open({ javaScriptEnabled: false });

    await page.goto(urlOf('/'));
    await page.locator('main a[href="/es/"]').click();
    await page.waitForURL(urlOf('/es/'));
    expect(await page.getAttribute('html', 'lang')).toBe('es');

    await page.locator(`main h2 a[href="${spanish.path}"]`).click();
    await page.waitForURL(urlOf(spanish.path));
    await page
      .getByRole('navigation', { name: text(es, 'versions.label') })
      .getByRole('link', { name: 'Deutsch', exact: true })
      .click();
    await page.waitForURL(urlOf(german.path));
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect((await page.locator('h1').innerText()).trim()).toBe(german.title);

    await page
      .getByRole('navigation', { name: text(de, 'versions.label') })
      .getByRole('link', { name: 'Español', exact: true })
      .click();
    await page.waitForURL(urlOf(spanish.path));
    expect(await page.getAttribute('html', 'lang')).toBe('es');
  });
});
