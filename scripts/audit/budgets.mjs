// Byte budgets of an article page, measured on the built files: the JavaScript
// it ships before search is used, and its HTML and CSS, gzip-compressed (the
// server gzips them the same way).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip size of a text, as the audit server sends it. */
const gzipped = (text) => gzipSync(text, { level: 9 }).length;

/** Attribute values of every tag of one name (Astro writes tags in one predictable form). */
function tags(html, name) {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((m) => m[1]);
}

const attr = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * JavaScript and HTML + CSS of a built page, in gzip bytes. JavaScript counts
 * external scripts, module preloads and inline scripts, but not JSON-LD
 * (`application/ld+json` is data, never run).
 */
export function pageBudget(distDir, file) {
  const html = readFileSync(join(distDir, file), 'utf8');
  const asset = (href) => readFileSync(join(distDir, href.split('?')[0]));
  let js = 0;
  for (const tag of tags(html, 'script')) {
    const src = attr(tag, 'src');
    if (src) js += gzipped(asset(src));
  }
  for (const [, open, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!attr(open, 'src') && !/type="application\/ld\+json"/.test(open) && body.trim())
      js += gzipped(body);
  }
  let css = 0;
  for (const tag of tags(html, 'link')) {
    const rel = attr(tag, 'rel');
    if (rel === 'modulepreload') js += gzipped(asset(attr(tag, 'href')));
    if (rel === 'stylesheet') css += gzipped(asset(attr(tag, 'href')));
  }
  return { js, htmlCss: gzipped(html) + css, html: gzipped(html), css };
}
