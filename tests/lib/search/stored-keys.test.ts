import { describe, expect, it } from 'vitest';
import {
  extraKeys,
  foldLikePagefind,
  withoutPrefixKeys,
} from '../../../src/lib/search/stored-keys';

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
    expect(withoutPrefixKeys(['tokaev', 'tokaeva', 'kasahstan', 'kasahstana', 'ivan', ''])).toEqual(
      ['ivan', 'kasahstana', 'tokaeva'],
    );
  });

  it('keeps a stem key that is not a prefix of the word, like a German umlaut plural', () => {
    const keys = withoutPrefixKeys(extraKeys('Häuser', 'de'));
    expect(keys.some((key) => 'haus'.startsWith(key) || key.startsWith('haus'))).toBe(true);
  });
});
