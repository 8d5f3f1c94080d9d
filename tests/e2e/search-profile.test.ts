/**
 * The benchmark's search profiler (scripts/bench/profile-search.mjs) on the
 * built site: it must reach into the search worker, or its figures in
 * docs/performance.md could not be taken again.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST_DIR, ROOT } from './paths';

function profile(...args: string[]) {
  const script = join(ROOT, 'scripts', 'bench', 'profile-search.mjs');
  const run = spawnSync(process.execPath, [script, DIST_DIR, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('profile-search', () => {
  test('a folder without a built site gets one line and exit 1', () => {
    const script = join(ROOT, 'scripts', 'bench', 'profile-search.mjs');
    const run = spawnSync(process.execPath, [script, join(ROOT, 'no-such-dist'), 'x'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('no built search page (en/search/index.html)'),
    ]);
  });

  test("profiles a first search: Pagefind's runtime and the site's worker code", () => {
    const out = profile('Kazakhstan');
    expect(out).toMatch(/\(first search\): \d+ ms in the page, [1-9]\d* results/);
    expect(out).toContain('Worker profile');
    expect(out).toMatch(/ms {2}\/pagefind\/[a-z]+\/pagefind\.js/);
    expect(out).toMatch(/ms {2}\/_astro\/search-worker-/);
  }, 60_000);

  // A repeated search on the seed site runs for a few milliseconds of worker time,
  // and on a busy machine the sampler catches only some of them: either Pagefind's
  // runtime or the site's worker code shows, not always both. Only idle time would
  // mean the profiler missed the search.
  test('profiles a later search in the same worker', () => {
    const out = profile('Kazakhstan', '--later');
    expect(out).toMatch(/\(later search\): \d+ ms in the page, [1-9]\d* results/);
    expect(out).toContain('Worker profile');
    expect(out).toMatch(/ms {2}\/(_astro\/search-worker-|pagefind\/[a-z]+\/pagefind\.js)/);
  }, 60_000);

  // From the worker's first line, the profile holds the loading of the worker's
  // own script as well as the search: both scripts show.
  test('profiles the search of a ?q= link opened cold, from the worker’s start', () => {
    const out = profile('Kazakhstan', '--link');
    expect(out).toMatch(/\(`\?q=` link\): \d+ ms from navigation, [1-9]\d* results/);
    expect(out).toContain('Worker profile');
    expect(out).toMatch(/ms {2}\/pagefind\/[a-z]+\/pagefind\.js/);
    expect(out).toMatch(/ms {2}\/_astro\/search-worker-/);
  }, 60_000);
});
