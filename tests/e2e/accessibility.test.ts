/**
 * axe-core finds no accessibility violation on any kind of page, in the light
 * and the dark colour scheme. axe is injected into each page the way a browser
 * extension would run it; its rules are axe's defaults (WCAG A/AA and best
 * practices) and WCAG 2.2's target size, which Lighthouse checks too. Page
 * kinds that other features add (entities, stories, compare, translations) are
 * found in dist/ and checked when they exist.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './browser';
import { readContent } from './content';
import { distFiles, urlPathOf } from './dist-files';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const articles = readContent();
const mixed = articles.find((a) => a.otherLanguages.length > 0);
const plain = articles.find((a) => a !== mixed);

/** The first page, in file order, of each optional page kind that exists: its index and one page in it. */
function optionalPages(): string[] {
  const files = distFiles('index.html');
  return ['entities', 'stories', 'compare', 'translations'].flatMap((kind) => {
    const inKind = files.filter((file) => new RegExp(`^[a-z]{2}/${kind}/`).test(file));
    const index = inKind.find((file) => file.split('/').length === 3);
    const detail = inKind.find((file) => file.split('/').length > 3);
    return [index, detail].filter((file): file is string => !!file).map(urlPathOf);
  });
}

/** Pages to check; a search page waits for its results. */
const PAGES: { name: string; path: string; ready?: (page: Page) => Promise<unknown> }[] = [
  { name: 'root language picker', path: '/' },
  { name: 'home page', path: '/de/' },
  ...(plain ? [{ name: 'article', path: plain.path }] : []),
  ...(mixed ? [{ name: 'mixed-language article', path: mixed.path }] : []),
  {
    name: 'search with results',
    path: '/en/search/?q=Kazakhstan',
    ready: (page) =>
      page.waitForSelector('#search-results[data-state="done"] .result', { state: 'attached' }),
  },
  { name: '404 (a missing address)', path: '/no-such-page/' },
  { name: '404 of one UI language', path: '/ru/404/' },
  ...optionalPages().map((path) => ({ name: path, path })),
];

/** Runs axe in the page; one line per violation, naming the rule and the elements. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(
      document,
      // WCAG 2.2's target size (2.5.8), which axe leaves off by default and Lighthouse checks.
      { rules: { 'target-size': { enabled: true } } },
    );
    return violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`),
    }));
  });
  return results.map((v) => `${v.id} (${v.help}):\n  ${v.targets.join('\n  ')}`);
}

describe.each(['light', 'dark'] as const)('accessibility in the %s colour scheme', (scheme) => {
  const open = useBrowser();

  test.each(PAGES)('$name ($path) has no axe violations', async ({ path, ready }) => {
    // axe is injected as an inline script, which the site's Content-Security-Policy blocks.
    const { page } = await open({ colorScheme: scheme, bypassCSP: true });
    await page.goto(urlOf(path));
    await ready?.(page);
    // Web fonts change text size and so contrast results; check the page as readers see it.
    await page.evaluate(() => document.fonts.ready);
    expect(await violations(page)).toEqual([]);
  });
});
