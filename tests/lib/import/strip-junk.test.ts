import { describe, expect, it } from 'vitest';
import { removeHeadline, stripJunk, toLines } from '../../../src/lib/import/strip-junk';

const LANGUAGES = ['en', 'es', 'de', 'ru', 'pl'];
const strip = (text: string) => stripJunk(toLines(text), LANGUAGES);
const kept = (text: string) => strip(text).lines.map((l) => l.text);

const paragraph =
  'The council approved the new budget on Tuesday after a debate that lasted for most of the afternoon and into the evening.';
const second =
  'Opposition members said that the plan would not solve the problems of the city, and they promised to vote against it again.';

describe('stripJunk', () => {
  it('removes a menu above the headline and reports each line with its number and reason', () => {
    const { lines, title, notes } = strip(
      `Home\nWorld\nSports\nLog in\n\nCity council approves the new budget\n${paragraph}\n${second}`,
    );
    expect(lines.map((l) => l.text)).toEqual([
      'City council approves the new budget',
      paragraph,
      second,
    ]);
    expect(title).toBe(0);
    expect(notes.map((n) => n.line)).toEqual([1, 2, 3, 4]);
    expect(notes[0]!.message).toBe(
      'removed page clutter (a run of short lines (menu or link list)): Home',
    );
  });

  it('removes a label the page repeats, between paragraphs too', () => {
    const text = `A headline of several words\nShare\n${paragraph}\nShare\n${second}`;
    expect(kept(text)).toEqual(['A headline of several words', paragraph, second]);
  });

  it('keeps a section heading that the text follows, and a short sentence inside the text', () => {
    const text = `A headline of several words\n${paragraph}\nWhat happens next\n${second}\nHe said no.\n${paragraph} Again.`;
    expect(kept(text)).toEqual(strip(text).lines.map((l) => l.text));
    expect(kept(text)).toContain('What happens next');
    expect(kept(text)).toContain('He said no.');
  });

  it('removes a list of related headlines and the footer after the text', () => {
    const text = `A headline of several words\n${paragraph}\n${second}\nMore on this\nThe mayor resigns after two years\nBudget talks collapse again\nImprint\nPrivacy`;
    expect(kept(text)).toEqual(['A headline of several words', paragraph, second]);
  });

  it('keeps prose that mentions a menu, a price or the weather', () => {
    const prose = [
      'The weather was cold in Kyiv, and the menu was open to everyone who came to the station.',
      'It cost $41.27, far more than €43.65 last year, according to the figures of the ministry.',
    ];
    expect(kept(['Prices and weather in Kyiv', ...prose].join('\n'))).toEqual([
      'Prices and weather in Kyiv',
      ...prose,
    ]);
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
