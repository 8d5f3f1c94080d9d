import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { contentMarkdown, markdownTexts } from '../../../../src/lib/import/page/content-markdown';

const markdownOf = (html: string) => contentMarkdown(fromHtml(html, { fragment: true }));

describe('markdownTexts', () => {
  it('gives the text of each block as the page shows it, without Markdown syntax', () => {
    const markdown = markdownOf(
      '<h2>Wyniki</h2><ol><li>Pierwszy * punkt</li><li><a href="https://a.example/">Drugi</a> punkt</li></ol>' +
        '<p>Linia pierwsza<br>linia druga, <strong>mocno </strong>i dalej</p><blockquote><p>1. nie lista</p></blockquote>',
    );
    expect(markdownTexts(markdown)).toEqual([
      'Wyniki',
      'Pierwszy * punkt',
      'Drugi punkt',
      'Linia pierwsza linia druga, mocno i dalej',
      '1. nie lista',
    ]);
  });
});
