/**
 * The built site as files: every HTML page in dist/ with its URL path, parsed
 * with a real HTML parser, for the checks that read the output rather than
 * drive a browser (links, validity, feeds).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { DIST_DIR } from './paths';

/** Every file in dist/ with one of `extensions`, as paths relative to dist/ with `/`. */
export function distFiles(...extensions: string[]): string[] {
  return readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => extensions.some((ext) => file.endsWith(ext)))
    .sort();
}

/** The URL path a static host serves a dist/ file at: `de/index.html` → `/de/`. */
export function urlPathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The dist/ file a URL path resolves to, as a static host resolves it
 * (`/de/` → `de/index.html`), or undefined when there is none.
 */
export function fileOf(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const full = join(DIST_DIR, file);
  return existsSync(full) && statSync(full).isFile() ? file.replace(/^\//, '') : undefined;
}

/** A built page: its file, URL path, text and parsed tree. */
export interface DistPage {
  file: string;
  path: string;
  html: string;
  tree: Root;
}

const parsed = new Map<string, DistPage>();

/** Reads and parses a dist/ HTML file once per test file. */
export function readPage(file: string): DistPage {
  let page = parsed.get(file);
  if (!page) {
    const html = readFileSync(join(DIST_DIR, file), 'utf8');
    page = { file, path: urlPathOf(file), html, tree: fromHtml(html) };
    parsed.set(file, page);
  }
  return page;
}

/** Every element of a tree, in document order. */
export function elements(node: Root | Element): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    found.push(child, ...elements(child));
  }
  return found;
}

/** An attribute as the HTML wrote it (hast turns `class` into an array, `hreflang` into `hrefLang`). */
export function attr(element: Element, name: string): string | undefined {
  const value = element.properties?.[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The `<html lang>` of a page. */
export function pageLang(page: DistPage): string | undefined {
  const html = page.tree.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'html',
  );
  return html ? attr(html, 'lang') : undefined;
}

/** The site's public origin, from the canonical link of the root page (e.g. `http://localhost:4321`). */
export function siteOrigin(): string {
  const canonical = elements(readPage('index.html').tree).find(
    (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical',
  );
  if (!canonical) throw new Error('dist/index.html has no <link rel="canonical">');
  return new URL(attr(canonical, 'href')!).origin;
}
