import { entitySchema, type EntityData } from '../../schemas/entity';
import type { Problem } from './problem';
import { readYamlCollection, type YamlFile } from './yaml-file';
import { ENTITIES_DIR } from './paths';

/** Re-exported from `paths.ts`, where the content folders are defined. */
export { ENTITIES_DIR };

/** An entity file read and validated on its own. */
export type ReadEntity = YamlFile<EntityData>;

/**
 * Reads and validates every `content/entities/<id>.yaml`, collecting every
 * problem; the config can still load the valid entities when others are not.
 */
export async function readEntities(
  root: string,
): Promise<{ entities: ReadEntity[]; problems: Problem[] }> {
  const { items, problems } = await readYamlCollection(
    root,
    ENTITIES_DIR,
    entitySchema,
    'src/schemas/entity.ts',
  );
  return { entities: items, problems };
}
