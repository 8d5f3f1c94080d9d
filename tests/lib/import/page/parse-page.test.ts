import { describe, expect, it } from 'vitest';
import { contentMarkdown } from '../../../../src/lib/import/page/content-markdown';
import { extractContent } from '../../../../src/lib/import/page/extract-content';
import { parsePage } from '../../../../src/lib/import/page/parse-page';

const paragraph = (n: number) =>
  `I try to position plants as storytellers, living archives of the families who kept them, and each installation tells one of those stories again (${n}).`;

/**
 * A WordPress page as LA Weekly served one: a theme's `<style>` before the
 * `<html>` tag, and the `<html>` tag repeated where old conditional comments
 * were.
 */
const PAGE = `<style>
  div.grid { display: grid; }
</style>
<!DOCTYPE html>
<html lang="en-US" class="no-js lt-ie9 lt-ie8">
<html lang="en-US" class="no-js lt-ie9">
<html lang="en-US" class="no-js">
<head><title>Meet the Artist - Weekly</title></head>
<body class="single-post"><nav><a href="/">Home</a> <a href="/arts">Arts</a></nav>
<article><h1>Meet the Artist</h1>
${[1, 2, 3, 4].map((n) => `<p>${paragraph(n)}</p>`).join('\n')}
</article></body></html>`;

describe('parsePage', () => {
  it('reads a page with markup before its <html> tag as one document, as a browser does', () => {
    const document = parsePage(PAGE);
    expect(document.body.textContent).toContain(paragraph(4));
    expect(document.documentElement.getAttribute('lang')).toBe('en-US');
  });

  it("gives the importer that page's article", () => {
    const content = extractContent(PAGE, { title: 'Meet the Artist' });
    expect(content).toBeDefined();
    expect(contentMarkdown(content!.tree)).toContain(paragraph(1));
  });

  it('wraps a saved fragment in a document', () => {
    expect(parsePage('<p>Nur ein Absatz</p>').body.textContent).toBe('Nur ein Absatz');
  });
});
