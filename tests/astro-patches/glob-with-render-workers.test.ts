import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  rendersBeforeWorkersFromEnv,
  workersFromEnv,
} from '../../src/astro-patches/glob-with-render-workers';

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

describe('rendersBeforeWorkersFromEnv', () => {
  it('renders the first 20 entries on the main thread unless told otherwise', () => {
    expect(rendersBeforeWorkersFromEnv(undefined)).toBe(20);
    expect(rendersBeforeWorkersFromEnv('0')).toBe(0);
  });

  it('refuses anything but a whole number, naming the variable', () => {
    expect(() => rendersBeforeWorkersFromEnv('few')).toThrow(
      'MARKDOWN_RENDERS_BEFORE_WORKERS: expected a whole number of entries, got "few".',
    );
  });
});
