/**
 * Fixture tests of `rehypeEntityMentions` (wooorm style): each folder in
 * fixtures/rehype-entity-mentions/ has an `input.md` (front matter gives its
 * language) and the `mentions.json` the plugin must record for it, with the
 * site's real entities from content/entities. Every case also checks that the
 * plugin leaves the rendered HTML exactly as the pipeline without it renders it.
 */
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMentionEntities } from '../../src/lib/mentions/entity-forms';
import { createMarkdownOptions, markdownOptions } from '../../src/plugins/markdown-options';

const dir = new URL('./fixtures/rehype-entity-mentions/', import.meta.url);
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

type Processor = Awaited<ReturnType<typeof createMarkdownProcessor>>;
let withMentions: Processor;
let without: Processor;

beforeAll(async () => {
  withMentions = await createMarkdownProcessor(
    createMarkdownOptions(await loadMentionEntities(process.cwd())),
  );
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
    expect(result.metadata.frontmatter.mentions).toEqual(expected);
    const plain = await without.render(content, { frontmatter });
    expect(result.code).toBe(plain.code);
  });
});
