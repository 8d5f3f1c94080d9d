import { describe, expect, it } from 'vitest';
import { countWords, htmlBlocks } from '../../../src/lib/analysis/html-blocks';

const html = '<h2 id="k">Контекст</h2>\n<p>Ein <em>kurzer</em> Satz.</p>\n<ul><li>A</li></ul>';

describe('htmlBlocks', () => {
  it('splits rendered HTML into its top-level blocks, as they are', () => {
    expect(htmlBlocks(html)).toEqual([
      { kind: 'h2', html: '<h2 id="k">Контекст</h2>' },
      { kind: 'p', html: '<p>Ein <em>kurzer</em> Satz.</p>' },
      { kind: 'ul', html: '<ul><li>A</li></ul>' },
    ]);
  });

  it('moves headings down for a page with headings of its own, keeping their kind', () => {
    const [heading] = htmlBlocks('<h2 lang="en">Context</h2><h6>x</h6>', { headingOffset: 1 });
    expect(heading).toEqual({ kind: 'h2', html: '<h3 lang="en">Context</h3>' });
    expect(htmlBlocks('<h6>x</h6>', { headingOffset: 1 })[0]?.html).toBe('<h6>x</h6>');
  });

  it('drops the language markers of the search index, which two articles side by side would repeat', () => {
    const marked =
      '<p lang="en"><span id="lang-1-en"></span>One.</p>' +
      '<h2 id="zurück"><span id="lang-2-de"></span>Zurück</h2>' +
      '<blockquote><p><span id="lang-3-en"></span>Deep.</p></blockquote>' +
      '<p><span id="user-content-own"></span>Own.</p>';
    expect(htmlBlocks(marked).map((block) => block.html)).toEqual([
      '<p lang="en">One.</p>',
      '<h2 id="zurück">Zurück</h2>',
      '<blockquote><p>Deep.</p></blockquote>',
      '<p><span id="user-content-own"></span>Own.</p>',
    ]);
  });
});

describe('countWords', () => {
  it('counts the words a reader sees, not markup or entities', () => {
    expect(countWords(html)).toBe(5);
    expect(countWords('<p>Kasachstan &amp; Russland – 88 %</p>')).toBe(3);
  });
});
