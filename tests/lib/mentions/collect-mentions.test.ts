import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../../src/lib/mentions/alias-index';
import {
  collectMentions,
  quoteMentions,
  readMentions,
} from '../../../src/lib/mentions/collect-mentions';

const index = new AliasIndex([
  { id: 'astana', forms: { de: ['Astana'], en: ['Astana'] } },
  { id: 'moscow', forms: { de: ['Moskau'] } },
  { id: 'astana-club', forms: { de: ['Astana Club'] } },
]);

const runs = [
  { lang: 'de', text: 'Moskau und Astana.' },
  { lang: 'en', text: 'Astana said so.' },
];

describe('collectMentions', () => {
  it('counts mentions per entity in order of first mention', () => {
    expect(collectMentions(runs, index)).toEqual([
      { entity: 'moscow', count: 1 },
      { entity: 'astana', count: 2 },
    ]);
  });

  it('counts a longer name at a place once, as that name', () => {
    expect(
      collectMentions([{ lang: 'de', text: 'Der Astana Club tagt in Astana.' }], index),
    ).toEqual([
      { entity: 'astana-club', count: 1 },
      { entity: 'astana', count: 1 },
    ]);
  });
});

describe('quoteMentions', () => {
  it('quotes the first mentions of one entity, each in the language of its text', () => {
    expect(quoteMentions(runs, index, 'astana')).toEqual([
      { text: 'Moskau und Astana.', lang: 'de' },
      { text: 'Astana said so.', lang: 'en' },
    ]);
    expect(quoteMentions(runs, index, 'moscow')).toEqual([
      { text: 'Moskau und Astana.', lang: 'de' },
    ]);
    expect(quoteMentions(runs, index, 'nobody')).toEqual([]);
  });

  it('quotes a few words either side, with ellipses where it cuts', () => {
    const text =
      'eins zwei drei vier fünf sechs sieben Astana acht neun zehn elf zwölf dreizehn vierzehn';
    expect(quoteMentions([{ lang: 'de', text }], index, 'astana')[0]?.text).toBe(
      '… zwei drei vier fünf sechs sieben Astana acht neun zehn elf zwölf dreizehn …',
    );
  });

  it('keeps at most three quotes, none twice', () => {
    const text = 'Astana. '.repeat(2);
    const numbered = [1, 2, 3, 4, 5].map((n) => ({ lang: 'de', text: `${n}: ${text}` }));
    expect(collectMentions([...numbered, numbered[0]!], index)[0]?.count).toBe(12);
    expect(quoteMentions([numbered[0]!, ...numbered], index, 'astana').map((c) => c.text)).toEqual([
      '1: Astana. Astana.',
      '2: Astana. Astana.',
      '3: Astana. Astana.',
    ]);
  });

  it('does not quote a name that is part of a longer one', () => {
    const text = 'Der Astana Club tagt.';
    expect(quoteMentions([{ lang: 'de', text }], index, 'astana')).toEqual([]);
    expect(quoteMentions([{ lang: 'de', text }], index, 'astana-club')).toHaveLength(1);
  });
});

describe('readMentions', () => {
  it('reads the mentions of a render and ignores anything else', () => {
    const good = { entity: 'astana', count: 1 };
    expect(readMentions([good, { entity: 1 }, { entity: 'moscow' }, null])).toEqual([good]);
    expect(readMentions(undefined)).toEqual([]);
  });
});
