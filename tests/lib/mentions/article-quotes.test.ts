import { describe, expect, it } from 'vitest';
import { articleQuotes } from '../../../src/lib/mentions/article-quotes';

const entities = [
  { id: 'astana', forms: { de: ['Astana'], en: ['Astana'] } },
  { id: 'tokayev', forms: { de: ['Tokajew'], en: ['Tokayev'] } },
];

const article = {
  id: 'de/beispiel',
  lang: 'de',
  html: [
    '<h2>Astana &amp; Moskau</h2>',
    '<p>Präsident <em>Tokajew</em> reiste nach Astana.</p>',
    '<div lang="en"><p>Tokayev said so in Astana.</p></div>',
    '<pre><code>Astana im Code</code></pre>',
  ].join('\n'),
};

describe('articleQuotes', () => {
  it('quotes an entity from the rendered HTML, each quote in the language of its passage', () => {
    const quotes = articleQuotes(entities);
    expect(quotes(article, 'tokayev')).toEqual([
      { text: 'Präsident Tokajew reiste nach Astana.', lang: 'de' },
      { text: 'Tokayev said so in Astana.', lang: 'en' },
    ]);
    // Headings count as text, markup is read as its text, code is not prose.
    expect(quotes(article, 'astana').map((q) => q.text)).toEqual([
      'Astana & Moskau',
      'Präsident Tokajew reiste nach Astana.',
      'Tokayev said so in Astana.',
    ]);
  });

  it('finds a quote list once and gives the same list when asked again', () => {
    const quotes = articleQuotes(entities);
    expect(quotes(article, 'astana')).toBe(quotes(article, 'astana'));
    expect(quotes({ ...article, id: 'de/leer', html: '<p>Nichts.</p>' }, 'astana')).toEqual([]);
  });
});
