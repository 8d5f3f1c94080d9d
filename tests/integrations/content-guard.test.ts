import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentGuard } from '../../src/integrations/content-guard';

type Setup = (params: unknown) => Promise<void>;

describe('contentGuard', () => {
  it('keeps the articles it validated for the integrations that run after the pages', async () => {
    const guard = contentGuard();
    expect(guard.articles()).toBeUndefined();
    const setup = guard.hooks['astro:config:setup'] as unknown as Setup;
    await setup({
      config: { root: pathToFileURL(`${process.cwd()}/`) },
      command: 'build',
      logger: { warn: () => {} },
    });
    const articles = await guard.articles();
    const files = readdirSync(join(process.cwd(), 'content/articles'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.md'));
    expect(articles?.map((a) => `${a.id}.md`).sort()).toEqual(files.sort());
    // Only what the sitemap needs is kept, not the text.
    expect(Object.keys(articles?.[0] ?? {}).sort()).toEqual(['data', 'id']);
  });
});
