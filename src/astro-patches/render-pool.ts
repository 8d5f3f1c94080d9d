import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A pool of worker threads that render Markdown entries with the site's
 * pipeline (`markdown-render-worker.ts`), for the Astro patch in
 * `glob-with-render-workers.ts`: Astro renders the Markdown of a collection on
 * its main thread, one entry after another, and at 10,000 articles that was
 * most of a cold build's content sync. The workers render on the other cores
 * meanwhile.
 */

/** One entry to render: what Astro passes to a Markdown render function. */
export interface RenderEntry {
  id: string;
  body?: string;
  data: Record<string, unknown>;
  filePath?: string;
}

/** What a render function gives back to Astro's data store. */
export interface RenderedEntry {
  html: string;
  metadata: Record<string, unknown>;
}

/** What a worker is started with. */
export interface RenderWorkerData {
  /** The project root: the worker loads the mentioned entities from its content. */
  root: string;
  /** The options Astro gives the Markdown processor's `createRenderer` (image, shiki, gfm...). */
  rendererOptions: Record<string, unknown>;
}

/** A message to a worker. */
export interface RenderRequest {
  id: number;
  entry: RenderEntry;
}

/** A worker's answer: the rendered entry, or the message of the error rendering it threw. */
export type RenderResponse =
  | { id: number; rendered: RenderedEntry; error?: undefined }
  | { id: number; error: string; rendered?: undefined };

/**
 * The pool itself failed (a worker could not start, crashed or was stopped):
 * unlike an error of the Markdown pipeline, the entry may still render fine on
 * the main thread.
 */
export class RenderPoolError extends Error {
  override name = 'RenderPoolError';
}

const WORKER_FILE = join(fileURLToPath(new URL('.', import.meta.url)), 'markdown-render-worker.ts');

/**
 * A worker's heap is capped: V8 sizes a heap by the machine's memory and
 * collects garbage lazily, so on a 24 GB machine two uncapped workers let the
 * build's peak grow by about 800 MB at 10,000 articles, past its 4 GB budget.
 * Rendering one article needs a few MB; what stays is the pipeline and caches.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 384 };

/** Renders entries on `size` worker threads, each entry on the worker with the fewest waiting. */
export class RenderPool {
  #workers: { worker: Worker; waiting: number }[] = [];
  #pending = new Map<number, { resolve: (r: RenderedEntry) => void; reject: (e: Error) => void }>();
  #nextId = 0;
  #broken: RenderPoolError | undefined;

  constructor(size: number, data: RenderWorkerData) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_FILE, { workerData: data, resourceLimits: WORKER_LIMITS });
      const slot = { worker, waiting: 0 };
      worker.on('message', (message: RenderResponse | { ready: true }) => {
        if (!('id' in message)) return;
        slot.waiting -= 1;
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (message.error !== undefined) pending?.reject(new Error(message.error));
        else pending?.resolve(message.rendered);
      });
      // A worker that fails to start or dies breaks the pool: what was given to
      // it, and everything after, fails with a RenderPoolError.
      worker.on('error', (error) => this.#break(`a worker failed: ${String(error)}`));
      worker.on('exit', (code) => this.#break(`a worker stopped (exit code ${code})`));
      this.#workers.push(slot);
    }
  }

  /**
   * Renders one entry. Rejects with the pipeline's error message when it
   * throws, and with a RenderPoolError when the pool cannot render at all.
   */
  render(entry: RenderEntry): Promise<RenderedEntry> {
    if (this.#broken) return Promise.reject(this.#broken);
    const slot = this.#workers.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    const id = this.#nextId++;
    slot.waiting += 1;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, entry } satisfies RenderRequest);
    });
  }

  /** Stops the workers; renders still waiting are rejected. */
  async close(): Promise<void> {
    this.#break('the pool was closed');
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }

  #break(reason: string) {
    this.#broken ??= new RenderPoolError(`Markdown render pool: ${reason}.`);
    for (const { reject } of this.#pending.values()) reject(this.#broken);
    this.#pending.clear();
  }
}
