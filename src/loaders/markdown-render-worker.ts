/**
 * A worker thread that renders Markdown entries with the site's pipeline, for
 * `render-pool.ts`. It runs in plain Node (Node strips the TypeScript types),
 * outside Vite, so the extensionless relative imports of `src/` are resolved
 * here by trying `.ts`.
 */
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { RenderRequest, RenderResponse, RenderWorkerData } from './render-pool';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        // Not a TypeScript file: resolved as written below.
      }
    }
    return nextResolve(specifier, context);
  },
});

const { root, rendererOptions } = workerData as RenderWorkerData;
const [{ unified }, { createMarkdownOptions }, { loadMentionEntities }, { loadConcepts }] =
  await Promise.all([
    import('@astrojs/markdown-remark'),
    import('../plugins/markdown-options.ts'),
    import('../lib/mentions/entity-forms.ts'),
    import('../lib/search/equivalent-sources.ts'),
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
