import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/lib/content/read-articles';
import type { Problem } from '../../../src/lib/content/problem';

// checkFile is what an editor meets when a file is wrong: each problem must name
// the file, the field and, where there is one, the line to fix.
const FILE = 'content/articles/de/zwischen-ost-und-west.md';

function check(source: string, file = FILE) {
  const problems: Problem[] = [];
  const article = checkFile(file, source, problems);
  return { article, problems };
}

const valid = '---\ntitle: "Zwischen Ost und West"\nlang: de\n---\n\nVon Anfang an.\n';

describe('checkFile', () => {
  it('reads a valid article with its id, data and body', () => {
    const { article, problems } = check(valid);
    expect(problems).toEqual([]);
    expect(article).toMatchObject({
      id: 'de/zwischen-ost-und-west',
      file: FILE,
      data: { title: 'Zwischen Ost und West', lang: 'de' },
    });
    expect(article?.body.trim()).toBe('Von Anfang an.');
    expect(article?.lineOf('lang')).toBe(3);
  });

  it('reports a language that is not configured, at its line', () => {
    const { problems } = check('---\ntitle: T\nlang: fr\n---\n\nText.\n');
    expect(problems).toEqual([expect.objectContaining({ file: FILE, field: 'lang', line: 3 })]);
    expect(problems[0]?.message).toContain('en, es, de, ru, pl');
  });

  it('reports a missing title at the top of the front matter', () => {
    const { problems } = check('---\nlang: de\n---\n\nText.\n');
    expect(problems).toEqual([expect.objectContaining({ field: 'title', line: 1 })]);
  });

  it('reports an impossible date at its line', () => {
    const { problems } = check('---\ntitle: T\nlang: de\ndate: "2023-13"\n---\n\nText.\n');
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'date',
        line: 4,
        message: expect.stringContaining('2023-13'),
      }),
    ]);
  });

  it('reports a nested field by its dotted path and line', () => {
    const source = '---\ntitle: T\nlang: de\nsource:\n  url: "javascript:alert(1)"\n---\n\nText.\n';
    expect(check(source).problems).toEqual([
      expect.objectContaining({ field: 'source.url', line: 5 }),
    ]);
  });

  it('reports a language that does not match the folder', () => {
    const { problems, article } = check('---\ntitle: T\nlang: es\n---\n\nTexto.\n');
    expect(problems).toEqual([
      {
        file: FILE,
        line: 3,
        field: 'lang',
        message: 'expected "de" to match the folder content/articles/de/, got "es"',
      },
    ]);
    // Still returned, so the translation checks can run on it too.
    expect(article?.id).toBe('de/zwischen-ost-und-west');
  });

  it('reports a folder that is not a language', () => {
    const { problems, article } = check(valid, 'content/articles/Es/Foo Bar.md');
    expect(article).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ field: 'file', message: expect.stringContaining('<lang>') }),
    ]);
  });

  it('reports a file name that would make a bad URL', () => {
    const { problems } = check(valid, 'content/articles/de/Foo Bar.md');
    expect(problems).toEqual([
      expect.objectContaining({ field: 'file', message: expect.stringContaining('"Foo Bar"') }),
    ]);
  });

  it('reports a file without front matter', () => {
    const { problems, article } = check('Just text, no front matter.\n');
    expect(article).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ field: 'front matter', line: 1 })]);
  });

  it('reports invalid YAML at the line where it breaks', () => {
    // Line 3 indents a key under a scalar, which YAML cannot read.
    const { problems, article } = check('---\ntitle: T\n  lang: de\n---\n\nText.\n');
    expect(article).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ field: 'front matter', line: 3 })]);
    expect(problems[0]?.message).toMatch(/^expected valid YAML: /);
  });

  it('reports a duplicated key at the second occurrence', () => {
    const { problems } = check('---\ntitle: A\nlang: de\ntitle: B\n---\n\nText.\n');
    expect(problems).toEqual([expect.objectContaining({ line: 4 })]);
  });

  it('reports an article without text', () => {
    const { problems } = check('---\ntitle: T\nlang: de\n---\n\n   \n');
    expect(problems).toEqual([expect.objectContaining({ file: FILE, field: 'body' })]);
  });

  it('names a misspelt field in the message', () => {
    const { problems } = check('---\ntitle: T\nlang: de\nauthr: X\n---\n\nText.\n');
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'authr',
        line: 4,
        message: expect.stringContaining('"authr"'),
      }),
    ]);
  });

  // js-yaml turns an unquoted 2023-02-30 into the Date 2023-03-02; the validator
  // must read the date as written so it is not published as 2 March.
  it('rejects an impossible date even when it is not quoted', () => {
    const { problems } = check('---\ntitle: T\nlang: de\ndate: 2023-02-30\n---\n\nText.\n');
    expect(problems).toEqual([expect.objectContaining({ field: 'date', line: 4 })]);
  });
});
