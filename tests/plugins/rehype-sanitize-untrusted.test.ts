import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/plugins/markdown-options';

// Articles are copied from the web. Whatever HTML an outlet's page carried, the
// site's own pipeline (the one astro.config uses) must not let it run in a reader's browser.
let render: (markdown: string) => Promise<string>;

beforeAll(async () => {
  const processor = await createMarkdownProcessor(markdownOptions);
  render = async (markdown) => (await processor.render(markdown)).code;
});

/** Fails on anything that could execute: script elements, on* handlers, script URLs. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
}

describe('sanitising untrusted article HTML', () => {
  it('drops a script block with its code', async () => {
    const html = await render('Before.\n\n<script>alert("x")</script>\n\nAfter.');
    expectInert(html);
    expect(html).not.toContain('alert');
    expect(html).toContain('<p>Before.</p>');
    expect(html).toContain('<p>After.</p>');
  });

  it('keeps an image but not its event handler', async () => {
    const html = await render(
      '<img src="https://example.com/a.jpg" alt="Astana" onerror="alert(1)">',
    );
    expectInert(html);
    expect(html).toContain('src="https://example.com/a.jpg"');
    expect(html).toContain('alt="Astana"');
  });

  it('removes javascript: links in HTML and in Markdown, keeping the link text', async () => {
    const html = await render(
      '<a href="javascript:alert(1)">one</a>, <a href="JaVaScRiPt:alert(1)">two</a> and [three](javascript:alert(1))',
    );
    expectInert(html);
    for (const text of ['one', 'two', 'three']) expect(html).toContain(`>${text}</a>`);
  });

  it('keeps https links as they are', async () => {
    const html = await render('[Source](https://example.com/news?id=1) and <https://example.org/>');
    expect(html).toContain('<a href="https://example.com/news?id=1">Source</a>');
    expect(html).toContain('<a href="https://example.org/">https://example.org/</a>');
  });

  it('drops iframes, embedded objects and forms that would load or send elsewhere', async () => {
    const html = await render(
      '<iframe src="https://evil.example/"></iframe>\n\n<object data="https://evil.example/x"></object>\n\nText.',
    );
    expect(html).not.toMatch(/<iframe|<object|evil\.example/i);
    expect(html).toContain('<p>Text.</p>');
  });

  it('drops style blocks without leaving their CSS as visible text', async () => {
    // A <style> could hide or restyle the page; its rules are not article text either.
    const html = await render('<style>body { display: none }</style>\n\nText.');
    expect(html).not.toMatch(/<style|display: none/);
    expect(html).toContain('<p>Text.</p>');
  });

  it('drops inline style attributes and SVG with onload', async () => {
    const html = await render(
      '<div style="position:fixed">Box</div>\n\n<svg onload="alert(1)"></svg>',
    );
    expectInert(html);
    expect(html).not.toMatch(/style=|<svg/i);
    expect(html).toContain('Box');
  });

  it('keeps the lang of an inline foreign word', async () => {
    // Marking a word's language is what this site is about; the sanitiser must allow it.
    const html = await render('Er sagte <span lang="ru" dir="ltr">спецоперация</span>.');
    expect(html).toContain('<span lang="ru" dir="ltr">спецоперация</span>');
  });

  it('keeps lang on passages marked with :::lang', async () => {
    const processor = await createMarkdownProcessor(markdownOptions);
    const { code } = await processor.render(':::lang{code=en}\nIn English.\n:::', {
      frontmatter: { otherLanguages: ['en'] },
    });
    // (The empty span marks where the language changes, for search excerpts.)
    expect(code).toBe('<p lang="en"><span id="lang-1-en"></span>In English.</p>');
  });
});
