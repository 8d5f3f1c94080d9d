import { describe, expect, test, vi } from 'vitest';
import type { PagefindApi, PagefindResult, SearchBackend } from '../../src/scripts/pagefind-api';
import { searchSession, type SearchQuery } from '../../src/scripts/search-session';
import { equivalentTable } from '../../src/lib/search/equivalent-table';
import { conceptCode } from '../../src/lib/search/equivalents';
import { UNDATED, type PageFacts } from '../../src/lib/search/page-languages';
import { queryKey, words } from '../../src/lib/search/search-key';
import { extraKeys } from '../../src/lib/search/stored-keys';

const WAR = conceptCode('word:war');
const table = equivalentTable([
  { id: 'word:war', kind: 'word', forms: { en: ['war'], ru: ['война'], pl: ['wojna'] } },
]);

/** Pages of a fake index: the build gave the code of "war" to every page that names it. */
const articles = [
  { lang: 'de', text: 'Der Text sagt war and peace auf Englisch.', keys: WAR },
  { lang: 'ru', text: 'После войны всё изменилось.', keys: WAR },
  { lang: 'pl', text: 'Koniec wojny był blisko.', keys: WAR },
];

/** Pagefind answering the typed key with the German page, the code with every page. */
function backend() {
  const pages = new Map<string, PageFacts>(
    articles.map((a, i) => [`p${i}`, { lang: a.lang, date: UNDATED }]),
  );
  const results: PagefindResult[] = articles.map((a, i) => ({
    id: `p${i}`,
    score: 1,
    data: vi.fn(async () => ({
      url: `/${a.lang}/articles/p${i}/`,
      content: a.text,
      meta: {
        lang: a.lang,
        title: `Title ${i}`,
        // The search keys the build stores with each page, and the concept code.
        keys: [...words(a.text).flatMap((w) => extraKeys(w, a.lang)), a.keys].join(' '),
      },
    })),
  }));
  const search = vi.fn(async (term: string | null) => ({
    results: term === WAR ? [results[2]!, results[1]!, results[0]!] : [results[0]!],
  }));
  const pagefind: PagefindApi = {
    options: async () => undefined,
    mergeIndex: async () => undefined,
    init: async () => undefined,
    preload: async () => undefined,
    search,
  };
  const loaded: SearchBackend = { pagefind, pages, chunkStarts: [] };
  return { load: async () => loaded, search, results };
}

const query = (text: string): SearchQuery => ({
  type: 'search',
  id: 1,
  query: text,
  languages: [],
  entities: [],
  order: 'relevance',
  pageSize: 10,
});

describe('searchSession with equivalents', () => {
  test('searches the typed word and its concept, own word first, and explains the others', async () => {
    const { load, search } = backend();
    const session = searchSession(load, async (shard) => table.get(shard) ?? {});
    const answer = await session.search(query('war'));
    expect(search.mock.calls.map(([term]) => term).sort()).toEqual([queryKey('war'), WAR].sort());
    if (answer?.type !== 'results') throw new Error('no results');
    expect(answer.results.map((r) => r.lang)).toEqual(['de', 'pl', 'ru']);
    expect(answer.results[0]!.via).toBeUndefined();
    expect(answer.results.slice(1).map((r) => r.via)).toEqual([
      [{ found: 'wojny', lang: 'pl', query: 'war' }],
      [{ found: 'войны', lang: 'ru', query: 'war' }],
    ]);
    // The excerpt marks the found form.
    expect(answer.results[2]!.excerpt).toContainEqual({ text: 'войны', mark: true, lang: 'ru' });
  });

  test('a word without equivalents is searched once, as typed', async () => {
    const { load, search } = backend();
    const session = searchSession(load, async (shard) => table.get(shard) ?? {});
    const answer = await session.search(query('peace'));
    expect(search).toHaveBeenCalledTimes(1);
    if (answer?.type !== 'results') throw new Error('no results');
    expect(answer.results.every((r) => r.via === undefined)).toBe(true);
  });

  test("fetches the typed word's texts while its equivalents' shard still loads", async () => {
    const { load, search, results } = backend();
    let openShard = () => {};
    const shardGate = new Promise<void>((resolve) => (openShard = resolve));
    const session = searchSession(load, async (shard) => {
      await shardGate;
      return table.get(shard) ?? {};
    });
    // Not "war", a German stop word: a query of stop words waits for the shard.
    const answer = session.search(query('wojna'));
    // The typed word is searched and its result's text asked for before the shard is in.
    await vi.waitFor(() => expect(results[0]!.data).toHaveBeenCalled());
    expect(search.mock.calls.map(([term]) => term)).toEqual([queryKey('wojna')]);
    openShard();
    const done = await answer;
    if (done?.type !== 'results') throw new Error('no results');
    // The German page the fake matched for "wojna" lacks it (Pagefind's fallback),
    // but has the concept's code: it stays, after the others, as an equivalent's match.
    expect(done.results.map((r) => r.lang)).toEqual(['pl', 'ru', 'de']);
    expect(done.results[2]!.via).toEqual([{ found: 'war', lang: 'de', query: 'wojna' }]);
    // Each text is fetched once, however early it was asked for.
    expect(results[0]!.data).toHaveBeenCalledTimes(1);
  });

  test('newest first waits for both searches before fetching any text', async () => {
    const { load, results } = backend();
    let openShard = () => {};
    const shardGate = new Promise<void>((resolve) => (openShard = resolve));
    const session = searchSession(load, async (shard) => {
      await shardGate;
      return table.get(shard) ?? {};
    });
    const answer = session.search({ ...query('wojna'), order: 'newest' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(results[0]!.data).not.toHaveBeenCalled();
    openShard();
    expect((await answer)?.type).toBe('results');
  });
});
