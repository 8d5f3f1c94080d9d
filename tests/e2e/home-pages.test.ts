import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './browser';
import { loadUi, readContent, text, uiLanguages, versionsOf, type UiStrings } from './content';

const articles = readContent();
const languages = uiLanguages();

/** A plural UI string for `count`, as a reader of `lang` expects it. */
function plural(ui: UiStrings, key: string, count: number, lang: string): string {
  const forms = ui[key];
  if (!forms || typeof forms === 'string') throw new Error(`UI string ${key} has no plural forms`);
  const template = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other!;
  return template.replace('{count}', new Intl.NumberFormat(lang).format(count));
}

/** The month name a reader of `lang` sees next to a year ("czerwiec", "июнь"). */
function monthName(lang: string, year: number, month: number): string {
  const parts = new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(year, month - 1, 1)));
  return parts.find((p) => p.type === 'month')!.value;
}

describe('home pages', () => {
  const open = useBrowser();

  test('there is a home page for every UI language file, and content with a month-only date', () => {
    expect(languages).toEqual(['de', 'en', 'es', 'pl', 'ru']);
    expect(articles.some((a) => a.date && /^\d{4}-\d{2}$/.test(a.date))).toBe(true);
  });

  test.each(languages)('/%s/ is in its language and lists every article', async (lang) => {
    const ui = await loadUi(lang);
    const names = new Intl.DisplayNames([lang], { type: 'language' });
    const { page } = await open();
    await page.goto(urlOf(`/${lang}/`));

    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect((await page.locator('h1').innerText()).trim()).toBe(text(ui, 'home.heading'));
    expect(await page.locator('main .home__count').innerText()).toBe(
      plural(ui, 'home.count', articles.length, lang),
    );

    const cards = page.locator('main article');
    expect(await cards.count()).toBe(articles.length);

    for (const article of articles) {
      const link = page.locator(`main h2 a[href="${article.path}"]`);
      expect(await link.count(), `title link to ${article.path}`).toBe(1);
      expect((await link.innerText()).trim()).toBe(article.title);
      expect(await link.getAttribute('lang'), `lang of the title link to ${article.path}`).toBe(
        article.lang,
      );

      const card = page.locator('main article', {
        has: page.locator(`h2 a[href="${article.path}"]`),
      });
      // The article's language, named in the UI language ("Polnisch" on /de/).
      expect((await card.locator('.badge').innerText()).trim()).toBe(names.of(article.lang));

      const time = card.locator('time');
      if (!article.date) {
        // Only known facts: no date, and no "date unknown" either.
        expect(await time.count()).toBe(0);
        expect(await card.innerText()).not.toContain(text(ui, 'meta.dateUnknown'));
        continue;
      }
      expect(await time.getAttribute('datetime')).toBe(article.date);
      const shown = (await time.innerText()).trim();
      const [year, month, day] = article.date.split('-').map(Number);
      expect(shown).toContain(String(year));
      if (month)
        expect(shown, `date of ${article.path} on /${lang}/`).toContain(
          monthName(lang, year!, month),
        );
      if (!day) {
        // Only the year is a number: no day is made up for a month-only date.
        expect(shown.replace(String(year), ''), `date of ${article.path} on /${lang}/`).not.toMatch(
          /\d/,
        );
      }

      // An article in another language points to its version in the UI language where there is one.
      const version = versionsOf(article, articles).find((v) => v.lang === lang);
      if (article.lang !== lang && version) {
        const note = card.locator(`a[href="${version.path}"]`);
        expect((await note.innerText()).trim()).toBe(
          text(ui, 'home.readInLanguage').replace('{language}', names.of(lang)!),
        );
      }
    }
  });
});
