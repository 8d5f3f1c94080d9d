/**
 * Shared by the plugin runners: wooorm-style fixture folders
 * (`fixtures/<plugin>/<case>/input.md` + `output.html`) and a minimal pipeline
 * around one plugin, so a fixture shows exactly what that plugin does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import type { Root } from 'mdast';

export interface FixtureCase {
  /** Folder name, used as the test name. */
  name: string;
  input: string;
  expected: string;
}

/** Every case folder of `plugin`, in name order; a new folder is a new test. */
export function readCases(plugin: string): FixtureCase[] {
  const dir = new URL(`./fixtures/${plugin}/`, import.meta.url);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      input: readFileSync(new URL(`${name}/input.md`, dir), 'utf8'),
      expected: readFileSync(new URL(`${name}/output.html`, dir), 'utf8'),
    }));
}

/** remark-parse + remark-directive + `plugin` + remark-rehype + rehype-stringify. */
export function processorFor(plugin: Plugin<[], Root>) {
  return unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(plugin)
    .use(remarkRehype)
    .use(rehypeStringify);
}
