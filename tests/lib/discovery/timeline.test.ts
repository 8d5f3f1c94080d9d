import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/lib/partial-date';
import { timeline } from '../../../src/lib/discovery/timeline';

const at = (iso: string | undefined, lang: string, count = 1) => ({
  date: iso ? parsePartialDate(iso) : undefined,
  lang,
  count,
});

describe('timeline', () => {
  it('counts mentions per month and language, with the empty months between', () => {
    const chart = timeline([
      at('2024-01-05', 'ru', 2),
      at('2024-03', 'pl'),
      at('2024-03-30', 'ru'),
    ]);
    expect(chart.unit).toBe('month');
    expect(chart.buckets.map((b) => [b.period, b.counts])).toEqual([
      ['2024-01', { pl: 0, ru: 2 }],
      ['2024-02', { pl: 0, ru: 0 }],
      ['2024-03', { pl: 1, ru: 1 }],
    ]);
    expect(chart.max).toBe(2);
  });

  it('never places an undated mention on a date, and charts by year when a date is only a year', () => {
    const chart = timeline([at('2023', 'de', 3), at('2024-05-01', 'en'), at(undefined, 'es', 4)]);
    expect(chart.unit).toBe('year');
    expect(chart.buckets.map((b) => [b.period, b.total])).toEqual([
      ['2023', 3],
      ['2024', 1],
    ]);
    expect(chart.undated).toBe(4);
  });

  it('has no buckets when nothing is dated', () => {
    expect(timeline([at(undefined, 'en', 2)])).toMatchObject({ buckets: [], undated: 2, max: 0 });
  });
});
