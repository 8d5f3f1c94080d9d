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

/** The longest word of `paragraphs` in `lang` that the article's other paragraphs do not have. */
function wordOnlyIn(paragraphs: { text: string; lang: string }[], lang: string): string {
  const wordsOf = (p: { text: string }) => p.text.toLowerCase().match(/\p{L}{6,}/gu) ?? [];
  const elsewhere = new Set(paragraphs.filter((p) => p.lang !== lang).flatMap(wordsOf));
  const candidates = paragraphs.filter((p) => p.lang === lang).flatMap(wordsOf);
  const only = candidates.filter(
    (word) => ![...elsewhere].some((w) => w.startsWith(word.slice(0, 6))),
  );
  return only.sort((a, b) => b.length - a.length)[0] ?? '';
}

test.each(['en', 'de'])(
  'a search result quotes the mixed article with each word in its language (%s word)',
  async (lang) => {
    const paragraphs = paragraphsWithLanguage(mixed!.body, 'de');
    const word = wordOnlyIn(paragraphs, lang);
    expect(word, `a word found only in the article's "${lang}" paragraphs`).not.toBe('');
    const { page } = await open();
    await page.goto(urlOf(`/en/search/?q=${encodeURIComponent(word)}&lang=de`));
    await page.waitForSelector('#search-results[data-state="done"]');
    const result = page.locator('.result', { has: page.locator(`a[href$="${mixed!.path}"]`) });
    await expect.poll(() => result.count(), { message: `"${word}" finds ${mixed!.path}` }).toBe(1);
    // Screen readers take the language of a word from its closest [lang].
    const marks = await result.locator('.result__excerpt mark').evaluateAll((elements) =>
      elements.map((m) => ({
        text: m.textContent ?? '',
        lang: m.closest('[lang]')?.getAttribute('lang'),
      })),
    );
    const matched = marks.filter((m) => m.text.toLowerCase().includes(word));
    expect(matched.length, `"${word}" is highlighted in the excerpt`).toBeGreaterThan(0);
    for (const mark of matched) expect(mark.lang, `language of "${mark.text}"`).toBe(lang);
  },
);
