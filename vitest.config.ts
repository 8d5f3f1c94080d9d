/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests: pure logic, schemas, plugins and the content guard. */
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
});
