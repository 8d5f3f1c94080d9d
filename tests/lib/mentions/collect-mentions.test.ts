import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../../src/lib/mentions/alias-index';
import { collectMentions, readMentions } from '../../../src/lib/mentions/collect-mentions';

const index = new AliasIndex([
  { id: 'astana', forms: { de: ['Astana'], en: ['Astana'] } },
  { id: 'moscow', forms: { de: ['Moskau'] } },
]);

describe('collectMentions', () => {
  it('counts mentions per entity in order of first mention, with quotes in their language', () => {
    const mentions = collectMentions(
      [
        { lang: 'de', text: 'Moskau und Astana.' },
        { lang: 'en', text: 'Astana said so.' },
      ],
      index,
    );
    expect(mentions).toEqual([
      { entity: 'moscow', count: 1, contexts: [{ text: 'Moskau und Astana.', lang: 'de' }] },
      {
        entity: 'astana',
        count: 2,
        contexts: [
          { text: 'Moskau und Astana.', lang: 'de' },
          { text: 'Astana said so.', lang: 'en' },
        ],
      },
    ]);
  });

  it('quotes a few words either side, with ellipses where it cuts', () => {
    const text =
      'eins zwei drei vier fünf sechs sieben Astana acht neun zehn elf zwölf dreizehn vierzehn';
    const [mention] = collectMentions([{ lang: 'de', text }], index);
    expect(mention?.contexts[0]?.text).toBe(
      '… zwei drei vier fünf sechs sieben Astana acht neun zehn elf zwölf dreizehn …',
    );
  });

  it('keeps at most three quotes, none twice', () => {
    const text = 'Astana. '.repeat(2);
    const runs = [1, 2, 3, 4, 5].map((n) => ({ lang: 'de', text: `${n}: ${text}` }));
    const [mention] = collectMentions([...runs, runs[0]!], index);
    expect(mention?.count).toBe(12);
    expect(mention?.contexts.map((c) => c.text)).toEqual([
      '1: Astana. Astana.',
      '2: Astana. Astana.',
      '3: Astana. Astana.',
    ]);
  });
});

describe('readMentions', () => {
  it('reads the mentions of a render and ignores anything else', () => {
    const good = { entity: 'astana', count: 1, contexts: [] };
    expect(readMentions([good, { entity: 1 }, null])).toEqual([good]);
    expect(readMentions(undefined)).toEqual([]);
  });
});
