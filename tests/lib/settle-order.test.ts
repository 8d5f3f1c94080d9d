import { describe, expect, it } from 'vitest';
import { settleOrder } from '../../src/lib/settle-order';

describe('settleOrder', () => {
  it('gives the keys in the order their promises resolve, not the order they were listed', async () => {
    const de = Promise.withResolvers<void>();
    const ru = Promise.withResolvers<void>();
    const es = Promise.withResolvers<void>();
    const turns = settleOrder(
      new Map([
        ['de', de.promise],
        ['ru', ru.promise],
        ['es', es.promise],
      ]),
    );
    const seen: string[] = [];
    for (const turn of turns) void turn.then((key) => seen.push(key));
    ru.resolve();
    await turns[0];
    expect(seen).toEqual(['ru']);
    es.resolve();
    de.resolve();
    expect(await Promise.all(turns)).toEqual(['ru', 'es', 'de']);
  });

  it('passes a rejection on to the turn it falls on', async () => {
    const turns = settleOrder(
      new Map([
        ['de', Promise.reject(new Error('Astro failed'))],
        ['ru', Promise.resolve()],
      ]),
    );
    await expect(turns[0]).rejects.toThrow('Astro failed');
    await expect(turns[1]).resolves.toBe('ru');
  });
});
