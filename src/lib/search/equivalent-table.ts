import {
  CONCEPT_KINDS,
  conceptCode,
  lookupKey,
  shardName,
  shardOf,
  SHARD_COUNT,
  type Concept,
  type TableConcept,
  type TableShard,
} from './equivalents';

/** How many concepts one lookup key keeps: the best few, not every homograph. */
const PER_KEY = 3;

interface Candidate {
  concept: TableConcept;
  /** Lower first: kind, then the form's place in its language's list (first senses first). */
  rank: number;
}

/**
 * The browser's lookup table, split into shards (`shardOf`): for every form
 * of every concept, its lookup key → the concepts it is a form of, best first
 * (an entity before a region before a word; a word whose first form in its
 * language this is before one that lists it later). The search page loads the
 * shards of a query's words only.
 */
export function equivalentTable(concepts: readonly Concept[]): Map<string, TableShard> {
  const byKey = new Map<string, Candidate[]>();
  const codes = new Map<string, string>();
  for (const concept of concepts) {
    const code = conceptCode(concept.id);
    const other = codes.get(code);
    if (other && other !== concept.id)
      throw new Error(`concepts ${other} and ${concept.id} share the code ${code}`);
    codes.set(code, concept.id);
    const forms = Object.fromEntries(
      Object.entries(concept.forms).map(([lang, list]) => [lang, [...(list ?? [])]]),
    );
    const entry: TableConcept = { code, kind: concept.kind, forms };
    const kind = CONCEPT_KINDS.indexOf(concept.kind) * 100;
    for (const list of Object.values(forms)) {
      list.forEach((form, place) => {
        const key = lookupKey(form);
        if (!key) return;
        const candidates = byKey.get(key) ?? [];
        const same = candidates.find((c) => c.concept.code === code);
        const rank = kind + place;
        if (same) same.rank = Math.min(same.rank, rank);
        else candidates.push({ concept: entry, rank });
        byKey.set(key, candidates);
      });
    }
  }
  const shards = new Map<string, TableShard>();
  for (let i = 0; i < SHARD_COUNT; i++) shards.set(shardName(i), {});
  for (const [key, candidates] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const best = candidates.sort((a, b) => a.rank - b.rank).slice(0, PER_KEY);
    shards.get(shardOf(key))![key] = best.map((c) => c.concept);
  }
  return shards;
}
