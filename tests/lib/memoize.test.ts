import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/lib/memoize';

describe('memoize', () => {
  it('computes each key once and returns the same result after', () => {
    const calls: string[] = [];
    const upper = memoize((key: string) => {
      calls.push(key);
      return { value: key.toUpperCase() };
    });
    const first = upper('de');
    expect(upper('de')).toBe(first);
    expect(upper('ru').value).toBe('RU');
    expect(calls).toEqual(['de', 'ru']);
  });

  it('keeps results that are undefined', () => {
    let calls = 0;
    const nothing = memoize((key: number) => {
      calls += key;
      return undefined;
    });
    nothing(1);
    nothing(1);
    expect(calls).toBe(1);
  });
});
