/**
 * `<link rel="alternate" hreflang>` of the built article pages, read straight
 * from dist/ (no browser needed): search engines see these, readers do not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent, versionsOf } from './content';
import { DIST_DIR } from './paths';

interface Alternate {
  hreflang: string;
  href: string;
}

interface BuiltPage {
  /** URL path, e.g. `/de/articles/<slug>/`. */
  path: string;
  lang: string;
  canonical: string;
  alternates: Alternate[];
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    found[match[1]!.toLowerCase()] = (match[2] ?? match[3] ?? match[4] ?? '').replaceAll(
      '&amp;',
      '&',
    );
  }
  return found;
}

function readPage(path: string): BuiltPage {
  const html = readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8');
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => attributes(m[0]));
  const rel = (link: Record<string, string>) => (link.rel ?? '').toLowerCase().split(/\s+/);
  return {
    path,
    lang: attributes(/<html\b[^>]*>/i.exec(html)?.[0] ?? '').lang ?? '',
    canonical: links.find((l) => rel(l).includes('canonical'))?.href ?? '',
    // Language versions only: a feed link (rel="alternate" with a `type`) is another format.
    alternates: links
      .filter((l) => rel(l).includes('alternate') && l.hreflang !== undefined && !l.type)
      .map((l) => ({ hreflang: l.hreflang!, href: l.href ?? '' })),
  };
}

/** Every built article page: dist/<lang>/articles/<slug>/index.html. */
function builtArticlePages(): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const lang of readdirSync(DIST_DIR)) {
    const dir = join(DIST_DIR, lang, 'articles');
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      if (existsSync(join(dir, slug, 'index.html')))
        pages.push(readPage(`/${lang}/articles/${slug}/`));
    }
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

const articles = readContent();
const pages = builtArticlePages();
const byPath = new Map(pages.map((p) => [p.path, p]));

describe('hreflang of article pages', () => {
  test('every article in content/ has a built page, and no other article page was built', () => {
    expect(pages.map((p) => p.path)).toEqual(articles.map((a) => a.path).sort());
  });

  test.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
    const article = articles.find((a) => a.path === page.path)!;
    const absolute = (href: string) => /^https?:\/\/[^/]/.test(href) && URL.canParse(href);

    // Absolute URLs, each language once, itself and x-default included.
    expect(absolute(page.canonical), `canonical ${page.canonical}`).toBe(true);
    expect(new URL(page.canonical).pathname).toBe(page.path);
    for (const alt of page.alternates)
      expect(absolute(alt.href), `href of ${alt.hreflang}: ${alt.href}`).toBe(true);
    const tags = page.alternates.map((a) => a.hreflang);
    expect(new Set(tags).size, `duplicate hreflang in ${tags.join(', ')}`).toBe(tags.length);
    expect(page.alternates).toContainEqual({ hreflang: page.lang, href: page.canonical });
    expect(tags).toContain('x-default');
    const origin = new URL(page.canonical).origin;
    for (const alt of page.alternates) expect(new URL(alt.href).origin).toBe(origin);

    // Exactly the language versions the content has.
    const versions = versionsOf(article, articles);
    expect(
      page.alternates
        .filter((a) => a.hreflang !== 'x-default')
        .map((a) => `${a.hreflang} ${new URL(a.href).pathname}`)
        .sort(),
    ).toEqual(versions.map((v) => `${v.lang} ${v.path}`).sort());
    const xDefault = new URL(page.alternates.find((a) => a.hreflang === 'x-default')!.href)
      .pathname;
    expect(versions.map((v) => v.path)).toContain(xDefault);

    // Reciprocal: every alternate lists this page back, and they agree on x-default.
    for (const alt of page.alternates) {
      if (alt.hreflang === 'x-default') continue;
      const other = byPath.get(new URL(alt.href).pathname);
      expect(other, `built page for ${alt.href}`).toBeDefined();
      expect(other!.lang).toBe(alt.hreflang);
      expect(other!.alternates, `${other!.path} lists ${page.path} back`).toContainEqual({
        hreflang: page.lang,
        href: page.canonical,
      });
      expect(other!.alternates.find((a) => a.hreflang === 'x-default')?.href).toBe(
        page.alternates.find((a) => a.hreflang === 'x-default')!.href,
      );
    }
  });
});
