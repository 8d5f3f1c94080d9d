import { describe, expect, it } from 'vitest';
import { firstParagraph, shorten, summaryOf } from '../../../src/lib/seo/plain-summary';

describe('firstParagraph', () => {
  it('gives the first paragraph as plain text, markup and line breaks removed', () => {
    const html =
      '<h2>Head</h2><p>One <em>two</em>\n<a href="/x">three</a> &amp; four.</p><p>Next.</p>';
    expect(firstParagraph(html, 'en')).toBe('One two three & four.');
  });

  it('prefers a paragraph in the article language over an opening quotation in another', () => {
    const html = '<div lang="en"><p>An English quote.</p></div><p>Der deutsche Text.</p>';
    expect(firstParagraph(html, 'de')).toBe('Der deutsche Text.');
  });

  it('falls back to a paragraph in another language, and to undefined without one', () => {
    expect(firstParagraph('<p lang="en">Only English.</p>', 'de')).toBe('Only English.');
    expect(firstParagraph('<h2>No paragraph</h2><p> </p>', 'de')).toBeUndefined();
  });
});

describe('summaryOf', () => {
  it('uses the summary when the editor wrote one', () => {
    const article = {
      data: { lang: 'de', summary: ' Kurz  gesagt. ' },
      rendered: { html: '<p>Text</p>' },
    };
    expect(summaryOf(article)).toBe('Kurz gesagt.');
  });

  it('otherwise uses the opening paragraph', () => {
    expect(summaryOf({ data: { lang: 'pl' }, rendered: { html: '<p>Tekst.</p>' } })).toBe('Tekst.');
    expect(summaryOf({ data: { lang: 'pl' } })).toBeUndefined();
  });
});

describe('shorten', () => {
  it('leaves short text alone', () => {
    expect(shorten('Short.', 20)).toBe('Short.');
  });

  it('cuts at a word boundary, drops trailing punctuation and adds an ellipsis', () => {
    const text = 'The quick brown fox, jumps over the lazy dog';
    const short = shorten(text, 22);
    expect(short).toBe('The quick brown fox…');
    expect(short.length).toBeLessThanOrEqual(22);
  });
});
