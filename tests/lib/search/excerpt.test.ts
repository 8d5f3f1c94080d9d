import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../../src/lib/search/excerpt';
import { queryKey } from '../../../src/lib/search/search-key';

const marked = (parts: { text: string; mark: boolean }[]) =>
  parts.filter((part) => part.mark).map((part) => part.text);
const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

describe('buildExcerpt', () => {
  it('marks the words a query found through another script and inflection', () => {
    const content =
      'в начале марта президент Токаев поручил отправить грузы, сказал Токаеву министр';
    const parts = buildExcerpt(content, [queryKey('Tokayev')], 'ru');
    expect(marked(parts)).toEqual(['Токаев', 'Токаеву']);
  });

  it('centres on the densest cluster of matches in a long text', () => {
    const filler = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const content = `${filler} Astana and Astana again ${filler}`;
    const parts = buildExcerpt(content, [queryKey('Astana')], 'en', { length: 12 });
    expect(marked(parts)).toEqual(['Astana', 'Astana']);
    expect(text(parts).startsWith('… ')).toBe(true);
    expect(text(parts).endsWith(' …')).toBe(true);
  });

  it('keeps punctuation with the word and never marks an empty part', () => {
    const parts = buildExcerpt('Kazakhstan, Russia.', [queryKey('Kazakhstan')], 'en');
    expect(marked(parts)).toEqual(['Kazakhstan,']);
    expect(parts.every((part) => part.text.length > 0)).toBe(true);
  });

  it('gives every word the language of its passage, and stems it in that language', () => {
    // An English article with a German passage from its third word to its sixth.
    const content = 'He wrote: Viele Grüße aus Berlin. Then he left.';
    const switches = [
      { from: 0, lang: 'en' },
      { from: 2, lang: 'de' },
      { from: 6, lang: 'en' },
    ];
    const gruss = [queryKey('Gruss')];
    const parts = buildExcerpt(content, gruss, 'en', { switches });
    const german = parts.filter((part) => part.lang === 'de').map((part) => part.text);
    expect(german.join('')).toBe('Viele Grüße aus Berlin.');
    // Only German stemming takes "Grüße" to "gruss" (see rehype-search-keys.test.ts).
    expect(marked(parts)).toEqual(['Grüße']);
    expect(marked(buildExcerpt(content, gruss, 'en'))).toEqual([]);
    // The spaces where the language changes belong to the article, not the passage.
    const english = parts.filter((part) => part.lang === 'en').map((part) => part.text);
    expect(english.join('')).toBe('He wrote:  Then he left.');
  });

  it('marks a word the query key starts as written, though not its phonetic key', () => {
    // The index finds "Steinmeier" by its written form: "steinmei" (the German stem
    // of the query) starts it, while the word's own key is "steinmer".
    const content = 'his German counterpart Frank-Walter Steinmeier: „We are';
    expect(marked(buildExcerpt(content, [queryKey('Steinmeier')], 'en'))).toEqual(['Steinmeier:']);
  });

  it('shows the start of the text when nothing in it matches', () => {
    const parts = buildExcerpt('One two three four', [queryKey('Moskau')], 'de', { length: 3 });
    expect(text(parts)).toBe('One two three …');
    expect(marked(parts)).toEqual([]);
  });
});
