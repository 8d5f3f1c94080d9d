import { describe, expect, it } from 'vitest';
import { aliasWord, matchesWord } from '../../../src/lib/mentions/word-match';

/** Whether `word` in a text in `lang` is a form of the alias word `alias` (same language). */
const matches = (word: string, alias: string, lang: string) =>
  matchesWord(word, aliasWord(alias, lang), lang);

describe('matchesWord: forms of a name', () => {
  it.each([
    ['ru', 'Казахстана', 'Казахстан'],
    ['ru', 'Казахстане', 'Казахстан'],
    ['ru', 'Токаева', 'Токаев'],
    ['ru', 'России', 'Россия'],
    ['ru', 'Кремле', 'Кремль'],
    ['ru', 'Шанхайской', 'Шанхайская'],
    ['pl', 'Kazachstanu', 'Kazachstan'],
    ['pl', 'Kazachstanem', 'Kazachstan'],
    ['pl', 'Łukaszenkę', 'Łukaszenka'],
    ['pl', 'Białorusi', 'Białoruś'],
    ['pl', 'Chin', 'Chiny'],
    ['pl', 'Związkowego', 'Związkowe'],
    ['de', 'Kasachstans', 'Kasachstan'],
    ['de', 'Astanas', 'Astana'],
    ['de', 'Europäischen', 'Europäische'],
    ['es', 'Kazajstan', 'Kazajstán'],
    ['en', 'KAZAKHSTAN', 'Kazakhstan'],
  ])('%s: %s is a form of %s', (lang, word, alias) => {
    expect(matches(word, alias, lang)).toBe(true);
  });
});

describe('matchesWord: near misses', () => {
  it.each([
    // Snowball stems Токаев to "тока", the genitive of "ток" (current).
    ['ru', 'тока', 'Токаев'],
    // …and Иванов to "иван": the first name Ivan is not the surname.
    ['ru', 'Ивану', 'Иванов'],
    ['ru', 'антипутинских', 'Путин'],
    ['ru', 'казахской', 'Казахстан'],
    ['ru', 'российского', 'Россия'],
    ['pl', 'Rosjanie', 'Rosja'],
    ['pl', 'putinowski', 'Putin'],
    ['pl', 'Chińczycy', 'Chiny'],
    ['de', 'Kasachstaner', 'Kasachstan'],
    ['de', 'ukrainischen', 'Ukraine'],
    ['de', 'Moskauer', 'Moskau'],
    ['es', 'kazajo', 'Kazajstán'],
    ['es', 'ucranianos', 'Ucrania'],
    ['es', 'rusa', 'Rusia'],
    // The search key folds these together; whole words are not compared by it.
    ['en', 'being', 'Beijing'],
    ['en', 'Russian', 'Russia'],
  ])('%s: %s is not a form of %s', (lang, word, alias) => {
    expect(matches(word, alias, lang)).toBe(false);
  });
});

describe('matchesWord: abbreviations', () => {
  it('matches an abbreviation only in capitals', () => {
    expect(matches('ЕС', 'ЕС', 'ru')).toBe(true);
    expect(matches('ес', 'ЕС', 'ru')).toBe(false);
    expect(matches('Es', 'ES', 'es')).toBe(false);
  });

  it('accepts the title-case spelling of long abbreviations only ("Nato", not "Un")', () => {
    expect(matches('Nato', 'NATO', 'de')).toBe(true);
    expect(matches('nato', 'NATO', 'de')).toBe(false);
    expect(matches('Un', 'UN', 'en')).toBe(false);
  });
});
