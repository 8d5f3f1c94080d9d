import { expect, test } from 'vitest';
import { urlOf, useBrowser } from './browser';
import { paragraphsWithLanguage, readContent } from './content';

const articles = readContent();
/** The German article with passages in English (`otherLanguages: [en]`). */
const mixed = articles.find((a) => a.lang === 'de' && a.otherLanguages.includes('en'));

const open = useBrowser();

const normalize = (value: string) => value.replace(/\s+/g, ' ').trim();

test('a German article with English passages marks each paragraph with its language', async () => {
  expect(mixed, 'an article in content/articles/de/ with otherLanguages: [en]').toBeDefined();
  const expected = paragraphsWithLanguage(mixed!.body, 'de');
  expect(expected.some((p) => p.lang === 'en')).toBe(true);
  expect(expected.some((p) => p.lang === 'de')).toBe(true);

  const { page } = await open();
  await page.goto(urlOf(mixed!.path));
  expect(await page.getAttribute('html', 'lang')).toBe('de');

  // The language a screen reader or hyphenation uses: the closest [lang] of each paragraph.
  const rendered = await page.locator('main .prose p').evaluateAll((elements) =>
    elements.map((p) => ({
      text: p.textContent ?? '',
      lang: p.closest('[lang]')?.getAttribute('lang') ?? '',
    })),
  );
  expect(rendered).toHaveLength(expected.length);
  for (const paragraph of expected) {
    const start = normalize(paragraph.text).slice(0, 60);
    const match = rendered.find((r) => normalize(r.text).startsWith(start));
    expect(match, `a rendered paragraph starting "${start}"`).toBeDefined();
    expect(match!.lang, `language of the paragraph "${start}…"`).toBe(paragraph.lang);
  }
});
