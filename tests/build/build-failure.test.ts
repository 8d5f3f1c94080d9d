/**
 * The content guard (src/integrations/content-guard.ts) must stop `astro build`
 * on bad content, naming every bad file and field, before anything is written;
 * an article whose Markdown still fails to render (src/astro-patches/) stops the
 * build too, instead of being published empty.
 *
 * Each case is a copy of the site's sources in `.test-sites/<case>/` (inside the
 * project, so packages resolve from the project's node_modules) with its own
 * content/articles taken from tests/build/fixtures/<fixture>/, built by a real
 * `astro build` in a child process.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILD_TIMEOUT, makeSite, removeSites, runAstroBuild, runProjectBuild } from './test-site';

/** A copy of the site whose articles are the fixture's. */
function siteWith(name: string, fixture: string): string {
  return makeSite(`build-failure-${name}`, { articles: fixture });
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A report line `content/articles/<file>:<line>  <field>: …` for the file and field. */
function reportLine(file: string, field: string): RegExp {
  return new RegExp(`content/articles/${escape(file)}(?::\\d+)?\\s+${escape(field)}:`);
}

// Deleting the copies (with their Astro caches) can take seconds on a busy machine.
afterAll(removeSites, 60_000);

describe('astro build with the content guard', () => {
  test(
    'a valid tiny site builds',
    async () => {
      const dir = siteWith('valid', 'valid');
      const { code, output } = await runAstroBuild(dir);
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
      const dir = siteWith('malformed', 'malformed');
      const { code, output } = await runAstroBuild(dir);

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

  test(
    'an article whose Markdown fails to render stops the build, named, and nothing is published',
    async () => {
      const dir = siteWith('render-error', 'valid');
      // A bug in a Markdown plugin that the content guard cannot foresee.
      const plugin = join(dir, 'src/plugins/rehype-opening-text.ts');
      const code = readFileSync(plugin, 'utf8').replace(
        'const text = openingText(tree, lang);',
        "const text = openingText(tree, lang);\n    throw new Error('plugin bug for the test');",
      );
      expect(code).toContain('plugin bug for the test');
      writeFileSync(plugin, code);
      const run = await runProjectBuild(dir);
      expect(run.code, run.output).not.toBe(0);
      expect(run.output).toContain('could not be rendered; nothing was built');
      expect(run.output).toMatch(
        /content\/articles\/en\/tiny-valid-article\.md\s+body: .*plugin bug for the test/,
      );
      expect(existsSync(join(dir, 'dist')), 'a dist/ folder in the failed site').toBe(false);
    },
    BUILD_TIMEOUT,
  );

  test(
    'a search index that fails while Astro still renders stops the build at once, and nothing is published',
    async () => {
      const dir = siteWith('index-error', 'valid');
      // A page that Astro renders after the article pages and that takes long:
      // the build must not wait for it once indexing has failed.
      const slow = join(dir, 'src/pages/[lang]/slow/[page].astro');
      mkdirSync(dirname(slow), { recursive: true });
      writeFileSync(
        slow,
        [
          '---',
          "export const getStaticPaths = () => [{ params: { lang: 'en', page: 'one' } }];",
          'await new Promise((resolve) => setTimeout(resolve, 30_000));',
          "console.log('slow page rendered');",
          '---',
          '<p>slow</p>',
        ].join('\n'),
      );
      // Pagefind failing at once, as with a broken install.
      const run = await runProjectBuild(dir, { PAGEFIND_BINARY_PATH: '/bin/false' });
      expect(run.code, run.output).not.toBe(0);
      expect(run.output).toContain('Pagefind failed');
      expect(run.output).toContain('Astro was stopped: the search index failed.');
      expect(run.output, 'Astro rendered the slow page instead of stopping').not.toContain(
        'slow page rendered',
      );
      expect(existsSync(join(dir, 'dist')), 'a dist/ folder in the failed site').toBe(false);
    },
    BUILD_TIMEOUT,
  );

  test(
    'a bad number of Pagefind processes stops the build before it starts, in one line',
    async () => {
      const dir = siteWith('index-jobs', 'valid');
      const run = await runProjectBuild(dir, { SEARCH_INDEX_JOBS: 'all' });
      expect(run.code, run.output).toBe(1);
      expect(run.output).toContain(
        'SEARCH_INDEX_JOBS: expected a whole number of Pagefind processes at a time (at least 1), got "all".',
      );
      expect(run.output).not.toMatch(/\n\s+at /);
      expect(existsSync(join(dir, 'dist')), 'a dist/ folder in the failed site').toBe(false);
    },
    BUILD_TIMEOUT,
  );
});
