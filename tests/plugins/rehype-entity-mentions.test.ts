/**
 * Fixture tests of `rehypeEntityMentions` (wooorm style): each folder in
 * fixtures/rehype-entity-mentions/ has an `input.md` (front matter gives its
 * language) and `mentions.json`, what an entity page shows of it, with the
 * site's real entities from content/entities: each entity's count, which the
 * plugin records, and its quotes, which `articleQuotes` finds in the rendered
 * HTML. Every case also checks that the plugin leaves the rendered HTML exactly
 * as the pipeline without it renders it, which those quotes rely on.
 */
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleQuotes } from '../../src/lib/mentions/article-quotes';
import { readMentions } from '../../src/lib/mentions/collect-mentions';
import { loadMentionEntities, type MentionEntitySet } from '../../src/lib/mentions/entity-forms';
import { createMarkdownOptions, markdownOptions } from '../../src/plugins/markdown-options';

const dir = new URL('./fixtures/rehype-entity-mentions/', import.meta.url);
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

type Processor = Awaited<ReturnType<typeof createMarkdownProcessor>>;
let withMentions: Processor;
let without: Processor;
let entities: MentionEntitySet;

beforeAll(async () => {
  entities = await loadMentionEntities(process.cwd());
  withMentions = await createMarkdownProcessor(createMarkdownOptions(entities));
  // The same pipeline minus the mention plugin, which is last.
  without = await createMarkdownProcessor({
    ...markdownOptions,
    rehypePlugins: markdownOptions.rehypePlugins.slice(0, -1),
  });
});

describe('rehypeEntityMentions fixtures', () => {
  it('has cases (guards the tests below)', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  it.each(cases)('%s', async (name) => {
    const source = readFileSync(new URL(`${name}/input.md`, dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`${name}/mentions.json`, dir), 'utf8'));
    const { frontmatter, content } = parseFrontmatter(source);
    const result = await withMentions.render(content, { frontmatter });
    // The render records counts only (Astro keeps it in its content store)…
    const recorded = readMentions(result.metadata.frontmatter.mentions);
    expect(recorded).toEqual(
      expected.map(({ entity, count }: { entity: string; count: number }) => ({ entity, count })),
    );
    // …and the quotes are found in its HTML.
    const quotes = articleQuotes(entities.entities);
    const article = { id: name, lang: String(frontmatter.lang), html: result.code };
    const shown = recorded.map((mention) => ({
      ...mention,
      contexts: quotes(article, mention.entity),
    }));
    expect(shown).toEqual(expected);
    const plain = await without.render(content, { frontmatter });
    expect(result.code).toBe(plain.code);
  });
});
