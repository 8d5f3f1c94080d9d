/**
 * The content guard (src/integrations/content-guard.ts) must stop `astro build`
 * on bad content, naming every bad file and field, before anything is written.
 *
 * Each case is a copy of the site's sources in `.test-sites/<case>/` (inside the
 * project, so packages resolve from the project's node_modules) with its own
 * content/articles taken from tests/build/fixtures/<fixture>/, built by a real
 * `astro build` in a child process.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITES = join(ROOT, '.test-sites');
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** What of the project a build needs, besides the content. */
const SITE_SOURCES = ['astro.config.mjs', 'src', 'tsconfig.json', 'public'];
const BUILD_TIMEOUT = 120_000;

const created: string[] = [];

/** Copies the site's sources and a fixture's articles into `.test-sites/build-failure-<name>/`. */
function makeSite(name: string, fixture: string): string {
  // Prefixed so that other tests using .test-sites/ never share a folder with these.
  const dir = join(SITES, `build-failure-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  created.push(dir);
  for (const entry of SITE_SOURCES) {
    if (existsSync(join(ROOT, entry)))
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  cpSync(join(FIXTURES, fixture), join(dir, 'content/articles'), { recursive: true });
  return dir;
}

/** Runs `astro build --root <dir>` with this Node; resolves with its exit code and all output. */
function build(dir: string): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  // A build is not a test run: don't let Vitest's variables change how Vite builds.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST') delete env[key];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--root', relative(ROOT, dir)], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      // eslint-disable-next-line no-control-regex
      resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, '') }),
    );
  });
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A report line `content/articles/<file>:<line>  <field>: …` for the file and field. */
function reportLine(file: string, field: string): RegExp {
  return new RegExp(`content/articles/${escape(file)}(?::\\d+)?\\s+${escape(field)}:`);
}

afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  if (existsSync(SITES) && readdirSync(SITES).length === 0) rmdirSync(SITES);
});

describe('astro build with the content guard', () => {
  test(
    'a valid tiny site builds',
    async () => {
      const dir = makeSite('valid', 'valid');
      const { code, output } = await build(dir);
      expect(code, output).toBe(0);
      expect(existsSync(join(dir, 'dist/en/articles/tiny-valid-article/index.html')), output).toBe(
        true,
      );
    },
    BUILD_TIMEOUT,
  );

  test(
    'malformed articles stop the build, each named with its field, and nothing is written',
    async () => {
      const dir = makeSite('malformed', 'malformed');
      const { code, output } = await build(dir);

      expect(code, output).not.toBe(0);
      expect(output).toContain('The content is not valid; nothing was built.');
      const expected: [file: string, field: string][] = [
        ['en/bad-language.md', 'lang'],
        ['en/missing-title.md', 'title'],
        ['en/bad-date.md', 'date'],
        ['de/broken-reference.md', 'translationOf'],
      ];
      for (const [file, field] of expected) {
        expect(output, `the report names ${file} and its field ${field}`).toMatch(
          reportLine(file, field),
        );
      }
      // Two Spanish articles in one group: the second one of them is the problem.
      expect(output, 'the report names a Spanish article of the group and the field group').toMatch(
        /content\/articles\/es\/same-group-(?:one|two)\.md(?::\d+)?\s+group:/,
      );
      // The guard reports every problem at once, and only those: the valid article is not named.
      expect(output).not.toContain('pl/valid-article.md');
      expect(existsSync(join(dir, 'dist')), 'a dist/ folder in the failed site').toBe(false);
    },
    BUILD_TIMEOUT,
  );
});
