import { afterEach, describe, expect, it, vi } from 'vitest';
import { workSlicer } from '../../src/scripts/yield-to-browser';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('workSlicer', () => {
  it('does not yield while the work is within its budget', async () => {
    const yieldNow = vi.fn(async () => {});
    vi.stubGlobal('scheduler', { yield: yieldNow });
    const pause = workSlicer(60_000);
    for (let i = 0; i < 10; i++) await pause();
    expect(yieldNow).not.toHaveBeenCalled();
  });

  it('yields to the browser once the budget is spent, and starts a new slice after', async () => {
    const yieldNow = vi.fn(async () => {});
    vi.stubGlobal('scheduler', { yield: yieldNow });
    const pause = workSlicer(5);
    const until = performance.now() + 10;
    while (performance.now() < until); // 10 ms of work
    await pause();
    await pause(); // a new slice: nothing spent yet
    expect(yieldNow).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timeout where there is no scheduler.yield', async () => {
    vi.stubGlobal('scheduler', undefined);
    const pause = workSlicer(0);
    await expect(pause()).resolves.toBeUndefined();
  });
});
