import { describe, expect, test, vi } from 'vitest';
import type { PagefindApi, PagefindResult, SearchBackend } from '../../src/scripts/pagefind-api';
import { searchSession, type SearchQuery } from '../../src/scripts/search-session';
import type { PageFacts } from '../../src/lib/search/page-languages';
import { UNDATED } from '../../src/lib/search/page-languages';
import { words } from '../../src/lib/search/search-key';
import { extraKeys } from '../../src/lib/search/stored-keys';

/** An indexed article of the fake index. */
interface FakePage {
  lang: string;
  text: string;
  date?: string;
}

/**
 * A backend over `articles` whose Pagefind returns every article as a match,
 * in the given order (what Pagefind matched is not what is tested here), and
 * waits for `gate` before answering when one is given.
 */
function fakeBackend(articles: FakePage[], gate?: Promise<void>) {
  const pages = new Map<string, PageFacts>(
    articles.map((a, i) => [`p${i}`, { lang: a.lang, date: a.date ?? UNDATED }]),
  );
  const results: PagefindResult[] = articles.map((a, i) => ({
    id: `p${i}`,
    score: articles.length - i,
    data: vi.fn(async () => ({
      url: `/${a.lang}/articles/p${i}/`,
      content: a.text,
      meta: {
        lang: a.lang,
        title: `Title ${i}`,
        // The search keys the build stores with each page (SearchRecord.astro).
        keys: words(a.text)
          .flatMap((word) => extraKeys(word, a.lang))
          .join(' '),
        ...(a.date ? { date: a.date } : {}),
      },
    })),
  }));
  const pagefind: PagefindApi = {
    options: async () => undefined,
    mergeIndex: async () => undefined,
    init: async () => undefined,
    preload: async () => undefined,
    search: vi.fn(async () => {
      await gate;
      return { results };
    }),
  };
  const backend: SearchBackend = { pagefind, pages, chunkStarts: [] };
  return { backend, results, load: vi.fn(async () => backend) };
}

const query = (id: number, text: string, more: Partial<SearchQuery> = {}): SearchQuery => ({
  type: 'search',
  id,
  query: text,
  languages: [],
  entities: [],
  order: 'relevance',
  pageSize: 10,
  ...more,
});

const german = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ lang: 'de', text: `Präsident Tokajew sprach (${i}).` }));

/** A table of equivalents with no entry: each query is searched as typed (no fetch in Node). */
const noEquivalents = async () => ({});

describe('searchSession', () => {
  test('answers with the first page of results and gives the rest page by page', async () => {
    const { load } = fakeBackend(german(25));
    const session = searchSession(load, noEquivalents);
    const first = await session.search(query(1, 'Tokayev'));
    expect(first).toMatchObject({ type: 'results', id: 1, total: 25, more: true });
    if (first?.type !== 'results') throw new Error('no results');
    expect(first.results.map((r) => r.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Title ${i}`),
    );
    // The excerpt marks the article's spelling of the name searched for.
    expect(first.results[0]!.excerpt).toContainEqual({ text: 'Tokajew', mark: true, lang: 'de' });
    expect(await session.more(1, 10)).toMatchObject({ type: 'more', more: true });
    const last = await session.more(1, 10);
    expect(last).toMatchObject({ type: 'more', more: false });
    if (last?.type !== 'more') throw new Error('no more');
    expect(last.results.map((r) => r.title)).toEqual(
      Array.from({ length: 5 }, (_, i) => `Title ${20 + i}`),
    );
  });

  test('counts every language and keeps only the chosen ones', async () => {
    const articles = [...german(3), { lang: 'ru', text: 'Токаев заявил.' }];
    const session = searchSession(fakeBackend(articles).load, noEquivalents);
    const answer = await session.search(query(1, 'Tokayev', { languages: ['ru'] }));
    expect(answer).toMatchObject({ counts: { de: 3, ru: 1 }, total: 1, more: false });
    if (answer?.type !== 'results') throw new Error('no results');
    expect(answer.results.map((r) => r.url)).toEqual(['/ru/articles/p3/']);
  });

  test("drops a language whose first match lacks the query's words (Pagefind's fallback)", async () => {
    const articles = [...german(2), { lang: 'pl', text: 'Są to inne słowa.' }];
    const session = searchSession(fakeBackend(articles).load, noEquivalents);
    const answer = await session.search(query(1, 'Tokayev'));
    expect(answer).toMatchObject({ counts: { de: 2 }, total: 2 });
  });

  test('drops a bundle whose loaded index words no key starts, without fetching its text', async () => {
    const articles = [...german(2), { lang: 'pl', text: 'Są to inne słowa.' }];
    const fake = fakeBackend(articles);
    // Pagefind has loaded German words that start the key, and Polish ones that do not.
    fake.backend.words = {
      knows: () => true,
      startsAWord: (bundle, term) => bundle === 'de' && term.length > 0,
    };
    const answer = await searchSession(fake.load, noEquivalents).search(query(1, 'Tokayev'));
    expect(answer).toMatchObject({ counts: { de: 2 }, total: 2 });
    expect(fake.results[2]!.data).not.toHaveBeenCalled();
  });

  test('newest first puts the dated articles first, the undated last', async () => {
    const articles = [
      { lang: 'de', text: 'Tokajew', date: '2023-06' },
      { lang: 'de', text: 'Tokajew' },
      { lang: 'de', text: 'Tokajew', date: '2024-01-05' },
    ];
    const session = searchSession(fakeBackend(articles).load, noEquivalents);
    const answer = await session.search(query(1, 'Tokayev', { order: 'newest' }));
    if (answer?.type !== 'results') throw new Error('no results');
    expect(answer.results.map((r) => r.date)).toEqual(['2024-01-05', '2023-06', undefined]);
  });

  test('pages of results come in the order they were asked for', async () => {
    const { load, results } = fakeBackend(german(30));
    const session = searchSession(load, noEquivalents);
    await session.search(query(1, 'Tokayev'));
    // The second page's texts come in at once, the first's only later.
    let release!: () => void;
    const late = new Promise<void>((resolve) => (release = resolve));
    for (const result of results.slice(10, 20)) {
      const data = result.data;
      result.data = async () => {
        await late;
        return data();
      };
    }
    const answers: string[] = [];
    const second = session.more(1, 10);
    const third = session.more(1, 10);
    void second.then((a) => a?.type === 'more' && answers.push(a.results[0]!.title));
    void third.then((a) => a?.type === 'more' && answers.push(a.results[0]!.title));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([second, third]);
    expect(answers).toEqual(['Title 10', 'Title 20']);
  });

  test('"More" whose texts fail to load gives the same results when asked again', async () => {
    const { load, results } = fakeBackend(german(15));
    const session = searchSession(load, noEquivalents);
    await session.search(query(1, 'Tokayev'));
    const data = results[12]!.data;
    results[12]!.data = async () => {
      throw new Error('offline');
    };
    await expect(session.more(1, 10)).rejects.toThrow('offline');
    results[12]!.data = data;
    const retry = await session.more(1, 10);
    if (retry?.type !== 'more') throw new Error('no more');
    expect(retry.results.map((r) => r.title)).toEqual(
      [10, 11, 12, 13, 14].map((i) => `Title ${i}`),
    );
    expect(retry.more).toBe(false);
  });

  test('a newer search supersedes an older one still running, and its "more"', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { load } = fakeBackend(german(12), gate);
    const session = searchSession(load, noEquivalents);
    const older = session.search(query(1, 'Tokayev'));
    const newer = session.search(query(2, 'Tokajew'));
    open();
    expect(await older).toBeUndefined();
    expect(await newer).toMatchObject({ type: 'results', id: 2, total: 12 });
    expect(await session.more(1, 10)).toBeUndefined();
    expect(await session.more(2, 10)).toMatchObject({ type: 'more', id: 2, more: false });
  });

  test('a query without words and without an entity filter searches nothing', async () => {
    const { load } = fakeBackend(german(1));
    const session = searchSession(load, noEquivalents);
    expect(await session.search(query(3, ' – '))).toEqual({
      type: 'idle',
      id: 3,
      reason: 'no-word',
    });
    expect(load).not.toHaveBeenCalled();
  });

  test('a query of only the most frequent words searches nothing, and says why', async () => {
    const { load } = fakeBackend(german(1));
    const session = searchSession(load, noEquivalents);
    expect(await session.search(query(4, 'der die das'))).toEqual({
      type: 'idle',
      id: 4,
      reason: 'common-words',
    });
    expect(load).not.toHaveBeenCalled();
  });

  test('a query whose only key is one letter ("aaaa", "ss") finds nothing rather than everything', async () => {
    const { load } = fakeBackend(german(3));
    const session = searchSession(load, noEquivalents);
    for (const [id, text] of [
      [5, 'aaaa'],
      [6, 'ss'],
      [7, 'a'.repeat(10_000)],
    ] as const) {
      expect(await session.search(query(id, text))).toMatchObject({ type: 'results', total: 0 });
    }
    expect(load).not.toHaveBeenCalled();
  });

  test('an entity filter alone lists its articles, newest first', async () => {
    const articles = [
      { lang: 'de', text: 'A', date: '2020' },
      { lang: 'es', text: 'B', date: '2022-02-02' },
    ];
    const { backend, load } = fakeBackend(articles);
    const session = searchSession(load, noEquivalents);
    const answer = await session.search(query(1, '', { entities: ['tokayev'] }));
    expect(backend.pagefind.search).toHaveBeenCalledWith(null, {
      filters: { entity: { any: ['tokayev'] } },
    });
    if (answer?.type !== 'results') throw new Error('no results');
    expect(answer.results.map((r) => r.lang)).toEqual(['es', 'de']);
  });
});
