import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle, projectFile, SEED_CASES } from '../lib/import/seed-cases';
import { runScript, tempDir, type Run } from './run-script';

const seedPath = (seed: string) => `tests/fixtures/seeds/${seed}`;

/** The command-line flags for the facts a seed's committed front matter has. */
function flagsOf({ group, translationOf }: { group?: string; translationOf?: string }) {
  return [
    ...(group ? ['--group', group] : []),
    ...(translationOf ? ['--translation-of', translationOf] : []),
  ];
}

let root: ReturnType<typeof tempDir>;
beforeEach(() => {
  root = tempDir('import');
});
afterEach(() => root.remove());

const importInto = (...args: string[]): Run =>
  runScript('import.ts', [...args, '--root', root.path]);
/** Every file under the temp root's content/, relative to it. */
const written = () =>
  existsSync(join(root.path, 'content'))
    ? readdirSync(join(root.path, 'content'), { recursive: true, encoding: 'utf8' }).filter((p) =>
        p.endsWith('.md'),
      )
    : [];

// Each test starts the script (Node.js, tsx and franc) once or twice.
describe('npm run import', { timeout: 60_000 }, () => {
  it.each(SEED_CASES)(
    'turns $seed into the committed article, body for body and field for field',
    ({ seed, file, flags }) => {
      const run = importInto(seedPath(seed), ...flagsOf(flags));
      expect(run.stderr).toContain(`wrote ${file}`);
      expect(run.code).toBe(0);
      const mine = parseArticle(readFileSync(join(root.path, file), 'utf8'));
      const committed = parseArticle(projectFile(file));
      expect(mine.body).toBe(committed.body);
      expect(mine.data).toEqual(committed.data);
      expect(written()).toEqual([file.replace(/^content\//, '')]);
    },
  );

  it('imports several files in one run, checking each against the ones before', () => {
    const [es, de] = SEED_CASES;
    const run = importInto(seedPath(es!.seed), seedPath(de!.seed), ...flagsOf(es!.flags));
    expect(run.code).toBe(0);
    expect(written().sort()).toEqual(
      [
        'articles/de/' + de!.file.split('/').pop(),
        'articles/es/' + es!.file.split('/').pop(),
      ].sort(),
    );
  });

  it('reports each removed line with the file and its line number', () => {
    const run = importInto(seedPath('003_aaa0f4996a652047.txt'));
    const file = seedPath('003_aaa0f4996a652047.txt');
    expect(run.stderr).toContain(`${file}:1  removed page clutter (no words): $41.27 €43.65`);
    for (const [line, text] of [
      [2, 'menu closed'],
      [3, 'menu open'],
      [4, 'weather 0 Киев'],
      [5, 'languages'],
    ]) {
      expect(run.stderr).toContain(
        `${file}:${line}  removed page clutter (a run of short lines (menu or link list)): ${text}`,
      );
    }
    expect(run.stderr).toMatch(new RegExp(`${file}:9  removed the headline repeated`));
  });

  it('prints the article and writes nothing with --dry-run', () => {
    const { seed, file } = SEED_CASES[4]!;
    const run = importInto(seedPath(seed), '--dry-run');
    expect(run.code).toBe(0);
    expect(parseArticle(run.stdout)).toEqual(parseArticle(projectFile(file)));
    expect(run.stderr).toContain(`dry run, ${file} was not written`);
    expect(written()).toEqual([]);
  });

  it('never overwrites an existing file', () => {
    const { seed, file } = SEED_CASES[3]!;
    expect(importInto(seedPath(seed)).code).toBe(0);
    writeFileSync(join(root.path, file), 'edited by hand');
    const again = importInto(seedPath(seed));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${file} already exists and is never overwritten`);
    expect(again.stderr).toContain('nothing was written');
    expect(readFileSync(join(root.path, file), 'utf8')).toBe('edited by hand');
  });

  it('refuses a second version in a language its translation group already has', () => {
    const [es] = SEED_CASES;
    expect(importInto(seedPath(es!.seed), ...flagsOf(es!.flags)).code).toBe(0);
    const run = importInto(seedPath(es!.seed), ...flagsOf(es!.flags), '--slug', 'otra-version');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /expected at most one article per language in group "kazakhstan-west-russia"/,
    );
    expect(written()).toHaveLength(1);
  });

  it('handles a byte-order mark and Windows line endings like the plain file', () => {
    const { seed, file } = SEED_CASES[3]!;
    const windows = join(root.path, 'windows.txt');
    const text = readFileSync(join('tests/fixtures/seeds', seed), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(windows, `\uFEFF${text}`);
    const run = importInto(windows, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(importInto(seedPath(seed), '--dry-run').stdout);
    expect(parseArticle(run.stdout)).toEqual(parseArticle(projectFile(file)));
  });

  describe('bad input: a message naming the file and what is expected, exit 1, nothing written', () => {
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['empty.txt', '', /empty.txt: the file is empty; expected the text of an article/],
      [
        'image.txt',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
        /image.txt: .*NUL bytes.*expected plain UTF-8 text/,
      ],
      [
        'latin1.txt',
        new Uint8Array([0x54, 0x69, 0x74, 0x65, 0x6c, 0x0a, 0x47, 0x72, 0xf6, 0xdf, 0x65]),
        /latin1.txt: the file is not valid UTF-8 \(first bad byte on line 2\).*Expected UTF-8/,
      ],
      [
        'french.txt',
        'Le Kazakhstan prend ses distances\nDepuis le début de la guerre, le Kazakhstan cherche à préserver sa neutralité tout en évitant que son territoire serve à contourner les sanctions occidentales.\n',
        /french.txt: the text looks like French \(fr\), which is not one of the site's languages \(en, es, de, ru, pl\)/,
      ],
      [
        'italian.txt',
        "Il Kazakistan prende le distanze\nDall'inizio della guerra, il Kazakistan cerca di preservare la propria neutralità evitando che il suo territorio venga usato per aggirare le sanzioni.\n",
        /italian.txt: the text looks like Italian \(it\)/,
      ],
    ];

    it.each(cases)('%s', (name, content, message) => {
      const path = join(root.path, name);
      writeFileSync(path, content);
      const run = importInto(path);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(`${path}: nothing was written.`);
      expect(written()).toEqual([]);
    });

    it('a missing file', () => {
      const run = importInto('no-such-file.txt');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('no-such-file.txt: no such file');
    });

    it('a bad flag', () => {
      const run = importInto(seedPath(SEED_CASES[3]!.seed), '--date', 'June 2023');
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /--date "June 2023": expected a real date as YYYY, YYYY-MM or YYYY-MM-DD/,
      );
    });
  });

  it('explains itself with --help and without files', () => {
    expect(runScript('import.ts', ['--help']).stdout).toMatch(
      /^Usage: npm run import -- <file...>/,
    );
    const bare = runScript('import.ts', []);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toBe('import: expected at least 1 input; see npm run import -- --help\n');
  });
});
