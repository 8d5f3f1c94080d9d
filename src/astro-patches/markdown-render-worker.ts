/**
 * A worker thread that renders Markdown entries with the site's pipeline, for
 * `render-pool.ts`. It runs in plain Node (Node strips the TypeScript types),
 * outside Vite, so the extensionless relative imports of `src/` are resolved
 * by the hook of scripts/lib/resolve-typescript.mjs, registered first.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { resolveTypeScript } from '../../scripts/lib/resolve-typescript.mjs';
import type { RenderRequest, RenderResponse, RenderWorkerData } from './render-pool';

resolveTypeScript();

const { root, rendererOptions } = workerData as RenderWorkerData;
const [{ unified }, { createMarkdownOptions }, { loadMentionEntities }, { loadConcepts }] =
  await Promise.all([
    import('@astrojs/markdown-remark'),
    import('../plugins/markdown-options'),
    import('../lib/mentions/entity-forms'),
    import('../lib/search/equivalent-sources'),
  ]);
// The same processor Astro's Markdown entry type makes from the site's config
// (astro/dist/vite-plugin-markdown/content-entry-type.js), with the same entities.
const processor = unified(
  createMarkdownOptions(await loadMentionEntities(root), await loadConcepts(root)),
);
const renderer = await processor.createRenderer(
  rendererOptions as Parameters<typeof processor.createRenderer>[0],
);

parentPort!.on('message', async ({ id, entry }: RenderRequest) => {
  let response: RenderResponse;
  try {
    const result = await renderer.render(entry.body ?? '', {
      frontmatter: entry.data,
      fileURL: entry.filePath ? pathToFileURL(entry.filePath) : undefined,
    });
    const { localImagePaths, remoteImagePaths } = result.metadata;
    response = {
      id,
      rendered: {
        html: result.code,
        metadata: { ...result.metadata, imagePaths: localImagePaths.concat(remoteImagePaths) },
      },
    };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
parentPort!.postMessage({ ready: true });
