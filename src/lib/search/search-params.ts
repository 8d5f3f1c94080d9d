import { isLocale, type Locale } from '../../i18n/locales';

/** How results are ordered: by relevance (the default), or newest first. */
export type SearchOrder = 'relevance' | 'newest';

/** What a search page shows, as kept in its URL: `?q=...&lang=ru&lang=pl&entity=tokayev&sort=newest`. */
export interface SearchState {
  /** The query as the reader typed it. */
  query: string;
  /** Languages the results are narrowed to; empty for all. */
  languages: Locale[];
  /** Ids of entities the results must mention (any of them); empty for no such filter. */
  entities: string[];
  /** The order of the results. */
  order: SearchOrder;
}

/**
 * An entity id: the slug rule of `slugSchema` (schemas/fields.ts), as a plain
 * pattern because this module runs in the browser, where zod would be dead weight.
 */
const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the search state from a URL's query string; unknown languages and malformed ids are ignored. */
export function readSearchParams(params: URLSearchParams): SearchState {
  const languages = params.getAll('lang').filter(isLocale);
  const entities = params.getAll('entity').filter((id) => ENTITY_ID.test(id));
  return {
    query: (params.get('q') ?? '').trim(),
    languages: [...new Set(languages)],
    entities: [...new Set(entities)],
    order: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** Writes the search state as a query string, so a search can be bookmarked and shared. */
export function writeSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const language of state.languages) params.append('lang', language);
  for (const entity of state.entities) params.append('entity', entity);
  if (state.order === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}
