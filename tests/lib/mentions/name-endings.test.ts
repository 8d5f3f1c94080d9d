import { describe, expect, it } from 'vitest';
import { endingsOf, foldWord } from '../../../src/lib/mentions/name-endings';

describe('foldWord', () => {
  it('lowercases and removes accents, in the language of the word', () => {
    expect(foldWord('Kazajstán', 'es')).toBe('kazajstan');
    expect(foldWord('Białoruś', 'pl')).toBe('białorus');
    expect(foldWord('Евразийский', 'ru')).toBe('евразиискии');
  });
});

describe('endingsOf', () => {
  it('has the empty ending for every language, and only it for unknown ones', () => {
    expect(endingsOf('ru').has('')).toBe(true);
    expect([...endingsOf('fi')]).toEqual(['']);
  });

  it('never lists the suffixes that make surnames, adjectives or demonyms', () => {
    for (const suffix of ['ов', 'ев', 'ин', 'ск']) expect(endingsOf('ru').has(suffix)).toBe(false);
    for (const suffix of ['er', 'isch']) expect(endingsOf('de').has(suffix)).toBe(false);
    expect(endingsOf('pl').has('anie')).toBe(false);
  });

  it('reads the primary subtag', () => {
    expect(endingsOf('de-AT')).toBe(endingsOf('de'));
  });
});
