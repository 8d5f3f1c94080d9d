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
  test.each([[[]], [['--later']]])(
    'profiles one search in the search worker (%j)',
    (flags) => {
      const out = profile('Kazakhstan', ...flags);
      expect(out).toMatch(/\(\w+ search\): \d+ ms in the page, [1-9]\d* results/);
      // Pagefind's runtime ran in the profiled worker, as did the site's own worker code.
      expect(out).toContain('Worker profile');
      expect(out).toMatch(/ms {2}\/pagefind\/[a-z]+\/pagefind\.js/);
      expect(out).toMatch(/ms {2}\/_astro\/search-worker-/);
    },
    60_000,
  );
});
