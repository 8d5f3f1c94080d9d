import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales';
import { detectLanguage, detectPassages } from '../../../src/lib/import/detect-language';
import { languageLabel } from '../../../src/lib/import/language-codes';

const seedLines = (name: string) =>
  readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim());

describe('detectLanguage', () => {
  it.each([
    ['000_12d957c1323f9d0e.txt', 'es'],
    ['001_cffdb7f6991e9c69.txt', 'de'],
    ['002_23cb9a45d46c81ef.txt', 'de'],
    ['003_aaa0f4996a652047.txt', 'ru'],
    ['004_4aff1e08da48c974.txt', 'pl'],
  ])('finds the language of %s: %s', (seed, lang) => {
    expect(detectLanguage(seedLines(seed), locales)).toEqual({ lang });
  });

  it('gives a mixed text the language most of it is in, not the first', () => {
    const english =
      'The West is aware of the special role of the countries of the region in relation to Russia and its economy.';
    const german =
      'Astanas Einstellung ist aber auch hier eindeutig und transparent, keine direkte Unterstützung und Beteiligung an den Sanktionen.';
    expect(detectLanguage([english, german, german], locales)).toEqual({ lang: 'de' });
  });

  it.each([
    [
      'fr',
      'Depuis le début de la guerre en Ukraine, le Kazakhstan cherche à préserver sa neutralité tout en évitant que son territoire serve à contourner les sanctions.',
    ],
    [
      'it',
      "Dall'inizio della guerra in Ucraina, il Kazakistan cerca di preservare la propria neutralità evitando che il suo territorio venga usato per aggirare le sanzioni.",
    ],
    [
      'uk',
      'Після вторгнення Росії в Україну Казахстан почав виходити з-під російського впливу, і Захід повинен використати цю тенденцію, пише журналіст.',
    ],
    [
      'pt',
      'Desde o início da guerra na Ucrânia, o Cazaquistão procura preservar a sua neutralidade, evitando que o seu território seja utilizado para contornar as sanções.',
    ],
  ])('refuses %s, a language the site does not have, and names it', (looksLike, text) => {
    expect(detectLanguage([text], locales)).toEqual({ reason: 'not-configured', looksLike });
  });

  it('falls back to script and letters for a text too short for statistics', () => {
    expect(detectLanguage(['Контекст'], locales)).toEqual({ lang: 'ru' });
    expect(detectLanguage(['Zażółć gęślą jaźń'], locales)).toEqual({ lang: 'pl' });
    expect(detectLanguage(['Größe zählt'], locales)).toEqual({ lang: 'de' });
    expect(detectLanguage(['¿Qué pasó?'], locales)).toEqual({ lang: 'es' });
    expect(detectLanguage(['Breaking news'], locales)).toEqual({ reason: 'too-short' });
  });
});

describe('detectPassages', () => {
  it('marks the English paragraphs of the mixed German seed, and nothing else', () => {
    const lines = seedLines('002_23cb9a45d46c81ef.txt');
    const { langs, doubts } = detectPassages(lines, 'de', locales);
    const english = lines.flatMap((_, i) => (langs[i] === 'en' ? [i] : []));
    expect(english).toEqual([2, 3, 5, 11, 12, 13, 14]);
    expect(langs.filter((l) => l !== undefined && l !== 'en')).toEqual([]);
    expect(doubts).toEqual([]);
  });

  it('finds no passage in a single-language article', () => {
    for (const [seed, lang] of [
      ['003_aaa0f4996a652047.txt', 'ru'],
      ['004_4aff1e08da48c974.txt', 'pl'],
    ] as const) {
      expect(detectPassages(seedLines(seed), lang, locales).langs.filter(Boolean)).toEqual([]);
    }
  });

  it('puts a short line between two passages of one language into that language', () => {
    const en =
      'Recently, the American side positively assessed the measures taken by Kazakhstan to prevent secondary sanctions.';
    const de =
      'Vor allem bliebe Astana dann nur der Weg einer größeren und engeren Bindung an Peking und Moskau.';
    expect(detectPassages([de, en, 'Outlook', en, 'Ausblick', de], 'de', locales).langs).toEqual([
      undefined,
      'en',
      'en',
      'en',
      undefined,
      undefined,
    ]);
  });

  it('leaves a paragraph in an unconfigured language unmarked but reports it', () => {
    const de =
      'Vor allem bliebe Astana dann nur der Weg einer größeren und engeren Bindung an Peking und Moskau.';
    const fr =
      'Depuis le début de la guerre en Ukraine, le Kazakhstan cherche à préserver sa neutralité tout en évitant les sanctions.';
    expect(detectPassages([de, fr], 'de', locales)).toEqual({
      langs: [undefined, undefined],
      doubts: [{ index: 1, looksLike: 'fr' }],
    });
  });
});

describe('languageLabel', () => {
  it('names a language in English with its code', () => {
    expect(languageLabel('fr')).toBe('French (fr)');
    expect(languageLabel('glg')).toBe('Galician (glg)');
    expect(languageLabel('und')).toBe('und');
  });
});
