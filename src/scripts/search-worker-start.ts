/**
 * The search worker's first module: it starts loading Pagefind, its bundles
 * and the tables (pagefind-api.ts) before the rest of the worker's code is
 * evaluated. Setting up the search keys' stemmers and transliteration tables
 * takes tens of milliseconds, and a search opened from a `?q=` link waited
 * for it before its first request (docs/performance.md). The worker runs on
 * the search page only, where a search is what comes next.
 */
import { loadSearch } from './pagefind-api';
import { loadedWords } from './loaded-words';
import { inflatePagefindNatively } from './pagefind-native-inflate';

// Before Pagefind loads: its files are inflated by the browser from the first
// one on, and the words of its index chunks recorded.
inflatePagefindNatively(self as unknown as { fetch: typeof fetch }, (url, bytes) =>
  loadedWords.record(url, bytes),
);
// A failure is reported by the search that needs Pagefind next, which loads it again.
loadSearch().catch(() => undefined);
