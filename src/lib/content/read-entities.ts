import { locales } from '../../i18n/locales';
import { entitySchema, type EntityData } from '../../schemas/entity';
import type { Problem } from './problem';
import { readYamlDir } from './read-yaml-dir';
import { checkYamlFile, type YamlFile } from './yaml-file';

/** Where the entities live, relative to the project root. */
export const ENTITIES_DIR = 'content/entities';

/** An entity file read and validated on its own. */
export type ReadEntity = YamlFile<EntityData>;

/** Unknown keys: at the top, a misspelt field; below, a language that is not configured. */
function unknownKey(path: readonly (string | number)[], key: string): string {
  return path.length === 0
    ? `unknown field "${key}"; expected one of the fields documented in src/schemas/entity.ts`
    : `unknown language "${key}"; expected one of the configured languages (${locales.join(', ')})`;
}

/**
 * Reads and validates every `content/entities/<id>.yaml`, collecting every
 * problem. Valid entities are returned even when others are not, so the build
 * can report all problems at once and the config can still load the rest.
 */
export async function readEntities(
  root: string,
): Promise<{ entities: ReadEntity[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const entities: ReadEntity[] = [];
  for (const { file, id, source } of await readYamlDir(root, ENTITIES_DIR, problems)) {
    const entity = checkYamlFile(file, id, source, entitySchema, problems, unknownKey);
    if (entity) entities.push(entity);
  }
  return { entities, problems };
}
