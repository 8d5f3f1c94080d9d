import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { chunkWords } from '../../../src/lib/search/chunk-words';

/** A chunk as Pagefind 1.6 writes one: `[[word…]]`, a word `[text, [[page, locations, meta locations]…]]`. */
const chunk = (words: string[]) => encode([words.map((text, i) => [text, [[i, [1, 2, 300], []]]])]);

const signed = (bytes: Uint8Array) => new Uint8Array([...Buffer.from('pagefind_dcd'), ...bytes]);

describe('chunkWords', () => {
  it('reads the words of a chunk in their order, with or without the signature', () => {
    const words = ['kasah', 'kasahstan', 'москва'];
    expect(chunkWords(chunk(words))).toEqual(words);
    expect(chunkWords(signed(chunk(words)))).toEqual(words);
  });

  it('throws on what is not a chunk as Pagefind 1.6 lays one out', () => {
    expect(() => chunkWords(encode({ words: ['a'] }))).toThrow(/chunk: a CBOR array expected/);
    expect(() => chunkWords(encode([[[7, []]]]))).toThrow(/word: a CBOR text expected/);
  });
});
