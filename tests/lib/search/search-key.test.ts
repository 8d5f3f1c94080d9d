import { describe, expect, it } from 'vitest';
import transliterate from '@sindresorhus/transliterate';
import { indexKeys, latin, queryKey, queryKeys, words } from '../../../src/lib/search/search-key';

/** True when a query finds a word of the text: the index matches keys by prefix. */
function finds(query: string, word: string, lang: string): boolean {
  const key = queryKey(query);
  return indexKeys(word, lang).some((indexed) => indexed.startsWith(key));
}

describe('search keys', () => {
  it.each([
    ['Tokayev', 'Токаев', 'ru'],
    ['Tokajew', 'Токаева', 'ru'],
    ['Токаев', 'Tokajew', 'pl'],
    ['Tokaev', 'Tokajewa', 'pl'],
    ['Tokayev', 'Tokayev', 'de'],
    ['Ivanov', 'Иванов', 'ru'],
    ['Ivanov', 'Иванова', 'ru'],
    ['Иванов', 'Iwanow', 'pl'],
    // Ж as each language writes it (zh, ż, sch) and Polish "ie" for a soft consonant before e.
    ['Жандос', 'Żandos', 'pl'],
    ['Жанкебеков', 'Żankiebiekowem', 'pl'],
    ['Żankiebiekow', 'Жанкебекова', 'ru'],
    ['Zhankebekov', 'Schankebekow', 'de'],
    ['Лукашенко', 'Lukaschenko', 'de'],
    ['Васильев', 'Wasiliewa', 'pl'],
    ['Kuznetsov', 'Kuzniecowa', 'pl'],
  ])('the name %s finds %s (%s)', (query, word, lang) => {
    expect(finds(query, word, lang)).toBe(true);
  });

  it.each(['Kazakhstan', 'Kasachstan', 'Kazajstán', 'Kazachstan', 'Казахстан', 'kazajstan'])(
    '%s finds every spelling and inflection of Kazakhstan',
    (query) => {
      for (const [word, lang] of [
        ['Kazakhstan', 'en'],
        ['Kasachstans', 'de'],
        ['Kazajstán', 'es'],
        ['Kazachstanu', 'pl'],
        ['Казахстана', 'ru'],
        ['Казахстане', 'ru'],
      ] as const) {
        expect(finds(query, word, lang), `${query} -> ${word}`).toBe(true);
      }
    },
  );

  it('folds case and accents, including letters that do not decompose', () => {
    expect(finds('lukaszenka', 'Łukaszenki', 'pl')).toBe(true);
    expect(finds('LUKASZENKA', 'Łukaszenkę', 'pl')).toBe(true);
    expect(finds('massnahmen', 'Maßnahmen', 'de')).toBe(true);
  });

  it('stems a Russian query so an inflected form finds the base form', () => {
    expect(finds('Казахстана', 'Казахстан', 'ru')).toBe(true);
    expect(finds('санкциями', 'санкции', 'ru')).toBe(true);
  });

  it('does not find unrelated words', () => {
    expect(finds('Tokayev', 'Токио', 'ru')).toBe(false);
    expect(finds('Ivanov', 'Иран', 'ru')).toBe(false);
    expect(finds('Kazakhstan', 'Kasachische', 'de')).toBe(false);
    expect(finds('Moskau', 'Minsk', 'de')).toBe(false);
  });

  it('splits text into words in any script, dropping punctuation', () => {
    expect(words('Блогер Иванов: „Kasym-Żomart“ 88 %')).toEqual([
      'Блогер',
      'Иванов',
      'Kasym',
      'Żomart',
      '88',
    ]);
  });
});

describe('queryKeys', () => {
  it('keys every word once, whatever its case, and nothing for punctuation', () => {
    expect(queryKeys('Tokayev, TOKAYEV – tokayev!')).toEqual([queryKey('Tokayev')]);
    expect(queryKeys('Putin Kazakhstan')).toEqual([queryKey('Putin'), queryKey('Kazakhstan')]);
    expect(queryKeys(' – ')).toEqual([]);
  });
});

describe('latin', () => {
  it('gives an ASCII word, which it only lowercases, what transliterating gives', () => {
    for (const word of ['Kazakhstan', 'NATO', 'G20', '2024', 'x', '']) {
      expect(latin(word)).toBe(transliterate(word).toLowerCase());
    }
  });

  it('transliterates and folds every other word', () => {
    expect(['Kräke', 'Łukaszenka', 'Kazajstán', 'Токаев'].map(latin)).toEqual([
      'kraeke',
      'lukaszenka',
      'kazajstan',
      'tokaev',
    ]);
  });
});
