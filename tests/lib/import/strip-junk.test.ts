import { describe, expect, it } from 'vitest';
import { removeHeadline, stripJunk, toLines } from '../../../src/lib/import/strip-junk';

const strip = (text: string) => stripJunk(toLines(text));
const kept = (text: string) =>
  strip(text)
    .lines.map((l) => l.text)
    .filter(Boolean);

describe('stripJunk', () => {
  it('removes widget lines and reports each with its line and reason', () => {
    const { lines, notes } = strip(
      '$41.27 €43.65\nmenu closed\nMenu open\nweather 0 Киев\nlanguages\n\nTitle\nText.',
    );
    expect(lines.map((l) => l.text)).toEqual(['', 'Title', 'Text.']);
    expect(notes).toEqual([
      { line: 1, message: 'removed currency ticker: $41.27 €43.65' },
      { line: 2, message: 'removed menu button: menu closed' },
      { line: 3, message: 'removed menu button: Menu open' },
      { line: 4, message: 'removed weather widget: weather 0 Киев' },
      { line: 5, message: 'removed language switcher: languages' },
    ]);
  });

  it('knows other tickers and weather lines than the seeds', () => {
    expect(
      kept('€ 1,08 £0.86 ¥157\nweather -3°C Warszawa\nweather +21 °F New York\nText.'),
    ).toEqual(['Text.']);
  });

  it('removes a lone "Languages", "Menu" or price only above the article, where the page chrome is', () => {
    expect(kept('Menu\nSprachen\n12.50 €\nTitle\nLanguages\nMenu\n12.50 €\nText.')).toEqual([
      'Title',
      'Languages',
      'Menu',
      '12.50 €',
      'Text.',
    ]);
  });

  it('keeps prose that merely mentions the weather, a menu or money', () => {
    const prose = [
      'The weather was cold in Kyiv.',
      'The menu was open to everyone.',
      'It cost $41.27, far more than €43.65 last year.',
    ];
    expect(kept(prose.join('\n'))).toEqual(prose);
  });
});

describe('removeHeadline', () => {
  const blocks = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));
  const title = 'Блогер Иванов: Сложились все предпосылки';

  it('takes the headline out and cuts its copy from the start of the next block', () => {
    const result = removeHeadline(
      blocks(title, `${title} Сергей Иванов: подзаголовок`, 'Текст.'),
      title,
      0,
    );
    expect(result.blocks.map((b) => b.text)).toEqual(['Сергей Иванов: подзаголовок', 'Текст.']);
    expect(result.notes.map((n) => n.line)).toEqual([1, 2]);
  });

  it('matches the copy whatever white space it has', () => {
    const result = removeHeadline(
      blocks(title, 'Блогер  Иванов:\u00a0Сложились все предпосылки Дальше.'),
      title,
      0,
    );
    expect(result.blocks.map((b) => b.text)).toEqual(['Дальше.']);
  });

  it('removes exact copies anywhere but keeps later paragraphs that only begin like it', () => {
    const result = removeHeadline(
      blocks('Teaser.', title, 'Первый абзац.', title, `${title} – повторил он.`),
      title,
      1,
    );
    expect(result.blocks.map((b) => b.text)).toEqual([
      'Teaser.',
      'Первый абзац.',
      `${title} – повторил он.`,
    ]);
  });

  it('looks for a glued copy in the first block when the headline is not in the text', () => {
    const result = removeHeadline(blocks(`${title} Текст.`), title, undefined);
    expect(result.blocks.map((b) => b.text)).toEqual(['Текст.']);
  });
});
