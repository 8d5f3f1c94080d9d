// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/',
      '.bench/',
      '.build-staging/',
      '.build-previous/',
      '.astro/',
      '.test-sites/',
      '.test-output/',
      'node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: {
      // One import style: TypeScript files are imported without their extension
      // (plain-Node entry points register scripts/lib/resolve-typescript.mjs).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/.*\\.ts$',
              message: 'Import TypeScript files without the `.ts` extension.',
            },
          ],
        },
      ],
    },
  },
);
