/**
 * A worker thread that runs site discovery (`discoverSiteNames`) for
 * `site-names-in-worker.ts`. It runs in plain Node (which strips the types),
 * outside Vite, so the extensionless imports of `src/` are resolved by the
 * hook of scripts/lib/resolve-typescript.mjs, registered first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { resolveTypeScript } from '../../../scripts/lib/resolve-typescript.mjs';
import type { SiteNamesData } from './site-names';
import type { SiteNamesRequest } from './site-names-in-worker';

resolveTypeScript();

const { root, catalog } = workerData as SiteNamesRequest;
const { discoverSiteNames } = await import('./site-names');
const result: SiteNamesData = await discoverSiteNames(root, catalog);
parentPort!.postMessage(result);
