import { describe, expect, test } from 'vitest';
import { stepClock } from '../../src/scripts/search-steps';

describe('stepClock', () => {
  test('records the time since the previous lap under each step, rounded', () => {
    const times = [100, 112.4, 112.4, 150.6];
    const clock = stepClock(() => times.shift()!);
    clock.lap('load');
    clock.lap('chunks');
    clock.lap('search');
    expect(clock.steps).toEqual({ load: 12, chunks: 0, search: 38 });
  });
});
