import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/plugins/markdown-options';
import { readCases } from './fixture-cases';

// The blocks where a German article's text turns English (and back) must start
// with a marker whose id names the language, which the search index keeps with
// its position;
// the site's own pipeline renders the fixtures, since the plugin has to run
// after the sanitiser.
const cases = readCases('rehype-passage-anchors');
const frontmatter = { lang: 'de', otherLanguages: ['en', 'pt-BR'] };

async function render(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor(markdownOptions);
  return (await processor.render(markdown, { frontmatter })).code;
}

describe('rehype-passage-anchors fixtures', () => {
  it('finds the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('$name', async ({ input, expected }) => {
    expect((await render(input)).trim()).toBe(expected.trim());
  });
});
