import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSchema } from '../../../src/schemas/article';
import type { ImportOptions } from '../../../src/lib/import/import-article';

/** The project root. */
export const ROOT = new URL('../../../', import.meta.url);

/**
 * The raw seeds and the articles committed from them, with the answers an
 * editor gives for what the text cannot tell (as the committed front matter
 * has them).
 */
export const SEED_CASES: { seed: string; file: string; flags: ImportOptions }[] = [
  {
    seed: '000_12d957c1323f9d0e.txt',
    file: 'content/articles/es/de-que-lado-esta-kazajstan-en-la-lucha-de-occidente-contra-rusia.md',
    flags: { group: 'kazakhstan-west-russia', translationOf: 'external' },
  },
  {
    seed: '001_cffdb7f6991e9c69.txt',
    file: 'content/articles/de/auf-welcher-seite-steht-kasachstan-im-kampf-des-westens-gegen-russland.md',
    flags: { group: 'kazakhstan-west-russia', translationOf: 'external' },
  },
  {
    seed: '002_23cb9a45d46c81ef.txt',
    file: 'content/articles/de/zwischen-ost-und-west-selbstbestimmt-und-neutral.md',
    flags: {},
  },
  {
    seed: '003_aaa0f4996a652047.txt',
    file: 'content/articles/ru/bloger-ivanov-slozhilis-vse-predposylki-chtoby-kollektivniy-zapad-pomog.md',
    flags: {},
  },
  {
    seed: '004_4aff1e08da48c974.txt',
    file: 'content/articles/pl/kazachstan-dystansuje-sie-od-rosji-pojawiaja-sie-obawy-o-uzycie-sily.md',
    flags: {},
  },
];

/** The bytes of a raw seed. */
export function seedBytes(seed: string): Buffer {
  return readFileSync(new URL(`tests/fixtures/seeds/${seed}`, ROOT));
}

/** A file of the project, as text. */
export function projectFile(file: string): string {
  return readFileSync(new URL(file, ROOT), 'utf8');
}

/** An article file split into its validated front matter and its body. */
export function parseArticle(source: string) {
  const { frontmatter, content } = parseFrontmatter(source);
  return { data: articleSchema.parse(frontmatter), body: content };
}
