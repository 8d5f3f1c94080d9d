import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { loadAnalysis } from '../analysis/analysis-catalog';
import { formsOf } from '../mentions/entity-forms';
import { siteNames, type SiteNames } from './site-names';

let cached: Promise<SiteNames> | undefined;

/** Discovery on the site's articles, once per build (pages of every UI language share it). */
export function loadSiteNames(): Promise<SiteNames> {
  if (import.meta.env.DEV) cached = undefined;
  cached ??= loadAnalysis().then(({ entities }) =>
    siteNames(
      fileURLToPath(root),
      entities.map((entity) => ({ id: entity.id, forms: formsOf(entity.data) })),
    ),
  );
  return cached;
}
