import { describe, expect, it } from 'vitest';
import { extraKeys, foldLikePagefind, storedKeys } from '../../../src/lib/search/stored-keys';

describe('stored keys', () => {
  it('folds like Pagefind: lowercase, accents gone, ł kept (it does not decompose)', () => {
    expect(foldLikePagefind('Kazajstán')).toBe('kazajstan');
    expect(foldLikePagefind('Łukaszenka')).toBe('łukaszenka');
  });

  it('skips a key that is only the folded word, which the text index already has', () => {
    expect(extraKeys('sanciones', 'es')).not.toContain('sanciones');
    expect(extraKeys('Kazajstán', 'es')).toEqual(['kasahstan']);
    expect(extraKeys('Токаева', 'ru')).toEqual(['tokaeva', 'tokaev']);
  });

  it('drops keys that start another key, which prefix matching makes useless', () => {
    expect(storedKeys(['tokaev', 'tokaeva', 'kasahstan', 'kasahstana', 'ivan', ''], [])).toEqual([
      'ivan',
      'kasahstana',
      'tokaeva',
    ]);
  });

  it('drops keys that start a word of the text, which the index already has', () => {
    // Polish "Kazachstanu": its stem key starts the folded word; its phonetic key does not.
    const keys = storedKeys(extraKeys('Kazachstanu', 'pl'), ['Kazachstanu']);
    expect(keys).not.toContain('kazachstan');
    expect(keys.some((key) => key.startsWith('kasahstan'))).toBe(true);
    // A key is kept when the text word only starts with part of it, or is accented differently.
    expect(storedKeys(['tokaev', 'kasahstan'], ['Tokae', 'Kasahstán'])).toEqual(['tokaev']);
    expect(storedKeys(['zzz', 'aaa'], ['mmm', 'Ärger'])).toEqual(['aaa', 'zzz']);
  });

  it('keeps a stem key that neither the word nor its other keys start with', () => {
    // German "Grüße" stems to "gruss"; folded, the word is "grüße" (ß does not decompose).
    const keys = storedKeys(extraKeys('Grüße', 'de'), ['Grüße']);
    expect(keys).toContain('grus');
  });
});
