import { describe, expect, it } from 'vitest';
import {
  languageSwitches,
  passageAnchorId,
  passageAnchorLanguage,
  wordLanguages,
} from '../../../src/lib/search/passage-anchors';

describe('passage anchors', () => {
  it('reads back the language an anchor id names, region subtags included', () => {
    expect(passageAnchorLanguage(passageAnchorId(1, 'en'))).toBe('en');
    expect(passageAnchorLanguage(passageAnchorId(12, 'pt-BR'))).toBe('pt-BR');
  });

  it('ignores the ids an article has for other reasons', () => {
    for (const id of ['context', 'user-content-lang-1-en', 'lang-en', 'lang-1-', 'lang-x-en']) {
      expect(passageAnchorLanguage(id)).toBeUndefined();
    }
  });

  it('turns a result’s anchors into language switches in word order', () => {
    const anchors = [
      { id: 'lang-2-de', location: 40 },
      { id: 'zurück', location: 40 },
      { id: 'lang-1-en', location: 12 },
    ];
    expect(languageSwitches(anchors, 'de')).toEqual([
      { from: 0, lang: 'de' },
      { from: 12, lang: 'en' },
      { from: 40, lang: 'de' },
    ]);
    expect(languageSwitches(undefined, 'ru')).toEqual([{ from: 0, lang: 'ru' }]);
  });

  it('gives every word the language in force where it stands', () => {
    const switches = [
      { from: 0, lang: 'de' },
      { from: 2, lang: 'en' },
      { from: 4, lang: 'de' },
    ];
    expect(wordLanguages(switches, 6)).toEqual(['de', 'de', 'en', 'en', 'de', 'de']);
    // A text that starts with a passage.
    expect(
      wordLanguages(
        [
          { from: 0, lang: 'de' },
          { from: 0, lang: 'en' },
        ],
        2,
      ),
    ).toEqual(['en', 'en']);
  });
});
