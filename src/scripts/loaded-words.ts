import { chunkWords, type IndexWords } from '../lib/search/chunk-words';
import { SEARCH_FOLDER } from '../lib/search/page-languages';
import { startsAnyOf } from '../lib/search/stored-keys';

/** The bundle an index chunk's URL is in: `…/pagefind/<bundle>/index/<file>.pf_index`. */
const CHUNK_URL = new RegExp(`/${SEARCH_FOLDER}/([^/]+)/index/[^/]+\\.pf_index(?:[?#]|$)`);

/** The bundle of an index chunk's URL, or undefined for any other file. */
export function chunkBundle(url: string): string | undefined {
  return CHUNK_URL.exec(url)?.[1];
}

/**
 * The words of the index chunks each Pagefind bundle has loaded in this
 * worker, recorded as they arrive (`record`, called by the search worker's
 * fetch, pagefind-native-inflate.ts). Pagefind searches every word it has
 * loaded, and falls back to a shorter word only when none starts with the
 * term (chunk-words.ts): so these words tell whether a bundle's answer is
 * genuine without fetching one of its texts.
 *
 * Each chunk's words are kept sorted, for a binary search.
 */
export class LoadedWords implements IndexWords {
  readonly #chunks = new Map<string, string[][]>();
  /** Bundles with a chunk that could not be read: their answers are checked by texts. */
  readonly #unread = new Set<string>();

  /** Records the words of the inflated chunk `bytes` fetched from `url`. */
  record(url: string, bytes: Uint8Array): void {
    const bundle = chunkBundle(url);
    if (bundle === undefined) return;
    try {
      // In the order `<` compares, which the lookup below searches by (Pagefind
      // sorts by UTF-8 bytes: the same for the keys searched, which are ASCII).
      const words = chunkWords(bytes).sort();
      const chunks = this.#chunks.get(bundle) ?? [];
      chunks.push(words);
      this.#chunks.set(bundle, chunks);
    } catch {
      this.#unread.add(bundle);
    }
  }

  knows(bundle: string): boolean {
    return this.#chunks.has(bundle) && !this.#unread.has(bundle);
  }

  startsAWord(bundle: string, term: string): boolean {
    return (this.#chunks.get(bundle) ?? []).some((words) => startsAnyOf(words, term));
  }
}

/** The words this worker's Pagefind has loaded. */
export const loadedWords = new LoadedWords();
