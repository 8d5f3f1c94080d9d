/**
 * The render workers (src/astro-patches/glob-with-render-workers.ts) change
 * where the articles' Markdown is rendered, never what comes out: a site built
 * with every article rendered on worker threads is byte for byte the site built
 * with them all on Astro's main thread. Two copies of the project, built by a
 * real `astro build` each; the workers start from the first article
 * (MARKDOWN_RENDERS_BEFORE_WORKERS=0) so the few real articles all go through
 * them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_TIMEOUT, makeSite, removeSites, runAstroBuild } from '../build/test-site';

let withWorkers = '';
let onMainThread = '';
let workersOutput = '';

/** Every file of a built site, relative to its dist/, sorted. */
const filesOf = (dist: string) =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
    .sort();

beforeAll(async () => {
  withWorkers = makeSite('render-workers-on', 'project');
  onMainThread = makeSite('render-workers-off', 'project');
  const on = await runAstroBuild(withWorkers, {
    MARKDOWN_RENDER_WORKERS: '2',
    MARKDOWN_RENDERS_BEFORE_WORKERS: '0',
  });
  expect(on.code, on.output).toBe(0);
  workersOutput = on.output;
  const off = await runAstroBuild(onMainThread, { MARKDOWN_RENDER_WORKERS: '0' });
  expect(off.code, off.output).toBe(0);
  expect(off.output).not.toMatch(/worker threads/);
}, 4 * BUILD_TIMEOUT);

afterAll(removeSites, 60_000);

describe('articles rendered on worker threads', () => {
  test('were rendered there: every article of the copy', () => {
    const articles = readdirSync(join(withWorkers, 'content/articles'), { recursive: true }).filter(
      (file) => String(file).endsWith('.md'),
    );
    expect(articles.length).toBeGreaterThan(0);
    expect(workersOutput).toContain(
      `Rendered ${articles.length} Markdown entries on 2 worker threads.`,
    );
  });

  test('give the same site, byte for byte, as rendering on the main thread', () => {
    const on = join(withWorkers, 'dist');
    const off = join(onMainThread, 'dist');
    const files = filesOf(on);
    expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(100);
    expect(files).toEqual(filesOf(off));
    const different = files.filter(
      (file) => !readFileSync(join(on, file)).equals(readFileSync(join(off, file))),
    );
    expect(different).toEqual([]);
  });
});
