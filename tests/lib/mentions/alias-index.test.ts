import { describe, expect, it } from 'vitest';
import { AliasIndex, tokenize, type MentionEntity } from '../../../src/lib/mentions/alias-index';

const entities: MentionEntity[] = [
  { id: 'tokayev', forms: { pl: ['Kasym-Żomart Tokajew', 'Tokajew'], en: ['Tokayev'] } },
  { id: 'russia', forms: { pl: ['Rosja'], en: ['Russia'] } },
  {
    id: 'union-state',
    forms: { pl: ['Państwo Związkowe Rosji i Białorusi', 'Państwo Związkowe'] },
  },
];
const index = new AliasIndex(entities);
const find = (text: string, lang: string) =>
  index.find(tokenize(text), lang).map((m) => `${m.entity}:${m.from}-${m.to}`);

describe('tokenize', () => {
  it('splits words at anything but letters, marks and digits, with offsets', () => {
    expect(tokenize('K.K. Tokayev, 2023')).toEqual([
      { word: 'K', start: 0, end: 1 },
      { word: 'K', start: 2, end: 3 },
      { word: 'Tokayev', start: 5, end: 12 },
      { word: '2023', start: 14, end: 18 },
    ]);
  });
});

describe('AliasIndex', () => {
  it('prefers the longest alias at a place: a full name is one mention', () => {
    expect(find('Kasym-Żomart Tokajew i Tokajewa', 'pl')).toEqual(['tokayev:0-3', 'tokayev:4-5']);
  });

  it('matches multi-word aliases word by word in their inflected forms', () => {
    expect(find('do Państwa Związkowego Rosji i Białorusi', 'pl')).toEqual(['union-state:1-6']);
    expect(find('Państwo Związkowe ma plany wobec Rosji', 'pl')).toEqual([
      'union-state:0-2',
      'russia:5-6',
    ]);
  });

  it('uses only the forms of the text language', () => {
    expect(find('Tokayev and Russia', 'pl')).toEqual([]);
    expect(find('Tokayev and Russia', 'en')).toEqual(['tokayev:0-1', 'russia:2-3']);
  });

  it('matches a text in a language without forms against every language, exactly', () => {
    expect(find('Tokayev ja Rosja', 'fi')).toEqual(['tokayev:0-1', 'russia:2-3']);
    expect(find('Tokajewa', 'fi')).toEqual([]);
  });

  it('reads the primary subtag of a regional language tag', () => {
    expect(find('Russia', 'en-GB')).toEqual(['russia:0-1']);
  });
});
