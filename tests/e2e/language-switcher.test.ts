import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './browser';
import { loadUi, readContent, text, uiLanguages, versionsOf } from './content';

/** Each language's name in itself, as a reader expects to find it in a switcher. */
const ENDONYMS: Record<string, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  ru: 'Русский',
  pl: 'Polski',
};

const articles = readContent();
const spanish = articles.find(
  (a) => a.lang === 'es' && versionsOf(a, articles).some((v) => v.lang === 'de'),
);
const german = spanish && versionsOf(spanish, articles).find((v) => v.lang === 'de');

describe('the language switcher of an article', () => {
  const open = useBrowser();

  test('content has a Spanish article with a German version', () => {
    expect(
      spanish,
      'an article in content/articles/es/ whose group has a German version',
    ).toBeDefined();
    expect(german).toBeDefined();
  });

  test('goes from the Spanish article to the German one and back (mouse, then keyboard)', async () => {
    const es = await loadUi('es');
    const de = await loadUi('de');
    const { page } = await open();

    await page.goto(urlOf(spanish!.path));
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect((await page.locator('h1').innerText()).trim()).toBe(spanish!.title);

    // Click "Deutsch" in the switcher (the nav is named by its visible label).
    const switcherEs = page.getByRole('navigation', { name: text(es, 'versions.label') });
    await switcherEs.getByRole('link', { name: ENDONYMS.de, exact: true }).click();
    await page.waitForURL(urlOf(german!.path));
    expect(new URL(page.url()).pathname).toBe(german!.path);
    expect(new URL(page.url()).pathname).toMatch(/^\/de\/articles\/[^/]+\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect((await page.locator('h1').innerText()).trim()).toBe(german!.title);

    // Back with the keyboard: focus "Español" and press Enter.
    const switcherDe = page.getByRole('navigation', { name: text(de, 'versions.label') });
    const back = switcherDe.getByRole('link', { name: ENDONYMS.es, exact: true });
    await back.focus();
    expect(await back.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(urlOf(spanish!.path));
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect((await page.locator('h1').innerText()).trim()).toBe(spanish!.title);
  });

  test.each(articles.map((a) => [a.path, a] as const))(
    '%s lists exactly its existing versions and marks itself as current (none when it has one)',
    async (_path, article) => {
      const ui = await loadUi(article.lang);
      const { page } = await open();
      await page.goto(urlOf(article.path));
      const switcher = page.getByRole('navigation', { name: text(ui, 'versions.label') });
      const versions = versionsOf(article, articles);
      if (versions.length === 1) {
        // Nothing to switch to: no version box, and no list of missing languages.
        expect(await switcher.count()).toBe(0);
        expect(await page.locator('.switcher__missing').count()).toBe(0);
        return;
      }
      const links = await switcher.getByRole('link').evaluateAll((elements) =>
        elements.map((a) => ({
          href: a.getAttribute('href'),
          lang: a.getAttribute('lang'),
          current: a.getAttribute('aria-current'),
          text: a.textContent ?? '',
        })),
      );
      expect(links.map((l) => l.href).sort()).toEqual(versions.map((v) => v.path).sort());
      for (const version of versions) {
        const link = links.find((l) => l.href === version.path)!;
        expect(link.lang, `lang of the link to ${version.path}`).toBe(version.lang);
        expect(link.text).toContain(ENDONYMS[version.lang]);
        expect(link.current, `aria-current of the link to ${version.path}`).toBe(
          version.path === article.path ? 'page' : null,
        );
      }
      expect(links.filter((l) => l.current === 'page')).toHaveLength(1);

      // The languages it is not available in are named in the UI language, and only those.
      const names = new Intl.DisplayNames([article.lang], { type: 'language' });
      const present = new Set(versions.map((v) => v.lang));
      const missing = uiLanguages().filter((lang) => !present.has(lang));
      const note = switcher.locator('.switcher__missing');
      if (missing.length === 0) {
        expect(await note.count()).toBe(0);
      } else {
        const noteText = await note.innerText();
        for (const lang of missing) expect(noteText).toContain(names.of(lang)!);
        for (const lang of present) expect(noteText).not.toContain(names.of(lang)!);
      }
    },
  );
});
