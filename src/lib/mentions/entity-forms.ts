import { createHash } from 'node:crypto';
import { locales } from '../../i18n/locales';
import type { EntityData } from '../../schemas/entity';
import { readEntities } from '../content/read-entities';
import type { MentionEntity } from './alias-index';

/** Every surface form of an entity per language: its name, aliases and inflections. */
export function formsOf(data: EntityData): Record<string, string[]> {
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      [data.names[locale], ...(data.aliases[locale] ?? []), ...(data.inflections[locale] ?? [])],
    ]),
  );
}

/** The entities for the mention plugin, and a digest that changes with any of them. */
export interface MentionEntitySet {
  entities: MentionEntity[];
  digest: string;
}

/**
 * Loads `content/entities` for the Markdown pipeline (astro.config.mjs calls
 * this). Invalid files are left out here rather than thrown on: the content
 * guard reports them, with every other problem, before anything is built.
 */
export async function loadMentionEntities(root: string): Promise<MentionEntitySet> {
  const { entities } = await readEntities(root);
  const list = entities.map((entity) => ({ id: entity.id, forms: formsOf(entity.data) }));
  const digest = createHash('sha256').update(JSON.stringify(list)).digest('hex').slice(0, 16);
  return { entities: list, digest };
}
