import { describe, expect, it } from 'vitest';
import { bundleName, pagePart, planBundles } from '../../../src/lib/search/bundle-plan';

/** `count` article pages of `lang`, as `articlePages` lists them. */
const pagesOf = (lang: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${lang}/articles/story-${i}/index.html`).sort();

describe('planBundles', () => {
  it('keeps a language that fits in one bundle named by the language', () => {
    const pages = new Map([
      ['de', pagesOf('de', 3)],
      ['ru', pagesOf('ru', 2)],
    ]);
    const plans = planBundles(pages, () => 100, 1000);
    expect(plans.map(({ name, parts, files }) => [name, parts, files.length])).toEqual([
      ['de', 1, 3],
      ['ru', 1, 2],
    ]);
  });

  it('splits a language too large for one bundle into parts within the limit, every page in one of them', () => {
    const files = pagesOf('en', 1000);
    const plans = planBundles(new Map([['en', files]]), () => 1000, 250_000);
    expect(plans.map(({ name }) => name)).toEqual(['en.1', 'en.2', 'en.3', 'en.4']);
    expect(plans.flatMap((plan) => plan.files).sort()).toEqual(files);
    for (const plan of plans) {
      expect(plan.lang).toBe('en');
      expect(plan.bytes).toBe(plan.files.length * 1000);
      // The hash spreads the pages about evenly: no part far over its share.
      expect(plan.bytes).toBeLessThan(250_000 * 1.25);
    }
  });

  it('keeps every page in its part when an article is added', () => {
    const before = pagesOf('en', 1000);
    const after = [...before, 'en/articles/a-new-story/index.html'].sort();
    const partsOf = (files: string[]) =>
      new Map(
        planBundles(new Map([['en', files]]), () => 1000, 300_000).map((plan) => [
          plan.name,
          plan.files,
        ]),
      );
    const [was, now] = [partsOf(before), partsOf(after)];
    const changed = [...now].filter(([name, files]) => files.join() !== was.get(name)?.join());
    expect(
      changed.map(([, files]) => files.includes('en/articles/a-new-story/index.html')),
    ).toEqual([true]);
  });
});

describe('pagePart / bundleName', () => {
  it('gives one part and the language itself when there is nothing to split', () => {
    expect(pagePart('de/articles/x/index.html', 1)).toBe(0);
    expect(bundleName('de', 0, 1)).toBe('de');
  });

  it('numbers parts from 1 after the language, and puts a page in the same part every time', () => {
    expect(bundleName('de', 0, 3)).toBe('de.1');
    expect(bundleName('de', 2, 3)).toBe('de.3');
    const part = pagePart('de/articles/x/index.html', 3);
    expect(part).toBeGreaterThanOrEqual(0);
    expect(part).toBeLessThan(3);
    expect(pagePart('de/articles/x/index.html', 3)).toBe(part);
    // A path written with Windows separators lands in the same part.
    for (const file of pagesOf('de', 50)) {
      expect(pagePart(file.replaceAll('/', '\\'), 7)).toBe(pagePart(file, 7));
    }
  });
});
