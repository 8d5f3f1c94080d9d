import { describe, expect, it } from 'vitest';
import {
  articleIdSchema,
  languageTagSchema,
  partialDateSchema,
  slugSchema,
  webUrlSchema,
} from '../../src/schemas/fields';

// The field schemas decide what editors may write; their messages are what an
// editor reads when a build stops.
const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? undefined : result.error?.issues[0]?.message;

describe('partialDateSchema', () => {
  it('keeps the precision the editor wrote', () => {
    expect(partialDateSchema.parse('2023')).toMatchObject({ precision: 'year', year: 2023 });
    expect(partialDateSchema.parse('2023-06')).toMatchObject({ precision: 'month', month: 6 });
    expect(partialDateSchema.parse('2023-06-14')).toMatchObject({ precision: 'day', day: 14 });
  });

  it('reads an unquoted YAML date (a Date object) back as the written day', () => {
    // js-yaml turns `date: 2023-06-14` into a Date at UTC midnight.
    expect(partialDateSchema.parse(new Date(Date.UTC(2023, 5, 14)))).toEqual({
      iso: '2023-06-14',
      precision: 'day',
      year: 2023,
      month: 6,
      day: 14,
    });
  });

  it('reads an unquoted YAML year (a number) as a year, not a day', () => {
    expect(partialDateSchema.parse(2023)).toEqual({ iso: '2023', precision: 'year', year: 2023 });
  });

  it.each(['2023-13', '2023-02-30', '2023-00', 'June 2023', '2023-6', '23', '2023/06/14', ''])(
    'rejects %j with the accepted forms in the message',
    (input) => {
      expect(messageOf(partialDateSchema.safeParse(input))).toBe(
        `expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(input)}`,
      );
    },
  );

  it('rejects values that are not dates at all', () => {
    expect(partialDateSchema.safeParse(true).success).toBe(false);
    expect(partialDateSchema.safeParse({ year: 2023 }).success).toBe(false);
  });
});

describe('languageTagSchema', () => {
  it.each(['en', 'pt-BR', 'zh-Hant', 'yue', 'sr-Latn-RS'])('accepts %s', (tag) => {
    expect(languageTagSchema.safeParse(tag).success).toBe(true);
  });

  it.each(['EN', 'e', 'english', 'en_US', 'pt-', ''])('rejects %j with an example', (tag) => {
    expect(messageOf(languageTagSchema.safeParse(tag))).toBe(
      'expected a BCP 47 language tag such as "en" or "pt-BR"',
    );
  });
});

describe('slugs and ids', () => {
  it('accepts lowercase Latin slugs and rejects what would make odd URLs', () => {
    expect(slugSchema.safeParse('kazakhstan-west-russia-2023').success).toBe(true);
    for (const slug of ['Kazakhstan', 'a--b', '-a', 'a-', 'zwischen_ost', 'äöü', 'a b']) {
      expect(slugSchema.safeParse(slug).success, slug).toBe(false);
    }
  });

  it('takes an article id as <lang>/<slug>', () => {
    expect(articleIdSchema.safeParse('de/zwischen-ost-und-west').success).toBe(true);
    expect(messageOf(articleIdSchema.safeParse('zwischen-ost-und-west'))).toBe(
      'expected an article id "<lang>/<slug>", such as "de/some-title"',
    );
    expect(articleIdSchema.safeParse('de/Zwischen').success).toBe(false);
    expect(articleIdSchema.safeParse('de/x.md').success).toBe(false);
  });
});

describe('webUrlSchema', () => {
  it('accepts absolute http and https addresses', () => {
    expect(webUrlSchema.parse('https://censor.net/ru/blogs/3421537')).toBe(
      'https://censor.net/ru/blogs/3421537',
    );
    expect(webUrlSchema.safeParse('http://example.com/').success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:,x', 'mailto:a@b.c', 'example.com'])(
    'refuses %j',
    (url) => {
      expect(messageOf(webUrlSchema.safeParse(url))).toBe(
        'expected an absolute http:// or https:// URL',
      );
    },
  );
});
