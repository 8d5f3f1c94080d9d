import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { workersFromEnv } from '../../src/loaders/glob-with-render-workers';

describe('workersFromEnv', () => {
  it('uses one worker per core when MARKDOWN_RENDER_WORKERS is not set', () => {
    expect(workersFromEnv(undefined)).toBe(availableParallelism());
    expect(workersFromEnv('')).toBe(availableParallelism());
  });

  it('takes a whole number, 0 included', () => {
    expect(workersFromEnv('0')).toBe(0);
    expect(workersFromEnv('3')).toBe(3);
  });

  it('refuses anything else, naming the variable and what it expects', () => {
    expect(() => workersFromEnv('two')).toThrow(
      'MARKDOWN_RENDER_WORKERS: expected a whole number of worker threads (0 renders on the main thread), got "two".',
    );
    expect(() => workersFromEnv('-1')).toThrow(/MARKDOWN_RENDER_WORKERS/);
  });
});
