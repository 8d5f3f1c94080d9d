import { arrayAt, readHead, skipItem } from './cbor-items';
import { withoutSignature } from './pagefind-signature';

/**
 * The words of a Pagefind index chunk, in the chunk's (alphabetical) order,
 * without their pages.
 *
 * Why: Pagefind answers a term that no word it has loaded starts with by the
 * longest loaded word the term starts with (its `find_word_extensions`), and
 * its results do not say which. The search page dropped such answers by
 * fetching the text of one result per bundle (verify-match.ts); knowing the
 * words of the chunks a bundle has loaded, it can tell without a request.
 *
 * Assumes Pagefind 1.6's chunk layout, as frequent-word-chunks.ts does: the
 * inflated file is the signature `pagefind_dcd` and then `[[word…]]`, a word
 * `[text, …]`. Anything else throws (the caller then checks by the texts as
 * before); tests/e2e/pagefind-native-inflate.test.ts reads every chunk of the
 * built site and fails by name when the layout changes. It can go when
 * Pagefind's results say which word they matched, or when it can be told not
 * to fall back.
 */

/** What the words of the index chunks a search has loaded tell (see src/scripts/loaded-words.ts). */
export interface IndexWords {
  /** True once the words of a chunk of `bundle` have been read. */
  knows(bundle: string): boolean;
  /** True when a loaded word of `bundle` starts with `term`. */
  startsAWord(bundle: string, term: string): boolean;
}

const decoder = new TextDecoder();

/** The words of the inflated index chunk `file` (with or without its signature). */
export function chunkWords(file: Uint8Array): string[] {
  const bytes = withoutSignature(file);
  const top = arrayAt(bytes, 0, 'chunk');
  if (top.value !== 1) throw new Error('chunk: one field expected');
  const list = arrayAt(bytes, top.next, 'words');
  const words: string[] = [];
  let pos = list.next;
  for (let i = 0; i < list.value; i += 1) {
    const word = arrayAt(bytes, pos, 'word');
    if (word.value < 1) throw new Error(`word: no text at byte ${pos}`);
    const text = readHead(bytes, word.next);
    if (text.major !== 3) throw new Error(`word: a CBOR text expected at byte ${word.next}`);
    words.push(decoder.decode(bytes.subarray(text.next, text.next + text.value)));
    pos = text.next + text.value;
    for (let field = 1; field < word.value; field += 1) pos = skipItem(bytes, pos);
  }
  return words;
}
