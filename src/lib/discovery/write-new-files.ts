import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes `<dir>/<id>.yaml` for each suggestion an editor is to review, never
 * over a file that is there (an editor's work); returns how many it wrote.
 */
export function writeNewFiles<T extends { id: string }>(
  dir: string,
  suggestions: readonly T[],
  yaml: (suggestion: T) => string,
): number {
  mkdirSync(dir, { recursive: true });
  let written = 0;
  for (const suggestion of suggestions) {
    const path = join(dir, `${suggestion.id}.yaml`);
    if (existsSync(path)) continue;
    writeFileSync(path, yaml(suggestion), { flag: 'wx' });
    written++;
  }
  return written;
}
