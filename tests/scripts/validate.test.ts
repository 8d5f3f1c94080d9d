import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfContent, ROOT, runScript, tempDir } from './run-script';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const remove of cleanup) remove();
  cleanup = [];
});

/** A temp copy of the real content; `files` are written into content/articles/ on top. */
function contentWith(files: Record<string, string>): string {
  const dir = copyOfContent();
  cleanup.push(dir.remove);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir.path, 'content/articles', file, '..'), { recursive: true });
    writeFileSync(join(dir.path, 'content/articles', file), text);
  }
  return dir.path;
}

const validate = (root?: string) => runScript('validate.ts', root ? ['--root', root] : []);

// Each test starts the script (Node.js and tsx) once.
describe('npm run validate', { timeout: 60_000 }, () => {
  it('passes the real content and says how many articles it checked', () => {
    const run = validate();
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^\d+ articles OK\n$/);
    expect(run.code).toBe(0);
  });

  it('counts the articles of the root it is given', () => {
    const real = readdirSync(join(ROOT, 'content/articles'), { recursive: true, encoding: 'utf8' });
    const count = real.filter((path) => path.endsWith('.md')).length;
    const root = contentWith({ 'en/extra.md': '---\ntitle: "Extra"\nlang: en\n---\n\nText.\n' });
    expect(validate(root).stdout).toBe(`${count + 1} articles OK\n`);
  });

  it('reports every problem at once, with file, line, field and what is expected', () => {
    const root = contentWith({
      'fr/article.md': '---\ntitle: "Bonjour"\nlang: fr\n---\n\nTexte.\n',
      'de/bad-date.md': '---\ntitle: "Datum"\nlang: de\ndate: "2023-02-30"\n---\n\nText.\n',
      'de/unknown-key.md': '---\ntitle: "Schlüssel"\nlang: de\nauthr: Jemand\n---\n\nText.\n',
      'es/otra.md':
        '---\ntitle: "Otra"\nlang: es\ngroup: kazakhstan-west-russia\ntranslationOf: external\n---\n\nTexto.\n',
      'ru/broken-link.md':
        '---\ntitle: "Ссылка"\nlang: ru\ngroup: g\ntranslationOf: de/nope\n---\n\nТекст.\n',
      'pl/empty.md': '---\ntitle: "Pusty"\nlang: pl\n---\n',
    });
    const run = validate(root);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const report = run.stderr;
    expect(report).toMatch(/^6 content problems:/);
    expect(report).toContain(
      'content/articles/fr/article.md  file: expected content/articles/<lang>/<slug>.md with <lang> one of en, es, de, ru, pl',
    );
    expect(report).toContain(
      'content/articles/de/bad-date.md:4  date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2023-02-30"',
    );
    expect(report).toMatch(/content\/articles\/de\/unknown-key\.md:4 {2}authr: .*authr/);
    expect(report).toMatch(
      /content\/articles\/es\/otra\.md:4 {2}group: expected at most one article per language in group "kazakhstan-west-russia"/,
    );
    expect(report).toContain(
      'content/articles/ru/broken-link.md:5  translationOf: expected the id of an existing article ("<lang>/<slug>"), but "de/nope" does not exist',
    );
    expect(report).toContain('content/articles/pl/empty.md  body: expected the article text');
  });

  it('passes an empty project and says there is nothing yet', () => {
    const dir = tempDir('empty');
    cleanup.push(dir.remove);
    mkdirSync(join(dir.path, 'content'));
    const run = validate(dir.path);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^0 articles OK/);
  });

  it('checks what the build checks: the committed files pass unchanged', () => {
    // Guards the copy helper: a copy is byte-identical, so its result is the real one.
    const root = contentWith({});
    const file = 'content/articles/de/zwischen-ost-und-west-selbstbestimmt-und-neutral.md';
    expect(readFileSync(join(root, file), 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(validate(root).code).toBe(0);
  });
});
