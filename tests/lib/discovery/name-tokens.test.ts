import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../../src/lib/discovery/name-tokens';
import { splitNames } from '../../../src/lib/discovery/name-sequences';

describe('wordTokens', () => {
  it('marks sentence starts, capitals, acronyms and words that may continue a name', () => {
    const tokens = wordTokens('Kazakh President K.K. Tokayev met NATO. Then «Kassym-Jomart» spoke');
    const show = (i: number) => {
      const t = tokens[i]!;
      return `${t.word}${t.initial ? '!' : ''}${t.capital ? '^' : ''}${t.acronym ? 'A' : ''}${t.joined ? '+' : ''}`;
    };
    expect(tokens.map((_, i) => show(i))).toEqual([
      'Kazakh!^',
      'President^+',
      'K^+',
      'K^',
      'Tokayev^', // after an initial's full stop: not joined, but not a sentence start either
      'met+',
      'NATO^A+',
      'Then!^',
      'Kassym-Jomart^',
      'spoke',
    ]);
  });
});

// Loads CLDR's region names and the given-name lists on first use.
describe('splitNames', { timeout: 120_000 }, () => {
  it('splits two names run together at a country, keeps a country of two words whole', () => {
    expect(splitNames(['Украину', 'Казахстан'], 'ru')).toEqual([['Украину'], ['Казахстан']]);
    expect(splitNames(['Reino', 'Unido'], 'es')).toEqual([['Reino', 'Unido']]);
  });

  it('drops a title before a given name and surname', () => {
    expect(splitNames(['Minister', 'Donald', 'Tusk'], 'en')).toEqual([['Donald', 'Tusk']]);
  });
});
