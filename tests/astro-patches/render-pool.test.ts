import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { RenderPool, RenderPoolError, type RenderEntry } from '../../src/astro-patches/render-pool';
import { loadMentionEntities } from '../../src/lib/mentions/entity-forms';
import { loadConcepts } from '../../src/lib/search/equivalent-sources';
import { createMarkdownOptions } from '../../src/plugins/markdown-options';

const root = process.cwd();
const dir = join(root, 'content/articles');
/** Every real article, as Astro's glob loader hands it to a render function. */
const entries: RenderEntry[] = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, file), 'utf8'));
    return { id: file, body: content.trim(), data: frontmatter, filePath: join(dir, file) };
  });

const pool = new RenderPool(2, { root, rendererOptions: {} });
afterAll(() => pool.close());

// Each worker loads the entity catalog and the search equivalents (CLDR names
// and the lexicon) before its first render: seconds on a busy machine.
describe('RenderPool', { timeout: 60_000 }, () => {
  it('renders every article exactly as the pipeline does on the main thread', async () => {
    expect(entries.length).toBeGreaterThan(0);
    const renderer = await unified(
      createMarkdownOptions(await loadMentionEntities(root), await loadConcepts(root)),
    ).createRenderer({});
    const inWorkers = await Promise.all(entries.map((entry) => pool.render(entry)));
    for (const [i, entry] of entries.entries()) {
      const main = await renderer.render(entry.body!, {
        frontmatter: entry.data,
        fileURL: pathToFileURL(entry.filePath!),
      });
      expect(inWorkers[i]!.html, entry.id).toBe(main.code);
      // The plugins' findings (search keys, mentions, opening text) come back too.
      expect(inWorkers[i]!.metadata.frontmatter, entry.id).toEqual(main.metadata.frontmatter);
      expect(inWorkers[i]!.metadata.headings, entry.id).toEqual(main.metadata.headings);
    }
    // Two workers each load the whole pipeline first: slow on a busy machine.
  }, 120_000);

  it('keeps unsafe Markdown as harmless in a worker as on the main thread', async () => {
    const { html } = await pool.render({
      id: 'unsafe',
      body: 'Text <script>alert(1)</script> [link](javascript:alert(1))',
      data: {},
    });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
  });

  it('rejects with the error the pipeline threw, and goes on rendering', async () => {
    const passage = ':::lang{code="en"}\nAn English passage.\n:::';
    await expect(pool.render({ id: 'bad', body: passage, data: {} })).rejects.toThrow(
      /expected otherLanguages to include "en"/,
    );
    const { html } = await pool.render({
      id: 'ok',
      body: passage,
      data: { otherLanguages: ['en'] },
    });
    expect(html).toContain('lang="en"');
  });

  it('fails renders with a RenderPoolError once stopped, instead of leaving them waiting', async () => {
    const stopped = new RenderPool(1, { root, rendererOptions: {} });
    const waiting = expect(stopped.render(entries[0]!)).rejects.toBeInstanceOf(RenderPoolError);
    await stopped.close();
    await waiting;
    await expect(stopped.render(entries[0]!)).rejects.toBeInstanceOf(RenderPoolError);
  });
});
