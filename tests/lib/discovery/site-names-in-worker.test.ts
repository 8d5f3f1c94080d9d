import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEntities } from '../../../src/lib/content/read-entities';
import { formsOf } from '../../../src/lib/mentions/entity-forms';
import { discoverSiteNames } from '../../../src/lib/discovery/site-names';
import { siteNamesInWorker } from '../../../src/lib/discovery/site-names-in-worker';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// Reads the project's articles twice and loads CLDR's names and the given-name lists.
describe('siteNamesInWorker', { timeout: 120_000 }, () => {
  it('finds on its own thread the same names, for the same articles, as on the calling thread', async () => {
    const { entities } = await readEntities(root);
    const catalog = entities.map((entity) => ({ id: entity.id, forms: formsOf(entity.data) }));
    const [inWorker, here] = await Promise.all([
      siteNamesInWorker(root, catalog),
      discoverSiteNames(root, catalog),
    ]);
    expect(inWorker.byArticle.size).toBeGreaterThan(0);
    expect([...inWorker.byArticle]).toEqual([...here.byArticle]);
    expect(inWorker.unlisted).toEqual(here.unlisted);
  });

  it('fails with the reason, rather than waiting for ever, when the worker cannot start', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-site-'));
    await expect(siteNamesInWorker(empty, [])).rejects.toThrow(/site-names-worker/);
  });
});
