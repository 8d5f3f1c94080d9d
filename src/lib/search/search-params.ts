import { isLocale, type Locale } from '../../i18n/locales';

/** What a search page shows, as kept in its URL: `?q=...&lang=ru&lang=pl`. */
export interface SearchState {
  /** The query as the reader typed it. */
  query: string;
  /** Languages the results are narrowed to; empty for all. */
  languages: Locale[];
}

/** Reads the search state from a URL's query string; unknown languages are ignored. */
export function readSearchParams(params: URLSearchParams): SearchState {
  const languages = params.getAll('lang').filter(isLocale);
  return { query: (params.get('q') ?? '').trim(), languages: [...new Set(languages)] };
}

/** Writes the search state as a query string, so a search can be bookmarked and shared. */
export function writeSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const language of state.languages) params.append('lang', language);
  const text = params.toString();
  return text ? `?${text}` : '';
}
