import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/plugins/markdown-options';
import { gfmPartsFor, remarkGfmLean } from '../../src/plugins/remark-gfm-lean';

// The site's pipeline against the same pipeline with Astro's own GFM (remark-gfm):
// readers must not see any difference.
type Renderer = Awaited<ReturnType<typeof createMarkdownProcessor>>;
let site: Renderer;
let withRemarkGfm: Renderer;

beforeAll(async () => {
  site = await createMarkdownProcessor(markdownOptions);
  withRemarkGfm = await createMarkdownProcessor({
    ...markdownOptions,
    gfm: true,
    remarkPlugins: markdownOptions.remarkPlugins.filter((plugin) => plugin !== remarkGfmLean),
  });
});

async function both(markdown: string) {
  const render = (renderer: Renderer) =>
    renderer
      .render(markdown, { frontmatter: { lang: 'en', otherLanguages: ['de'] } })
      .then((result) => result.code);
  return { site: await render(site), remarkGfm: await render(withRemarkGfm) };
}

const withoutAutolinks: Record<string, string> = {
  table: '| Land | Hauptstadt |\n| --- | :-: |\n| Kasachstan | Astana |',
  'a table without a pipe': 'Hauptstadt\n:--\nAstana',
  'a table in a quotation': '> Land | Hauptstadt\n> --: | ---',
  'a setext heading, not a table': 'Astana\n---',
  strikethrough: 'Die Zahl war ~~zehn~~ elf.',
  footnote: 'Nach Angaben des Ministeriums[^1].\n\n[^1]: Pressemitteilung vom 3. März.',
  'task list': '- [x] geprüft\n- [ ] offen',
  'plain Cyrillic text': 'Токаев заявил, что Казахстан не признаёт «ДНР» и «ЛНР».',
};

const withAutolinks: Record<string, string> = {
  'a bare URL': 'Source: https://example.com/news/a_b?id=1.',
  'a www address': 'See www.example.org/page, then reply.',
  'an e-mail address': 'Write to press@example.com today.',
  'an e-mail address written as a character reference': 'Write to press&#64;example.com today.',
  'a URL in Cyrillic text': 'Подробности на https://example.ru/статья.',
  'a URL in a table cell': '| Quelle |\n| --- |\n| www.example.de |',
};

describe('remarkGfmLean', () => {
  it.each(Object.entries(withoutAutolinks))('renders %s as remark-gfm does', async (_, md) => {
    const { site: html, remarkGfm } = await both(md);
    expect(html).toBe(remarkGfm);
  });

  it.each(Object.entries(withAutolinks))('links %s as remark-gfm does', async (_, md) => {
    const { site: html, remarkGfm } = await both(md);
    expect(html).toContain('<a href="');
    expect(html).toBe(remarkGfm);
  });

  it('leaves out autolinks and tables only where they cannot occur', () => {
    const parts = (md: string) => gfmPartsFor(md).length;
    expect(parts(withoutAutolinks['plain Cyrillic text']!)).toBe(3);
    expect(parts(withoutAutolinks['a table without a pipe']!)).toBe(4);
    for (const md of Object.values(withAutolinks)) expect(parts(md)).toBeGreaterThanOrEqual(4);
  });

  it('still has every part of GFM', async () => {
    const { site: html } = await both(Object.values(withoutAutolinks).join('\n\n'));
    expect(html).toContain('<table>');
    expect(html).toContain('<del>zehn</del>');
    expect(html).toContain('data-footnotes');
    expect(html).toContain('type="checkbox"');
  });

  it('keeps the settings and syntax extensions of the other plugins', async () => {
    // remark-directive's syntax (a `:::lang` passage) is still parsed alongside GFM.
    const { site: html } = await both(':::lang{code=de}\nDie Zahl war ~~zehn~~ elf.\n:::');
    expect(html).toContain('lang="de"');
    expect(html).toContain('<del>zehn</del>');
  });
});
