import type { ExcerptPart } from '../lib/search/excerpt';
import type { QueryProblem } from '../lib/search/query-check';
import type { SearchSteps } from './search-steps';
import type { MatchedVia } from '../lib/search/expanded-results';

/**
 * The messages between the search page and its search worker
 * (`search-worker.ts`). The worker runs Pagefind and everything that looks at
 * all the matches (the language counts, the date order, the check of each
 * language's first match) and builds the excerpts; the page only shows what it
 * gets, so typing never waits for a search.
 */

/** What the page asks for. */
export type SearchRequest =
  /** Load Pagefind and its index files now: a search is coming. */
  | { type: 'warm' }
  /** Search; the answer replaces every earlier search's. */
  | {
      type: 'search';
      /** Increases with every request; an answer carries the id of its request. */
      id: number;
      /** What the reader typed. */
      query: string;
      /** Languages to show (none: all). */
      languages: string[];
      /** Entity ids every result must mention. */
      entities: string[];
      order: 'relevance' | 'newest';
      /** How many results the first answer shows. */
      pageSize: number;
    }
  /** The next `pageSize` results of search `id`. */
  | { type: 'more'; id: number; pageSize: number };

/** One result as the page shows it. */
export interface ResultView {
  url: string;
  /** The article's title (its URL when the index has none). */
  title: string;
  /** The article's language. */
  lang: string;
  outlet?: string;
  /** The publication date as the article gives it (`2024`, `2024-03` or `2024-03-05`). */
  date?: string;
  /** The excerpt with its matched words, each part in its own language. */
  excerpt: ExcerptPart[];
  /** For a result found only through equivalents: which of its words stand for which query words. */
  via?: MatchedVia[];
}

/** What the worker answers. */
export type SearchResponse =
  /**
   * The query has no words to search for and no entity filter: nothing to
   * show, and `reason` says why when the reader typed something.
   */
  | { type: 'idle'; id: number; reason?: QueryProblem }
  | {
      type: 'results';
      id: number;
      /** The keys searched for (see lib/search/search-key.ts). */
      keys: string[];
      /** Matches per language, whatever the language filter (each is what choosing it shows). */
      counts: Record<string, number>;
      /** How many results the language filter keeps. */
      total: number;
      /** The first page of them. */
      results: ResultView[];
      /** Whether there are more to fetch. */
      more: boolean;
      /** How long each step took in the worker (see search-steps.ts). */
      steps?: SearchSteps;
    }
  | { type: 'more'; id: number; results: ResultView[]; more: boolean }
  | { type: 'error'; id: number; message: string };
