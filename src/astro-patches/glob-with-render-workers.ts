import type { AstroConfig } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { holdStoreSave } from './hold-store-save';
import { describeRenderError } from './render-error';
import { RenderPool, RenderPoolError, type RenderedEntry, type RenderEntry } from './render-pool';
import {
  forgetMissingRenders,
  pruneBeside,
  renderFilesIn,
  RENDERS_DIR,
  storeBeside,
} from './renders-beside-store';

/*
 * Astro patch: the articles' Markdown is rendered on worker threads.
 *
 * What Astro does: its `glob()` loader renders the Markdown of a collection on
 * its main thread, one entry after another, with the render function of the
 * `.md` entry type it finds in the loader context's `entryTypes` (not in
 * Astro's public types, but passed to every loader).
 *
 * What the patch changes: `glob()` is handed an `entryTypes` whose `.md`
 * render function sends entries to a pool of workers (`render-pool.ts`,
 * `markdown-render-worker.ts`) running the same pipeline, while `glob()` reads
 * and validates the next entries. The load is wrapped in `holdStoreSave`, and
 * each render's HTML is kept beside the store (`renders-beside-store.ts`).
 *
 * Worth: at 10,000 articles the articles' load took 43 s instead of 90 s on two
 * cores; the pages are byte for byte the same (tests/astro-patches/render-workers.test.ts).
 *
 * When it can go: when Astro renders content entries in parallel itself.
 */

/** Sets how many worker threads render (0 or 1: none, on the main thread); default: one per core. */
export const WORKERS_ENV = 'MARKDOWN_RENDER_WORKERS';

/** Sets how many entries render on the main thread before workers start (for tests); default 20. */
export const RENDERS_BEFORE_WORKERS_ENV = 'MARKDOWN_RENDERS_BEFORE_WORKERS';

/** Astro's `glob()` options. */
type GlobOptions = Parameters<typeof glob>[0];

/** The part of an Astro content entry type this loader replaces. */
interface EntryType {
  getRenderFunction?(config: AstroConfig): Promise<(entry: RenderEntry) => Promise<RenderedEntry>>;
}

/**
 * The first entries to render are rendered on the main thread, and workers are
 * started only when more come: a worker first loads the whole pipeline and the
 * entities, which is not worth it for the one or two articles a rebuild
 * usually renders.
 */
const RENDERS_BEFORE_WORKERS = 20;

/** What Astro's Markdown entry type passes to `createRenderer` (astro/dist/vite-plugin-markdown/content-entry-type.js). */
export const RENDERER_OPTIONS = ['image', 'syntaxHighlight', 'shikiConfig', 'gfm', 'smartypants'];

/** Those options, read from the same config. */
function rendererOptions(config: AstroConfig): Record<string, unknown> {
  const { markdown, image } = config;
  const { syntaxHighlight, shikiConfig, gfm, smartypants } = markdown;
  return { image, syntaxHighlight, shikiConfig, gfm, smartypants };
}

/** True when `value` can be sent to a worker (no functions, such as a shiki transformer). */
function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** The number of render workers `MARKDOWN_RENDER_WORKERS` asks for; one per core when unset. */
export function workersFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return availableParallelism();
  if (!/^\d+$/.test(value)) {
    throw new Error(
      `${WORKERS_ENV}: expected a whole number of worker threads (0 renders on the main thread), got "${value}".`,
    );
  }
  return Number(value);
}

/** How many entries `MARKDOWN_RENDERS_BEFORE_WORKERS` has rendered on the main thread first; 20 when unset. */
export function rendersBeforeWorkersFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return RENDERS_BEFORE_WORKERS;
  if (!/^\d+$/.test(value)) {
    throw new Error(
      `${RENDERS_BEFORE_WORKERS_ENV}: expected a whole number of entries, got "${value}".`,
    );
  }
  return Number(value);
}

/**
 * Astro's `glob()` loader, with the Markdown of the entries rendered on worker
 * threads (`render-pool.ts`) while it reads and validates the next ones. The
 * entries, their data and the HTML are the same as with `glob()`; only where
 * the pipeline runs differs: on the main thread on a single core or when the
 * Markdown options cannot be sent to a worker, and `glob()` unchanged when
 * Astro no longer hands loaders its entry types. An article whose Markdown
 * fails to render stops a build, named with the error, instead of being
 * published empty.
 */
export function globWithRenderWorkers(
  options: GlobOptions,
  workers = workersFromEnv(process.env[WORKERS_ENV]),
  rendersBeforeWorkers = rendersBeforeWorkersFromEnv(process.env[RENDERS_BEFORE_WORKERS_ENV]),
): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'glob-with-render-workers',
    async load(context) {
      // Not in Astro's public types, but passed to every loader (and used by glob()).
      const entryTypes = (context as { entryTypes?: Map<string, EntryType> }).entryTypes;
      const markdown = entryTypes?.get('.md');
      if (!entryTypes || !markdown?.getRenderFunction) return inner.load(context);
      const root = fileURLToPath(context.config.root);
      const renders = fileURLToPath(new URL(`${RENDERS_DIR}/`, context.config.cacheDir));
      forgetMissingRenders(context.store, renders);
      const data = { root, rendererOptions: rendererOptions(context.config) };
      const useWorkers = workers >= 2 && cloneable(data);
      let pool: RenderPool | undefined;
      let requested = 0;
      let closed = false;
      let warned = false;
      let inPool = 0;
      const failures: string[] = [];
      const inWorkers: EntryType = {
        ...markdown,
        async getRenderFunction(config) {
          const onMainThread = await markdown.getRenderFunction!(config);
          const render = (entry: RenderEntry): Promise<RenderedEntry> => {
            requested += 1;
            if (!useWorkers || closed || requested <= rendersBeforeWorkers) {
              return onMainThread(entry);
            }
            pool ??= new RenderPool(workers, data);
            // If the pool itself fails, the entry still renders, on the main thread.
            return pool.render(entry).then(
              (rendered) => {
                inPool += 1;
                return rendered;
              },
              (error: unknown) => {
                if (!(error instanceof RenderPoolError) || closed) throw error;
                if (!warned) context.logger.warn(`${error.message} Rendering on the main thread.`);
                warned = true;
                return onMainThread(entry);
              },
            );
          };
          // Astro logs a failed render and keeps the entry without its HTML, which
          // would publish an empty article: the failure is kept to stop the build.
          // The HTML goes beside the store (renders-beside-store.ts).
          return (entry) =>
            render(entry)
              .then((rendered) => storeBeside(rendered, renders))
              .catch((error: unknown) => {
                failures.push(describeRenderError(root, entry, error));
                throw error;
              });
        },
      };
      try {
        await holdStoreSave(context.meta, () =>
          inner.load({
            ...context,
            entryTypes: new Map([...entryTypes, ['.md', inWorkers]]),
          } as LoaderContext),
        );
      } finally {
        // Renders after the first sync (a file edited under `astro dev`) stay on the main thread.
        closed = true;
        await pool?.close();
        if (pool) {
          context.logger.info(`Rendered ${inPool} Markdown entries on ${workers} worker threads.`);
        }
      }
      pruneBeside(renders, renderFilesIn(context.store));
      // Under `astro dev` (which watches the files) Astro's own log line is enough.
      if (failures.length > 0 && !context.watcher) {
        throw new Error(
          `The Markdown of ${failures.length} article(s) could not be rendered; nothing was built.\n${failures.join('\n')}`,
        );
      }
    },
  };
}
