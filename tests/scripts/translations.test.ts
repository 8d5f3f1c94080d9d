import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runScript, tempDir } from './run-script';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const remove of cleanup) remove();
  cleanup = [];
});

function project(files: Record<string, string>): string {
  const dir = tempDir('translations');
  cleanup.push(dir.remove);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir.path, 'content/articles', file, '..'), { recursive: true });
    writeFileSync(join(dir.path, 'content/articles', file), text);
  }
  return dir.path;
}

const article = (lang: string, extra = '') =>
  `---\ntitle: "T"\nlang: ${lang}\n${extra}---\n\nText.\n`;

// Each test starts the script (Node.js and tsx) once.
describe('npm run translations', { timeout: 60_000 }, () => {
  it('prints the real collection as a table with the five languages as columns', () => {
    const run = runScript('translations.ts', []);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[2]!.split(/\s{2,}/)).toEqual(['group / article', 'en', 'es', 'de', 'ru', 'pl']);
    const group = lines.find((l) => l.startsWith('kazakhstan-west-russia '))!;
    expect(group.split(/\s{2,}/)).toEqual([
      'kazakhstan-west-russia',
      'missing',
      'translation',
      'translation',
      'missing',
      'missing',
    ]);
    expect(run.stdout).toContain(
      '  es  es/de-que-lado-esta-kazajstan-en-la-lucha-de-occidente-contra-rusia',
    );
    expect(run.stdout).toMatch(
      /\nde\/zwischen-ost-und-west-selbstbestimmt-und-neutral +missing +missing +original +missing +missing\n/,
    );
  });

  it('shows a group with an original, a translation and what is missing', () => {
    const root = project({
      'en/story.md': article('en', 'group: story\n'),
      'pl/historia.md': article(
        'pl',
        'group: story\ntranslationOf: en/story\nmachineTranslation: true\n',
      ),
      'ru/odna.md': article('ru'),
    });
    const run = runScript('translations.ts', ['--root', root]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\nstory +original +missing +missing +missing +machine translation\n/,
    );
    expect(run.stdout).toMatch(/\nru\/odna +missing +missing +missing +original +missing\n/);
    expect(run.stdout).toContain(
      'story:\n  en  en/story\n  pl  pl/historia\n  missing: es, de, ru',
    );
  });

  it('shows the valid articles and names the files it had to leave out', () => {
    const root = project({ 'de/gut.md': article('de'), 'de/kaputt.md': article('xx') });
    const run = runScript('translations.ts', ['--root', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('de/gut');
    expect(run.stderr).toContain('content/articles/de/kaputt.md:3  lang: expected one of');
  });
});
