/**
 * The `<article>` element that holds the page's headline, when the page has
 * several: pages that load the next stories below the first ("infinite
 * scroll") or list related stories as articles give Readability several
 * candidates, and it takes the one with the most text, which need not be the
 * one the headline belongs to. The headline is known from the page's metadata,
 * so the article whose heading it is can be found by structure alone.
 */
import { parsePage } from './parse-page';

const normalise = (text: string | null | undefined) =>
  (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Fewest characters of text an article element must hold to be taken alone. */
const MIN_ARTICLE_CHARS = 500;

/**
 * A page holding only the `<article>` whose `<h1>` (or, lacking one, `<h2>`)
 * is the headline, with the page's `<head>`, or `undefined` when the page has
 * at most one article, none holds the headline, or that one is too short.
 */
export function headlineArticlePage(
  html: string,
  headline: string | undefined,
): string | undefined {
  if (!headline) return undefined;
  const document = parsePage(html);
  if (document.querySelectorAll('article').length < 2) return undefined;
  const want = normalise(headline);
  // A `<title>` may carry the site's name around the headline ("Site | Headline").
  const isHeadline = (text: string) =>
    text === want || (text.length * 2 >= want.length && want.includes(text));
  const heading = [...document.querySelectorAll('h1, h2')].find((h) =>
    isHeadline(normalise(h.textContent)),
  );
  const article = heading?.closest('article');
  if (!article || normalise(article.textContent).length < MIN_ARTICLE_CHARS) return undefined;
  const lang = document.documentElement?.getAttribute('lang');
  return `<!doctype html><html${lang ? ` lang="${lang.replace(/"/g, '')}"` : ''}><head>${document.head?.innerHTML ?? ''}</head><body>${article.outerHTML}</body></html>`;
}
