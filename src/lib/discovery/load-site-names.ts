import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { loadAnalysis } from '../analysis/analysis-catalog';
import { formsOf } from '../mentions/entity-forms';
import { siteNamesOf, type SiteNames } from './site-names';
import { siteNamesInWorker } from './site-names-in-worker';

let cached: Promise<SiteNames> | undefined;

/**
 * Discovery on the site's articles, once per build (pages of every UI
 * language share it), on a worker thread. Call it early (without waiting) to
 * have it ready when the first page that shows names renders.
 */
export function loadSiteNames(): Promise<SiteNames> {
  if (import.meta.env.DEV) cached = undefined;
  cached ??= loadAnalysis()
    .then(({ entities }) =>
      siteNamesInWorker(
        fileURLToPath(root),
        entities.map((entity) => ({ id: entity.id, forms: formsOf(entity.data) })),
      ),
    )
    .then(siteNamesOf);
  return cached;
}
