/**
 * What the importer is given: a saved web page (`.html`/`.htm`), a page's
 * address (downloaded with a time limit, a size limit and its own charset), a
 * plain text copied from a page, or a folder of such files. Each becomes one
 * or more inputs with their bytes and kind; every problem is an
 * `ImportError` naming what is wrong.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ImportError } from './decode-text';

/** Largest page or file the importer reads; real article pages are far smaller. */
export const MAX_BYTES = 5 * 1024 * 1024;
/** How long a download may take in all. */
export const DOWNLOAD_TIMEOUT_MS = 20_000;

export interface Input {
  /** How the input is named in messages: the path or the URL. */
  name: string;
  kind: 'page' | 'text';
  bytes: Uint8Array;
  /** For a download: where from and the server's Content-Type. */
  url?: string;
  contentType?: string;
}

const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '']);

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** Reads a response body up to `MAX_BYTES`, refusing a larger one without reading all of it. */
async function readLimited(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_BYTES) throw tooLarge(declared);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > MAX_BYTES) throw tooLarge(size, true);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

const tooLarge = (size: number, more = false) =>
  new ImportError(
    `is ${more ? 'over ' : ''}${(size / 1024 / 1024).toFixed(1)} MB, over the limit of ${MAX_BYTES / 1024 / 1024} MB for one article`,
  );

/** Downloads a page. */
export async function download(url: string): Promise<Input> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new ImportError(
      timedOut
        ? `did not answer within ${DOWNLOAD_TIMEOUT_MS / 1000} s; expected a reachable web page`
        : `could not be reached (${cause ?? (error as Error).message}); expected a reachable web page`,
    );
  }
  if (!response.ok) {
    throw new ImportError(`answered HTTP ${response.status}; expected 200 and an article page`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!/^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType)) {
    throw new ImportError(
      `is ${contentType ? `"${contentType.split(';')[0]}"` : 'of no stated type'}, not an HTML page; expected the address of an article page`,
    );
  }
  const bytes = await readLimited(response);
  return { name: url, kind: 'page', bytes, url: response.url || url, contentType };
}

/** Reads a file whose kind its extension tells. */
async function readInputFile(path: string): Promise<Input> {
  const extension = extname(path).toLowerCase();
  const kind = PAGE_EXTENSIONS.has(extension)
    ? 'page'
    : TEXT_EXTENSIONS.has(extension)
      ? 'text'
      : undefined;
  if (!kind) {
    throw new ImportError(
      `has the extension ${extension}; expected a saved web page (.html, .htm) or a plain text (.txt)`,
    );
  }
  const info = await stat(path);
  if (info.size > MAX_BYTES) throw tooLarge(info.size);
  return { name: path, kind, bytes: await readFile(path) };
}

/**
 * The files an input stands for: itself, or a folder's importable files in
 * name order (other files in it are skipped, not refused).
 */
export async function expandInput(input: string): Promise<string[]> {
  if (isUrl(input)) return [input];
  const info = await stat(input).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError(
      error.code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${error.code})`,
    );
  });
  if (!info.isDirectory()) return [input];
  const names = (await readdir(input)).filter((name) => {
    const extension = extname(name).toLowerCase();
    return (
      !name.startsWith('.') &&
      extension !== '' &&
      (PAGE_EXTENSIONS.has(extension) || TEXT_EXTENSIONS.has(extension))
    );
  });
  if (names.length === 0) {
    throw new ImportError(
      'is a folder with no .html, .htm or .txt files; expected articles to import',
    );
  }
  return names.sort().map((name) => join(input, name));
}

/** Reads one input (a file path or a URL). */
export async function readInput(input: string): Promise<Input> {
  if (isUrl(input)) return download(input);
  try {
    return await readInputFile(input);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`);
  }
}
