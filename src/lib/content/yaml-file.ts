import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { locales } from '../../i18n/locales';
import type { Problem } from './problem';
import { readYamlDir } from './read-yaml-dir';
import { firstYamlError } from './yaml-error';

/** A YAML data file read and validated against its schema. */
export interface YamlFile<T> {
  /** The file name without `.yaml`: the id of what it describes. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
  /** Line of a field (`['names', 'pl']`), or of its nearest parent present in the file. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/**
 * Parses `source` with positions kept, so every problem can point at a line:
 * the `yaml` package keeps source ranges that a plain parse (js-yaml, or
 * Astro's own data loader) throws away.
 */
function parseWithLines(source: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let line: number | undefined = node?.range ? lineAt(node.range[0]) : 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
        if (!pair) break;
        if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item?.range) break;
        line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
  return { doc, lineOf };
}

/** How to describe an unknown key at `path` (e.g. which keys are allowed there). */
export type UnknownKeyMessage = (path: readonly (string | number)[], key: string) => string;

/**
 * Validates one YAML data file against `schema`, pushing every problem (YAML
 * syntax, each schema issue, each misspelt key) with its line. Returns the file
 * when it is usable.
 */
export function checkYamlFile<S extends z.ZodType>(
  file: string,
  id: string,
  source: string,
  schema: S,
  problems: Problem[],
  unknownKey: UnknownKeyMessage,
): YamlFile<z.output<S>> | undefined {
  const report = (field: string, message: string, line?: number) =>
    problems.push({ file, line, field, message });
  const { doc, lineOf } = parseWithLines(source);
  if (doc.errors.length > 0) {
    // Only the first: the errors after it are mostly its consequences.
    const error = firstYamlError(source);
    report('file', error?.message ?? 'expected valid YAML', error?.line);
    return undefined;
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          report([...path, key].join('.'), unknownKey(path, key), lineOf([...path, key]));
        }
      } else {
        report(path.join('.') || 'file', issue.message, lineOf(path));
      }
    }
    return undefined;
  }
  return { id, file, data: result.data, lineOf };
}

/**
 * Reads and validates every `<dir>/<id>.yaml` of a YAML collection (entities,
 * stories), collecting every problem. Valid files are returned even when others
 * are not, so the build reports all problems at once. `schemaFile` is named in
 * the message for a misspelt field (`broken` holds the ids of the files that
 * exist but are not valid); a misspelt key deeper down is taken to be a
 * language code (names, titles and aliases are maps by language).
 */
export async function readYamlCollection<S extends z.ZodType>(
  root: string,
  dir: string,
  schema: S,
  schemaFile: string,
): Promise<{ items: YamlFile<z.output<S>>[]; problems: Problem[]; broken: Set<string> }> {
  const unknownKey: UnknownKeyMessage = (path, key) =>
    path.length === 0
      ? `unknown field "${key}"; expected one of the fields documented in ${schemaFile}`
      : `unknown language "${key}"; expected one of the configured languages (${locales.join(', ')})`;
  const problems: Problem[] = [];
  const items: YamlFile<z.output<S>>[] = [];
  const broken = new Set<string>();
  for (const { file, id, source } of await readYamlDir(root, dir, problems, broken)) {
    const item = checkYamlFile(file, id, source, schema, problems, unknownKey);
    if (item) items.push(item);
    else broken.add(id);
  }
  return { items, problems, broken };
}
