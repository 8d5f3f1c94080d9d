import { describe, expect, it } from 'vitest';
import { EquivalentMatcher } from '../../../src/lib/search/equivalent-matcher';
import { conceptCode, type Concept } from '../../../src/lib/search/equivalents';

const war: Concept = {
  id: 'word:war',
  kind: 'word',
  forms: { en: ['war'], de: ['krieg'], es: ['guerra'], pl: ['wojna'], ru: ['война'] },
};
const usa: Concept = {
  id: 'region:US',
  kind: 'region',
  forms: { en: ['United States'], es: ['Estados Unidos'], ru: ['Соединённые Штаты'] },
};
const matcher = new EquivalentMatcher([war, usa]);

describe('EquivalentMatcher', () => {
  it('finds a lexicon word in any inflection of the text\u2019s language', () => {
    for (const [lang, text] of [
      ['ru', 'После войны страна изменилась.'],
      ['pl', 'Od początku wojny minął rok.'],
      ['de', 'Die Folgen des Krieges.'],
    ] as const) {
      expect([...matcher.codes([{ lang, text }])]).toEqual([conceptCode('word:war')]);
    }
  });

  it('matches a form only in its own language: German "war" (was) is not the English word', () => {
    expect(matcher.codes([{ lang: 'de', text: 'Es war einmal.' }]).size).toBe(0);
    expect(
      matcher.codes([{ lang: 'en', text: 'The war ended.' }]).has(conceptCode('word:war')),
    ).toBe(true);
  });

  it('finds a multi-word region name, inflected', () => {
    const codes = matcher.codes([{ lang: 'es', text: 'Según los Estados Unidos, nada cambió.' }]);
    expect([...codes]).toEqual([conceptCode('region:US')]);
  });
});
