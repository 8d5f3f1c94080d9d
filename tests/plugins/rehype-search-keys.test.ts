import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/plugins/markdown-options';
import { queryKey } from '../../src/lib/search/search-key';

async function keysOf(markdown: string, frontmatter: Record<string, unknown>) {
  const processor = await createMarkdownProcessor(markdownOptions);
  const result = await processor.render(markdown, { frontmatter });
  return String(result.metadata.frontmatter.searchKeys ?? '').split(' ');
}

describe('rehypeSearchKeys', () => {
  it('keys every word of the text so any spelling of a name finds it', async () => {
    const keys = await keysOf('Президент Токаева поручил.', { lang: 'ru' });
    expect(keys.some((key) => key.startsWith(queryKey('Tokajew')))).toBe(true);
    expect(keys.some((key) => key.startsWith(queryKey('поручил')))).toBe(true);
  });

  it('stems a passage in the language it is marked with', async () => {
    // German stemming turns "Grüße" into "gruss", which no other stemmer does and
    // which the text itself ("grüße" once folded) does not start with.
    const gruss = queryKey('Gruss');
    const passage = 'Greetings.\n\n:::lang{code=de}\nViele Grüße.\n:::\n';
    const withPassage = await keysOf(passage, { lang: 'en', otherLanguages: ['de'] });
    expect(withPassage.some((key) => key.startsWith(gruss))).toBe(true);
    const asEnglish = await keysOf('Greetings.\n\nViele Grüße.\n', { lang: 'en' });
    expect(asEnglish.some((key) => key.startsWith(gruss))).toBe(false);
  });

  it('keys the title as well, in the article language', async () => {
    const keys = await keysOf('Поручение.', { lang: 'ru', title: 'Токаева встретили' });
    expect(keys.some((key) => key.startsWith(queryKey('Tokajew')))).toBe(true);
    const untitled = await keysOf('Поручение.', { lang: 'ru' });
    expect(untitled.some((key) => key.startsWith(queryKey('Tokajew')))).toBe(false);
  });

  it('leaves out keys that the text itself gives the index', async () => {
    // "kazachstan" (the stem) starts "kazachstanu", which Pagefind indexes as it stands.
    const keys = await keysOf('W Kazachstanu.', { lang: 'pl' });
    expect(keys).not.toContain('kazachstan');
    expect(keys.some((key) => key.startsWith(queryKey('Kazakhstan')))).toBe(true);
  });

  it('lists each key once and does not change the rendered text', async () => {
    const processor = await createMarkdownProcessor(markdownOptions);
    const result = await processor.render('Astana, Astana.', { frontmatter: { lang: 'en' } });
    expect(result.code).toBe('<p>Astana, Astana.</p>');
    const keys = String(result.metadata.frontmatter.searchKeys).split(' ');
    expect(keys.length).toBe(new Set(keys).size);
  });
});
