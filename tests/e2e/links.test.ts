/**
 * Every internal link and asset reference in the built site resolves to a file
 * in dist/ (no 404), and every link to a page in another language says so with
 * `hreflang`. Links the search page builds in the browser are not in the HTML
 * and so not checked here (tests/e2e/search.test.ts covers them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import {
  attr,
  distFiles,
  elements,
  fileOf,
  pageLang,
  readPage,
  siteOrigin,
  type DistPage,
} from './dist-files';
import { DIST_DIR } from './paths';

const ORIGIN = siteOrigin();
const pages = distFiles('.html');

/** The attributes that reference another file, per element. */
const REFERENCES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

/** The URLs in an attribute value (a srcset lists several, each with a size). */
function urlsIn(name: string, value: string): string[] {
  if (name !== 'srcSet') return [value];
  return value.split(',').map((part) => part.trim().split(/\s+/)[0]!);
}

/** An internal URL as a URL object, or undefined for another site, `mailto:` and the like. */
function internal(raw: string, base: string): URL | undefined {
  if (/^(?:mailto|tel|javascript|data):/i.test(raw)) return undefined;
  const url = new URL(raw, new URL(base, ORIGIN));
  return url.origin === ORIGIN ? url : undefined;
}

/** Why a reference does not resolve, or undefined when it does. */
function problem(url: URL, from: DistPage): string | undefined {
  const file = url.pathname === from.path && url.hash ? from.file : fileOf(url.pathname);
  if (!file) return `${url.pathname} is not a file in dist/`;
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && file.endsWith('.html')) {
    const ids = elements(readPage(file).tree).map((el) => attr(el, 'id'));
    if (!ids.includes(id)) return `${url.pathname} has no element with id "${id}"`;
  }
  return undefined;
}

/** Every referencing element of a page with the internal URLs it references. */
function references(page: DistPage): { element: Element; url: URL; raw: string }[] {
  const found: { element: Element; url: URL; raw: string }[] = [];
  for (const element of elements(page.tree)) {
    for (const name of REFERENCES[element.tagName] ?? []) {
      const value = attr(element, name);
      if (!value) continue;
      for (const raw of urlsIn(name, value)) {
        const url = internal(raw, page.path);
        if (url) found.push({ element, url, raw });
      }
    }
    // og:url and the like: absolute URLs of this site in <meta content>.
    const content = element.tagName === 'meta' ? attr(element, 'content') : undefined;
    if (content?.startsWith(`${ORIGIN}/`))
      found.push({ element, url: new URL(content), raw: content });
  }
  return found;
}

describe('internal links and assets', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  test.each(pages)('every reference in %s resolves to a file', (file) => {
    const page = readPage(file);
    const broken = references(page)
      .map(({ element, url, raw }) => {
        const why = problem(url, page);
        return why && `<${element.tagName}> ${raw}: ${why}`;
      })
      .filter(Boolean);
    expect(broken).toEqual([]);
  });

  test.each(distFiles('.css'))('every url(...) in %s resolves to a file', (file) => {
    const css = readFileSync(join(DIST_DIR, file), 'utf8');
    const base = `${ORIGIN}/${file}`;
    const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!);
    const broken = urls
      .filter((raw) => !raw.startsWith('data:') && !raw.startsWith('#'))
      .filter((raw) => !fileOf(new URL(raw, base).pathname));
    expect(broken).toEqual([]);
  });
});

describe('links to pages in another language', () => {
  test.each(pages)('say so with hreflang in %s', (file) => {
    const page = readPage(file);
    const own = pageLang(page);
    const unmarked: string[] = [];
    for (const { element, url, raw } of references(page)) {
      if (element.tagName !== 'a') continue;
      const target = fileOf(url.pathname);
      if (!target?.endsWith('.html') || target === file) continue;
      const targetLang = pageLang(readPage(target));
      if (targetLang && targetLang !== own && attr(element, 'hrefLang') !== targetLang)
        unmarked.push(
          `${raw} (a ${targetLang} page; hreflang="${attr(element, 'hrefLang') ?? ''}")`,
        );
    }
    expect(unmarked).toEqual([]);
  });
});
