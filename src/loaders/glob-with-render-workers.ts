import type { AstroConfig } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { RenderPool, RenderPoolError, type RenderedEntry, type RenderEntry } from './render-pool';

/** Sets how many worker threads render (0 or 1: none, on the main thread); default: one per core. */
export const WORKERS_ENV = 'MARKDOWN_RENDER_WORKERS';

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

/** What Astro's Markdown entry type passes to `createRenderer`, read from the same config. */
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

/**
 * Astro's `glob()` loader, with the Markdown of the entries rendered on worker
 * threads (`render-pool.ts`) while it reads and validates the next ones. The
 * entries, their data and the HTML are the same as with `glob()`; only where
 * the pipeline runs differs. Falls back to `glob()` unchanged on a single core,
 * when the Markdown options cannot be sent to a worker, or when Astro no longer
 * hands loaders its entry types.
 */
export function globWithRenderWorkers(
  options: GlobOptions,
  workers = Number(process.env[WORKERS_ENV] || availableParallelism()),
): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'glob-with-render-workers',
    async load(context) {
      // Not in Astro's public types, but passed to every loader (and used by glob()).
      const entryTypes = (context as { entryTypes?: Map<string, EntryType> }).entryTypes;
      const markdown = entryTypes?.get('.md');
      const data = {
        root: fileURLToPath(context.config.root),
        rendererOptions: rendererOptions(context.config),
      };
      if (!entryTypes || !markdown?.getRenderFunction || !(workers >= 2) || !cloneable(data)) {
        return inner.load(context);
      }
      let pool: RenderPool | undefined;
      let requested = 0;
      let closed = false;
      let warned = false;
      let inPool = 0;
      const inWorkers: EntryType = {
        ...markdown,
        async getRenderFunction(config) {
          const onMainThread = await markdown.getRenderFunction!(config);
          return (entry) => {
            requested += 1;
            if (closed || requested <= RENDERS_BEFORE_WORKERS) return onMainThread(entry);
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
        },
      };
      try {
        await inner.load({
          ...context,
          entryTypes: new Map([...entryTypes, ['.md', inWorkers]]),
        } as LoaderContext);
      } finally {
        // Renders after the first sync (a file edited under `astro dev`) stay on the main thread.
        closed = true;
        await pool?.close();
        if (pool) {
          context.logger.info(`Rendered ${inPool} Markdown entries on ${workers} worker threads.`);
        }
      }
    },
  };
}
