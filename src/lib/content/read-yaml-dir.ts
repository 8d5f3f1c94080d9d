import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { slugSchema } from '../../schemas/fields';
import { decodeSource } from './decode-source';
import type { Problem } from './problem';

/** A YAML file found in a content folder, with the id its name gives it. */
export interface YamlSource {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** The file name without `.yaml`. */
  id: string;
  source: string;
}

/**
 * Reads every `<dir>/<id>.yaml` under `root`. The site's collections load only
 * `*.yaml` directly in the folder, so any other file there (a `.yml`, a
 * subfolder) would silently not exist on the site: each is reported instead.
 * A missing folder is no problem: the site then simply has none of these.
 * The ids of files that are not UTF-8 text go into `broken`.
 */
export async function readYamlDir(
  root: string,
  dir: string,
  problems: Problem[],
  broken = new Set<string>(),
): Promise<YamlSource[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(
    () => [],
  );
  const found: YamlSource[] = [];
  const paths = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const path of paths) {
    const file = relative(root, path).split(sep).join('/');
    const name = file.slice(dir.length + 1);
    const id = name.replace(/\.yaml$/, '');
    if (name.includes('/') || !name.endsWith('.yaml')) {
      problems.push({
        file,
        field: 'file',
        message: `expected ${dir}/<id>.yaml (directly in the folder, ending in .yaml)`,
      });
      continue;
    }
    if (!slugSchema.safeParse(id).success) {
      problems.push({
        file,
        field: 'file',
        message: `expected a file name of lowercase Latin letters, digits and hyphens, got "${id}"`,
      });
      continue;
    }
    const source = decodeSource(file, readFileSync(path), problems); // sync: see read-articles.ts
    if (source !== undefined) found.push({ file, id, source });
    else broken.add(id);
  }
  return found;
}
