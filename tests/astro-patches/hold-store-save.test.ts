import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_KEY, holdStoreSave } from '../../src/astro-patches/hold-store-save';

/** A meta store that saves like Astro's content store: 500 ms after its last change. */
function debouncedStore() {
  const values = new Map<string, string>();
  const saves: number[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => saves.push(Date.now()), 500);
  };
  const meta = {
    get: (key: string) => values.get(key),
    has: (key: string) => values.has(key),
    set: (key: string, value: string) => {
      values.set(key, value);
      changed();
    },
    delete: (key: string) => {
      values.delete(key);
      changed();
    },
  };
  return { meta, values, saves, changed };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('holdStoreSave', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('keeps the store from saving while a long load runs, and lets it save after', async () => {
    const store = debouncedStore();
    store.changed(); // Astro records its version at the start of every sync.
    const loaded = holdStoreSave(store.meta, () => wait(5_000).then(() => 'done'));
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(loaded).resolves.toBe('done');
    expect(store.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.saves).toHaveLength(1);
    expect(store.values.has(HOLD_KEY)).toBe(false);
  });

  it('without it, the same load has the store saved in its middle', async () => {
    const store = debouncedStore();
    store.changed();
    const loaded = wait(5_000);
    await vi.advanceTimersByTimeAsync(5_000);
    await loaded;
    expect(store.saves).toEqual([500]);
  });

  it('stops holding when the load fails, and passes the failure on', async () => {
    const store = debouncedStore();
    const failed = holdStoreSave(store.meta, () =>
      wait(1_000).then(() => Promise.reject(new Error('bad article'))),
    );
    const settled = expect(failed).rejects.toThrow('bad article');
    await vi.advanceTimersByTimeAsync(1_000);
    await settled;
    expect(store.values.has(HOLD_KEY)).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.saves).toHaveLength(1);
    // Nothing keeps touching the store once the load is over.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.saves).toHaveLength(1);
  });
});
