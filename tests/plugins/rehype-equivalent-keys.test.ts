import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { createMarkdownOptions } from '../../src/plugins/markdown-options';
import { entityCode } from '../../src/lib/search/equivalent-matcher';
import { conceptCode } from '../../src/lib/search/equivalents';

const options = createMarkdownOptions(
  { entities: [{ id: 'moscow', forms: { de: ['Moskau'], ru: ['Москва'] } }] },
  { concepts: [{ id: 'word:war', kind: 'word', forms: { en: ['war'], de: ['krieg'] } }] },
);

async function keysOf(markdown: string, frontmatter: Record<string, unknown>) {
  const processor = await createMarkdownProcessor(options);
  const result = await processor.render(markdown, { frontmatter });
  return String(result.metadata.frontmatter.searchKeys ?? '').split(' ');
}

describe('rehypeEquivalentKeys', () => {
  it('adds the codes of the entities and words an article names, beside its search keys', async () => {
    const keys = await keysOf('Die Folgen des Krieges für Moskau.', { lang: 'de' });
    expect(keys).toEqual(expect.arrayContaining([entityCode('moscow'), conceptCode('word:war')]));
    expect(keys.length).toBeGreaterThan(2);
  });

  it('reads the title too, and adds nothing for an article naming no concept', async () => {
    expect(await keysOf('Nichts.', { lang: 'de', title: 'Der Krieg' })).toContain(
      conceptCode('word:war'),
    );
    expect((await keysOf('Nichts weiter.', { lang: 'de' })).some((k) => k.startsWith('zz'))).toBe(
      false,
    );
  });
});
