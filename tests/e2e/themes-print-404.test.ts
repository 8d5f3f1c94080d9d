/**
 * What axe does not check: the dark palette follows the system setting, the
 * focus ring stands out in both schemes, nothing moves for readers who ask
 * for reduced motion, print drops the navigation, and the 404 page speaks
 * every UI language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './browser';
import { loadUi, readContent, text, uiLanguages } from './content';

const article = readContent()[0]!;

/** Relative luminance contrast of two CSS `rgb()` colours (WCAG 2). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number);
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The focus ring of the element that has focus, and the background around it. */
function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    let bg = 'rgba(0, 0, 0, 0)';
    for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
      bg = getComputedStyle(node).backgroundColor;
      if (!bg.endsWith(', 0)') && bg !== 'transparent') break;
    }
    return { width: parseFloat(style.outlineWidth), color: style.outlineColor, bg };
  });
}

const open = useBrowser();

describe.each(['light', 'dark'] as const)('the %s colour scheme', (scheme) => {
  test('follows the system setting, with a focus ring of at least 3:1 against the page', async () => {
    const { page } = await open({ colorScheme: scheme });
    await page.goto(urlOf(article.path));
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = contrast(bg, 'rgb(0, 0, 0)') < contrast(bg, 'rgb(255, 255, 255)');
    expect(dark, `body background ${bg}`).toBe(scheme === 'dark');
    // The skip link, then a header link and the search box: focus rings on different backgrounds.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      expect(ring.width).toBeGreaterThanOrEqual(2);
      expect(contrast(ring.color, ring.bg), `${ring.color} on ${ring.bg}`).toBeGreaterThanOrEqual(
        3,
      );
    }
  });
});

test('with reduced motion, nothing animates, transitions or scrolls smoothly', async () => {
  const { page } = await open({ reducedMotion: 'reduce' });
  await page.goto(urlOf(article.path));
  const moving = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('body *')]
      .map((el) => ({ el, style: getComputedStyle(el) }))
      .filter(
        ({ style }) =>
          style.scrollBehavior === 'smooth' ||
          parseFloat(style.transitionDuration) > 0.01 ||
          (style.animationName !== 'none' && parseFloat(style.animationDuration) > 0.01),
      )
      .map(({ el }) => el.tagName + (el.className ? `.${el.className}` : '')),
  );
  expect(moving).toEqual([]);
});

test('printed, a page drops navigation, search and switcher and is black on white', async () => {
  const { page } = await open();
  await page.goto(urlOf(article.path));
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.ui-languages', '.site-search', '.switcher', '.skip-link'])
    expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
  const colors = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return { color: body.color, bg: body.backgroundColor };
  });
  expect(colors).toEqual({ color: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)' });
});

test('a missing address gets the 404 page, in every UI language with its links', async () => {
  const { page } = await open();
  const response = await page.goto(urlOf('/no/such/page/'));
  expect(response?.status()).toBe(404);
  for (const lang of uiLanguages()) {
    const ui = await loadUi(lang);
    const section = page.locator(`main section[lang="${lang}"]`);
    await expect(section.getByRole('heading').textContent()).resolves.toBe(
      text(ui, 'notFound.heading'),
    );
    const hrefs = await section
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([`/${lang}/`, `/${lang}/search/`]);
  }
});
