import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { bodyLineOf } from '../lib/content/front-matter-lines';
import type { RenderEntry } from './render-pool';

/** What a Markdown plugin's error (a VFileMessage) says about where it happened. */
interface PlacedError {
  reason?: string;
  line?: number;
}

/** The line of the file, for a line counted from the start of the entry's body. */
function fileLine(entry: RenderEntry, bodyLine: number): number | undefined {
  if (!entry.filePath || entry.body === undefined) return undefined;
  try {
    return bodyLine + bodyLineOf(readFileSync(entry.filePath, 'utf8'), entry.body) - 1;
  } catch {
    return undefined;
  }
}

/**
 * The report line for an entry whose Markdown failed to render:
 * `file:line  body: …`, with the line of the file, not of the body that the
 * plugins see (Astro renders the text after the front matter).
 */
export function describeRenderError(root: string, entry: RenderEntry, error: unknown): string {
  const file = entry.filePath ? relative(root, entry.filePath) : entry.id;
  const placed = (error ?? {}) as PlacedError;
  const line = typeof placed.line === 'number' ? fileLine(entry, placed.line) : undefined;
  const text =
    typeof placed.reason === 'string' && line !== undefined
      ? // The reason without the plugin's own `path:line:` (a line of the body).
        placed.reason.replace(/^\S+:\d+: /, '')
      : error instanceof Error
        ? error.message
        : String(error);
  const where = line === undefined ? file : `${file}:${line}`;
  return `${where}  body: expected Markdown the site can render, got: ${text.replace(/\s+/g, ' ')}`;
}
