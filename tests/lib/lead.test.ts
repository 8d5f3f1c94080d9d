import { describe, expect, test } from 'vitest';
import { firstSentences, leadOf } from '../../src/lib/lead';

describe('firstSentences', () => {
  test('takes the first sentence when it is long enough', () => {
    const text =
      'Kazachstan od niedawna zaczyna się stopniowo dystansować od polityki prowadzonej przez Putina. Drugie zdanie tutaj.';
    expect(firstSentences(text, 'pl')).toBe(
      'Kazachstan od niedawna zaczyna się stopniowo dystansować od polityki prowadzonej przez Putina.',
    );
  });

  test('adds the next sentence to a short first one', () => {
    const text =
      'Коротко. Второе предложение, которое объясняет, о чём эта статья и почему это так важно для читателя. Третье.';
    expect(firstSentences(text, 'ru')).toBe(
      'Коротко. Второе предложение, которое объясняет, о чём эта статья и почему это так важно для читателя.',
    );
  });

  test('does not end a sentence at an abbreviation the language knows', () => {
    const text =
      'Dr. Müller sagt, die Lage in der Region habe sich in den letzten Wochen deutlich verändert. Mehr dazu.';
    expect(firstSentences(text, 'de')).toMatch(/^Dr\. Müller sagt, .*verändert\.$/);
  });

  test('cuts one over-long sentence at a word with an ellipsis', () => {
    const text = `${'palabra '.repeat(60)}fin.`;
    const lead = firstSentences(text, 'es');
    expect(lead.length).toBeLessThanOrEqual(240);
    expect(lead).toMatch(/palabra…$/);
  });
});

describe('leadOf', () => {
  test("prefers the editor's summary", () => {
    expect(leadOf({ data: { lang: 'en', summary: ' A summary. ' } })).toBe('A summary.');
  });

  test('is undefined when there is neither a summary nor a text', () => {
    expect(leadOf({ data: { lang: 'en' } })).toBeUndefined();
  });

  test("takes the opening paragraph in the article's own language", () => {
    const html =
      '<p lang="en">An English quotation opens the German article here, long enough to count.</p><p>Der deutsche Text beginnt hier und erklärt, worum es in dem langen Artikel eigentlich geht. Zweiter Satz.</p>';
    expect(leadOf({ data: { lang: 'de' }, rendered: { html } })).toBe(
      'Der deutsche Text beginnt hier und erklärt, worum es in dem langen Artikel eigentlich geht.',
    );
  });
});
