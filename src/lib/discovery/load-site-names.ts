import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { loadAnalysis } from '../analysis/analysis-catalog';
import { formsOf } from '../mentions/entity-forms';
import { siteNamesOf, type SiteNames } from './site-names';
import { siteNamesInWorker } from './site-names-in-worker';

let cached: Promise<SiteNames> | undefined;

/**
 * Discovery on the site's articles, once per build (pages of every UI
 * language share it), on a worker thread.
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

/**
 * Starts discovery ahead of the first page that shows names, so that it runs
 * beside the pages rendered before it. Not in `astro dev`, which renders one
 * page a request and would run it for every page. A failure is reported by
 * the first page that waits for the names.
 */
export function startSiteNames(): void {
  if (!import.meta.env.DEV) loadSiteNames().catch(() => {});
}
