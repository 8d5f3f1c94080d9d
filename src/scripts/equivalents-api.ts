import { EQUIVALENTS_FOLDER, type TableShard } from '../lib/search/equivalents';
import { withBase } from '../lib/urls';

const shards = new Map<string, Promise<TableShard>>();

/**
 * One shard of the table of equivalents (see lib/search/equivalents.ts),
 * fetched once per page. Equivalents widen a search; when a shard cannot be
 * loaded the query is searched as typed, and the failure is logged.
 */
export function loadEquivalentShard(shard: string): Promise<TableShard> {
  let loading = shards.get(shard);
  if (!loading) {
    loading = fetch(withBase(`${EQUIVALENTS_FOLDER}/${shard}.json`))
      .then((response) => {
        if (!response.ok) throw new Error(`${shard}.json: HTTP ${response.status}`);
        return response.json() as Promise<TableShard>;
      })
      .catch((error: unknown) => {
        console.error(error);
        shards.delete(shard);
        return {};
      });
    shards.set(shard, loading);
  }
  return loading;
}
