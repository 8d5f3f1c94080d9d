import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/lib/content/problem';
import { validateContent } from '../../../src/lib/content/validate-content';

// validateContent is what the build runs before rendering a page: the real
// content must pass, and a broken project must show every problem at once.
describe('validateContent on the project', () => {
  it('finds no problem in the committed articles', async () => {
    const problems = await validateContent(process.cwd());
    // The report, not a bare count, is what helps when this fails.
    expect(formatReport(problems)).toBe('');
  });
});

describe('validateContent on a broken project', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'content-guard-'));
    const files: Record<string, string> = {
      'de/original.md': '---\ntitle: Original\nlang: de\ngroup: g\n---\n\nText.\n',
      'es/copia.md': '---\ntitle: Copia\nlang: es\ngroup: g\n---\n\nTexto.\n',
      'ru/bad-lang.md': '---\ntitle: Статья\nlang: fr\n---\n\nТекст.\n',
      'pl/dangling.md':
        '---\ntitle: Tekst\nlang: pl\ngroup: h\ntranslationOf: de/nowhere\n---\n\nTekst.\n',
      'en/notes.txt': 'Not an article: the site would not publish it, so it is reported.',
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(root, 'content/articles', path, '..'), { recursive: true });
      await writeFile(join(root, 'content/articles', path), text);
    }
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reports problems of single files and of links between them together', async () => {
    const problems = await validateContent(root);
    // Two originals in group g: the one later in language order (es before de) is flagged.
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([
      'content/articles/de/original.md translationOf',
      'content/articles/en/notes.txt file',
      'content/articles/pl/dangling.md translationOf',
      'content/articles/ru/bad-lang.md lang',
    ]);
  });

  it('gives paths relative to the project root, with forward slashes', async () => {
    for (const problem of await validateContent(root)) {
      expect(problem.file).toMatch(/^content\/articles\/[a-z]{2}\/[a-z-]+\.(?:md|txt)$/);
    }
  });

  it('reports nothing for a project without articles', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'content-guard-empty-'));
    try {
      expect(await validateContent(empty)).toEqual([]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
