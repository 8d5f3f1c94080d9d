import { describe, expect, it } from 'vitest';
import type { CorpusArticle } from '../../../src/lib/discovery/corpus';
import { discoverNames } from '../../../src/lib/discovery/suggest-entities';
import { suggestStories } from '../../../src/lib/discovery/suggest-stories';
import { parsePartialDate } from '../../../src/lib/partial-date';

const article = (
  id: string,
  date: string | undefined,
  text: string,
  group?: string,
): CorpusArticle => ({
  id,
  lang: id.slice(0, 2),
  date: date ? parsePartialDate(date) : undefined,
  group,
  runs: text.split('\n').map((t) => ({ lang: id.slice(0, 2), text: t })),
});

// Not the texts the rules were written against: another person, other cases.
const corpus = [
  article(
    'pl/a',
    '2023-05-02',
    'W Gdańsku przemawiał prezydent Andrzej Duda. Dudy słuchały tysiące osób.\nTłum powitał Dudę oklaskami, a w maju znów spotkał się z Dudą w porcie.',
  ),
  article(
    'ru/b',
    '2023-05-03',
    'В Гданьске выступил президент Анджей Дуда. Дуду слушали тысячи людей.\nВ мае толпа снова встретила Дуду в порту, и Дуда говорил о свободе.',
  ),
  article(
    'de/c',
    '2023-05-03',
    'In Danzig sprach Präsident Andrzej Duda vor tausenden Menschen. Dudas Rede im Hafen dauerte lange.\nIm Mai sprach Duda wieder im Hafen.',
  ),
  article(
    'en/d',
    '2021-01-10',
    'Elections were held in Lisbon. Voters in Lisbon queued for hours, and Lisbon stayed calm.',
  ),
];

// The first call loads the given-name lists and the city gazetteer: seconds on a busy machine.
describe('discoverNames', { timeout: 120_000 }, () => {
  it('merges a name across inflections and scripts into one proposal with every article', () => {
    const duda = discoverNames(corpus).filter((p) =>
      Object.values(p.names).some((n) => /Duda|Дуда/.test(n)),
    );
    expect(duda).toHaveLength(1);
    expect(duda[0]).toMatchObject({
      type: 'person',
      names: { pl: 'Andrzej Duda', ru: 'Анджей Дуда', de: 'Andrzej Duda' },
      articles: ['de/c', 'pl/a', 'ru/b'],
    });
  });

  it('never proposes months or sentence-initial ordinary words', () => {
    const names = discoverNames(corpus).flatMap((p) => Object.values(p.names));
    expect(names).not.toContain('Elections');
    expect(names).not.toContain('Voters');
    expect(names.filter((n) => /^(Mai|мае|maju)$/i.test(n))).toEqual([]);
  });

  it('finds a capital and a country that long stop-word lists count as ordinary words', () => {
    const russian = [
      article(
        'ru/e',
        '2024-03-01',
        'Делегация прилетела в Москву рано утром и сразу начала долгие переговоры о поставках зерна. Потом Москва ответила на предложение коротким письмом.',
      ),
      article(
        'ru/f',
        '2024-03-02',
        'Вчера в Москве прошло заседание, на котором обсуждали цены на топливо и новые правила торговли. Вся Россия ждёт, что скажут в России после выборов.',
      ),
    ];
    const names = discoverNames(russian).map((p) => p.names.ru);
    expect(names).toContain('Москва');
    expect(names).toContain('Россия');
  });

  it('leaves out what the catalog has, and marks it known', () => {
    const lisbon = discoverNames(corpus, [{ id: 'lisbon', forms: { en: ['Lisbon'] } }]).find(
      (p) => p.names.en === 'Lisbon',
    );
    expect(lisbon?.known).toBe('lisbon');
  });
});

describe('suggestStories', { timeout: 120_000 }, () => {
  it('groups reports close in date that share a name, and leaves the unrelated one out', () => {
    const stories = suggestStories(corpus, discoverNames(corpus));
    expect(stories.map((s) => s.articles)).toEqual([['de/c', 'pl/a', 'ru/b']]);
    expect(stories[0]!.dates).toEqual(['2023-05-02', '2023-05-03']);
  });

  it('keeps translations together but does not call one report in two languages a story', () => {
    const pair = [
      article('en/x', undefined, 'Lisbon voted. Lisbon counted.', 'g'),
      article('es/y', undefined, 'Lisboa votó. Lisboa contó.', 'g'),
    ];
    expect(suggestStories(pair, discoverNames(pair))).toEqual([]);
  });
});
