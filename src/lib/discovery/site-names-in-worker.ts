import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MentionEntity } from '../mentions/alias-index';
import type { SiteNamesData } from './site-names';

/** What the worker is started with: the project root and the catalog's entities. */
export interface SiteNamesRequest {
  root: string;
  catalog: readonly MentionEntity[];
}

/**
 * Runs site discovery on a worker thread. In a build it reads every article
 * while Astro renders pages on the main thread, where it took twice its own
 * time: its garbage was collected with the build's whole heap (the content
 * store, rendered pages), and it held up the pages. On its own thread it has
 * a small heap of its own and runs on the core Astro leaves idle.
 */
export function siteNamesInWorker(
  root: string,
  catalog: readonly MentionEntity[],
): Promise<SiteNamesData> {
  // Found from the project root, not this module's URL: in a build this module
  // is bundled into Astro's output, away from the worker's source file.
  const file = join(root, 'src', 'lib', 'discovery', 'site-names-worker.ts');
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { root, catalog } satisfies SiteNamesRequest });
    worker.once('message', (result: SiteNamesData) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`site discovery's worker stopped (exit code ${code}) before it answered`)),
    );
  });
}
