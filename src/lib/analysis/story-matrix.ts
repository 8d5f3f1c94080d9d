import type { EntityType } from '../../schemas/entity';
import type { Mention } from '../mentions/collect-mentions';

/** An entity as the matrix needs it. */
export interface MatrixEntity {
  id: string;
  type: EntityType;
  /** Its name in the UI language, for sorting and display. */
  name: string;
}

/** One row of the matrix: an entity and how often each article mentions it. */
export interface MatrixRow {
  entity: MatrixEntity;
  /** Mentions per article, in the order of the matrix's articles; 0 for none. */
  counts: number[];
  /** How many of the articles mention it at all. */
  articles: number;
}

/** The rows of one kind of entity. */
export interface MatrixGroup {
  type: EntityType;
  rows: MatrixRow[];
}

/** The order of the groups: people first, as readers look for them first. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organisation', 'place', 'other'];

/**
 * The matrix of articles against the entities any of them mentions, grouped
 * by kind. Within a group, entities that more articles mention come first, so
 * what all outlets name leads and what only one names (what the others leave
 * out) follows; ties go by name in the UI language's collation.
 */
export function buildStoryMatrix(
  articleIds: readonly string[],
  mentionsOf: (articleId: string) => readonly Mention[],
  entities: readonly MatrixEntity[],
  collator: Intl.Collator,
): MatrixGroup[] {
  const counts = new Map<string, number[]>();
  articleIds.forEach((articleId, column) => {
    for (const mention of mentionsOf(articleId)) {
      const row = counts.get(mention.entity) ?? articleIds.map(() => 0);
      row[column] = (row[column] ?? 0) + mention.count;
      counts.set(mention.entity, row);
    }
  });
  const rows = entities
    .filter((entity) => counts.has(entity.id))
    .map((entity) => {
      const row = counts.get(entity.id)!;
      return { entity, counts: row, articles: row.filter((n) => n > 0).length };
    });
  return ENTITY_TYPES.map((type) => ({
    type,
    rows: rows
      .filter((row) => row.entity.type === type)
      .sort((a, b) => b.articles - a.articles || collator.compare(a.entity.name, b.entity.name)),
  })).filter((group) => group.rows.length > 0);
}
