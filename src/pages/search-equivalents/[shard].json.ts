import type { APIRoute, GetStaticPaths } from 'astro';
import { loadConcepts } from '../../lib/search/equivalent-sources';
import { equivalentTable } from '../../lib/search/equivalent-table';
import type { TableShard } from '../../lib/search/equivalents';

/**
 * The shards of the search's lookup table of equivalents (see
 * lib/search/equivalents.ts): the search page loads the shard of each word of
 * a query, never the whole table.
 */
export const getStaticPaths = (async () => {
  // The build runs from the project root (npm scripts, astro build).
  const { concepts } = await loadConcepts(process.cwd());
  return [...equivalentTable(concepts)].map(([shard, table]) => ({
    params: { shard },
    props: { table },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: TableShard }> = ({ props }) =>
  new Response(JSON.stringify(props.table), { headers: { 'Content-Type': 'application/json' } });
