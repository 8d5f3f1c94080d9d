import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  formatPartialDate,
  parsePartialDate,
  type PartialDate,
} from '../../src/lib/partial-date';

// Seeds often say only "June 2023". The site must show and sort exactly what is
// known and never invent a day.
const date = (iso: string): PartialDate => {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(`test date ${iso} does not parse`);
  return parsed;
};

describe('parsePartialDate', () => {
  it('reads year, month and day precision', () => {
    expect(parsePartialDate('2023')).toEqual({ iso: '2023', precision: 'year', year: 2023 });
    expect(parsePartialDate('2023-06')).toEqual({
      iso: '2023-06',
      precision: 'month',
      year: 2023,
      month: 6,
    });
    expect(parsePartialDate('2024-02-29')).toEqual({
      iso: '2024-02-29',
      precision: 'day',
      year: 2024,
      month: 2,
      day: 29,
    });
  });

  it.each(['2023-02-29', '2023-02-30', '2023-04-31', '2023-13', '2023-00', '2023-06-00'])(
    'refuses the impossible date %s',
    (iso) => expect(parsePartialDate(iso)).toBeUndefined(),
  );

  it.each(['June 2023', '2023-6', '2023-06-1', '202', '2023-06-14T10:00', ' 2023', ''])(
    'refuses the non-ISO form %j',
    (text) => expect(parsePartialDate(text)).toBeUndefined(),
  );
});

describe('compareNewestFirst', () => {
  const sort = (isos: (string | undefined)[]) =>
    isos
      .map((iso) => (iso ? date(iso) : undefined))
      .sort(compareNewestFirst)
      .map((d) => d?.iso);

  it('puts newer dates first across precisions', () => {
    expect(sort(['2022', '2023-06-14', '2023-01', '2024'])).toEqual([
      '2024',
      '2023-06-14',
      '2023-01',
      '2022',
    ]);
  });

  it('counts a partial date from the start of its period, more precise first on a tie', () => {
    // "2023" may be any day of 2023; it is placed at 1 January, after "2023-01".
    expect(sort(['2023', '2023-01', '2023-01-01', '2023-06'])).toEqual([
      '2023-06',
      '2023-01-01',
      '2023-01',
      '2023',
    ]);
  });

  it('puts unknown dates after every known one', () => {
    expect(sort([undefined, '1999', undefined, '2023-06'])).toEqual([
      '2023-06',
      '1999',
      undefined,
      undefined,
    ]);
    expect(compareNewestFirst(undefined, undefined)).toBe(0);
  });
});

describe('formatPartialDate', () => {
  it('shows a month-only date without a day in every UI language', () => {
    const june = date('2023-06');
    expect(formatPartialDate(june, 'en')).toBe('June 2023');
    expect(formatPartialDate(june, 'de')).toBe('Juni 2023');
    expect(formatPartialDate(june, 'es')).toBe('junio de 2023');
    expect(formatPartialDate(june, 'pl')).toBe('czerwiec 2023');
    const ru = formatPartialDate(june, 'ru');
    expect(ru).toContain('июнь');
    expect(ru).toContain('2023');
    // No day: the only number is the year (a day-1 fallback would show "1 июня").
    expect(ru.match(/\d+/g)).toEqual(['2023']);
  });

  it('shows a year-only date as just the year', () => {
    for (const locale of ['en', 'es', 'de', 'ru', 'pl']) {
      expect(formatPartialDate(date('2023'), locale)).toMatch(/^2023/);
      expect(formatPartialDate(date('2023'), locale).match(/\d+/g)).toEqual(['2023']);
    }
  });

  it('shows a full date in the local order and grammatical case', () => {
    const day = date('2023-06-05');
    expect(formatPartialDate(day, 'en')).toBe('June 5, 2023');
    expect(formatPartialDate(day, 'de')).toBe('5. Juni 2023');
    expect(formatPartialDate(day, 'ru')).toMatch(/^5 июня 2023/);
    expect(formatPartialDate(day, 'pl')).toBe('5 czerwca 2023');
  });

  it('does not shift the day with the time zone of the build machine', () => {
    // West of Greenwich, local midnight of 1 January is still 31 December in UTC terms.
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(formatPartialDate(date('2023-01-01'), 'en')).toBe('January 1, 2023');
      expect(formatPartialDate(date('2023-01'), 'en')).toBe('January 2023');
      expect(formatPartialDate(date('2023'), 'en')).toBe('2023');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
