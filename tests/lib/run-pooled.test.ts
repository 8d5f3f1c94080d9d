import { describe, expect, it } from 'vitest';
import { runPooled } from '../../src/lib/run-pooled';

/** Tasks that record how many run at once, each finishing when released. */
function tasks(count: number) {
  let running = 0;
  const widths: number[] = [];
  const release: (() => void)[] = [];
  const list = Array.from({ length: count }, () => async () => {
    running += 1;
    widths.push(running);
    await new Promise<void>((resolve) => release.push(resolve));
    running -= 1;
  });
  return { list, widths, release };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('runPooled', () => {
  it('runs one task at a time until told it may widen, then up to the limit', async () => {
    const { list, widths, release } = tasks(5);
    let widen!: () => void;
    const done = runPooled(list, 2, new Promise<void>((resolve) => (widen = resolve)));
    await tick();
    expect(widths).toEqual([1]);
    release.shift()!();
    await tick();
    expect(widths).toEqual([1, 1]);
    widen();
    await tick();
    expect(widths).toEqual([1, 1, 2]);
    while (release.length > 0) {
      release.shift()!();
      await tick();
    }
    await done;
    expect(widths).toHaveLength(5);
    expect(Math.max(...widths)).toBe(2);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    let started = 0;
    const failing = [
      async () => {
        started += 1;
        throw new Error('Pagefind failed');
      },
      async () => {
        started += 1;
      },
    ];
    await expect(runPooled(failing, 1)).rejects.toThrow('Pagefind failed');
    await tick();
    expect(started).toBe(1);
  });

  it('finishes at once with no tasks', async () => {
    await expect(runPooled([], 2)).resolves.toBeUndefined();
  });
});
