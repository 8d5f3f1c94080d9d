import { encode } from 'cborg';
import { describe, expect, test } from 'vitest';
import { chunkBundle, LoadedWords } from '../../src/scripts/loaded-words';

const chunk = (words: string[]) => encode([words.map((text) => [text, [[0, [1], []]]])]);

describe('LoadedWords', () => {
  test('knows a bundle once one of its chunks is read, and which words it starts', () => {
    const words = new LoadedWords();
    expect(words.knows('en.2')).toBe(false);
    words.record('/news/pagefind/en.2/index/zxx_1a.pf_index', chunk(['sa', 'sankcii', 'sankt']));
    words.record('/news/pagefind/en.2/index/zxx_2b.pf_index?x=1', chunk(['zz', 'zzabcdefg']));
    expect(words.knows('en.2')).toBe(true);
    expect(words.startsAWord('en.2', 'sankc')).toBe(true);
    expect(words.startsAWord('en.2', 'zzabcdefg')).toBe(true);
    // Only "sa" comes before "sankts": Pagefind's fallback, not a match.
    expect(words.startsAWord('en.2', 'sankts')).toBe(false);
    expect(words.startsAWord('en.1', 'sa')).toBe(false);
  });

  test('leaves a bundle with a chunk it cannot read to the texts', () => {
    const words = new LoadedWords();
    words.record('/pagefind/de/index/zxx_1a.pf_index', chunk(['krieg']));
    words.record('/pagefind/de/index/zxx_2b.pf_index', new Uint8Array([1, 2, 3]));
    expect(words.knows('de')).toBe(false);
  });

  test('takes the bundle from an index chunk URL only', () => {
    expect(chunkBundle('/pagefind/ru.3/index/zxx_45c28ab.pf_index')).toBe('ru.3');
    expect(chunkBundle('/pagefind/ru/fragment/zxx_45c28ab.pf_fragment')).toBeUndefined();
  });
});
