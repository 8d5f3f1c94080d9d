import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedEntry } from './render-pool';

/*
 * Astro patch: an article's HTML and search keys are kept beside Astro's
 * content store, not in it.
 *
 * What Astro does: it keeps every entry's render (its HTML and the metadata
 * the Markdown plugins record) in its data store, writes the whole store to
 * disk as one string (`devalue.stringify` in `serializeDataStore`, from
 * `MutableDataStore.writeToDisk`), and a build reads it back as one string.
 * V8 limits a string to 2^29 − 24 characters (about 537 MB): at 12.6 KB an
 * article the store reached that at about 42,000 articles, and the build
 * stopped with "Invalid string length" (docs/performance.md).
 *
 * What the patch changes: the articles' loader (`glob-with-render-workers.ts`)
 * writes each render's HTML and search keys (`searchKeys` in the render's
 * front matter), most of its size, to a file of their own in
 * `<cacheDir>/article-renders/`, named by a hash of what it holds, and keeps
 * in the store the rest of the render and that name (`metadata.renderFile`).
 * Pages take an article through `withRender` (src/lib/article-render.ts),
 * which puts both back, before they read its HTML or call Astro's `render()`.
 * A file no entry names any more is removed after each sync, and an entry
 * whose file is gone is dropped from the store before it, so it renders again.
 *
 * Worth: the store holds about a fifth of what it did, so one build can hold
 * 100,000 articles; and the name changes with the HTML, so the pages' cache
 * keys (src/lib/cache-key.ts) still change with it.
 *
 * When it can go: when Astro's data store is written and read in parts
 * rather than as one string.
 */

/** The folder of the renders, inside Astro's `cacheDir` (cleared with it). */
export const RENDERS_DIR = 'article-renders';

/** What is kept beside the store: the HTML and the search keys of one render. */
interface Outside {
  html: string;
  searchKeys?: unknown;
}

/** The render's front matter (what the Markdown plugins recorded), or an empty one. */
function frontmatterOf(rendered: { metadata?: Record<string, unknown> }): Record<string, unknown> {
  const frontmatter = rendered.metadata?.frontmatter;
  return typeof frontmatter === 'object' && frontmatter !== null
    ? (frontmatter as Record<string, unknown>)
    : {};
}

/**
 * Writes the HTML and search keys of `rendered` into `dir` and returns the
 * render without them, naming the file (see above).
 */
export function storeBeside(rendered: RenderedEntry, dir: string): RenderedEntry {
  const { searchKeys, ...frontmatter } = frontmatterOf(rendered);
  const outside: Outside = { html: rendered.html, searchKeys };
  const text = JSON.stringify(outside);
  const name = createHash('sha256').update(text).digest('base64url').slice(0, 32);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), text);
  return { html: '', metadata: { ...rendered.metadata, frontmatter, renderFile: name } };
}

/** The name of the file `rendered` was kept in, if it was. */
export function renderFileOf(rendered: { metadata?: Record<string, unknown> } | undefined) {
  const name = rendered?.metadata?.renderFile;
  return typeof name === 'string' ? name : undefined;
}

/**
 * `rendered` whole again: its HTML and search keys read back from `dir`.
 * A render that was not kept beside the store is returned as it is.
 */
export function readBeside<T extends { html: string; metadata?: Record<string, unknown> }>(
  rendered: T,
  dir: string,
): T {
  const name = renderFileOf(rendered);
  if (name === undefined) return rendered;
  const { html, searchKeys } = JSON.parse(
    readFileSync(join(dir, `${name}.json`), 'utf8'),
  ) as Outside;
  const frontmatter = {
    ...frontmatterOf(rendered),
    ...(searchKeys === undefined ? {} : { searchKeys }),
  };
  const metadata: Record<string, unknown> = { ...rendered.metadata, frontmatter };
  delete metadata.renderFile;
  return { ...rendered, html, metadata };
}

/** Removes from `dir` every render file not in `names` (the renders of a replaced or deleted article). */
export function pruneBeside(dir: string, names: ReadonlySet<string>): number {
  let removed = 0;
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const file of files) {
    if (file.endsWith('.json') && !names.has(file.slice(0, -'.json'.length))) {
      rmSync(join(dir, file), { force: true });
      removed += 1;
    }
  }
  return removed;
}

/** The part of an Astro loader's store the sync's clean-up uses. */
interface EntryStore {
  values(): { id: string; rendered?: { metadata?: Record<string, unknown> } }[];
  delete(id: string): void;
}

/**
 * Drops from `store` the entries whose render file is no longer in `dir` (a
 * cache folder cleared by hand), so that Astro renders them again rather than
 * publish them without their text; returns how many.
 */
export function forgetMissingRenders(store: EntryStore, dir: string): number {
  const missing = store.values().filter((entry) => {
    const name = renderFileOf(entry.rendered);
    return name !== undefined && !existsSync(join(dir, `${name}.json`));
  });
  for (const entry of missing) store.delete(entry.id);
  return missing.length;
}

/** The names of the render files the entries of `store` use. */
export function renderFilesIn(store: Pick<EntryStore, 'values'>): Set<string> {
  return new Set(store.values().flatMap((entry) => renderFileOf(entry.rendered) ?? []));
}
