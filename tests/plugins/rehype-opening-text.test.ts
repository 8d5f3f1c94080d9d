import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/plugins/markdown-options';
import { summaryOf } from '../../src/lib/seo/plain-summary';

async function render(markdown: string, frontmatter: Record<string, unknown>) {
  const processor = await createMarkdownProcessor(markdownOptions);
  return processor.render(markdown, { frontmatter });
}

describe('rehypeOpeningText', () => {
  it('records the first paragraph in the article language, skipping a quotation in another', async () => {
    const markdown = ':::lang{code=en}\n"We stay neutral."\n:::\n\nDer *deutsche*\nText.\n';
    const result = await render(markdown, { lang: 'de', otherLanguages: ['en'] });
    expect(result.metadata.frontmatter.openingText).toBe('Der deutsche Text.');
  });

  it('records nothing for an article without a paragraph, and changes no markup', async () => {
    const result = await render('## Nur eine Überschrift', { lang: 'de' });
    expect(result.metadata.frontmatter.openingText).toBeUndefined();
    expect(result.code).toBe('<h2 id="nur-eine-überschrift">Nur eine Überschrift</h2>');
  });

  it('is what summaryOf gives for an article without a summary', async () => {
    const result = await render('Erster Absatz.\n\nZweiter.', { lang: 'de' });
    const article = {
      data: { lang: 'de' },
      rendered: { html: '<p>not this</p>', metadata: { frontmatter: result.metadata.frontmatter } },
    };
    expect(summaryOf(article)).toBe('Erster Absatz.');
  });
});
