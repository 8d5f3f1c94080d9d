/**
 * Bad inputs, as a careful editor would make them: each must give one clear
 * line naming the file and line (or the flag), a non-zero exit, and leave
 * content/ and dist/ as they were. The content cases run through
 * `npm run validate` (scripts/validate.ts) all at once, since validation is the
 * build's own check (src/integrations/content-guard.ts); each case is also
 * checked on its own in-process, so that it alone stops a build. The build's
 * own failures (a lock, an interrupt, a flag) run the build script.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blockingProblems, formatProblem } from '../../src/lib/content/problem';
import { checkContent } from '../../src/lib/content/validate-content';
import { ROOT, runScript, tempDir } from '../scripts/run-script';
import { BUILD_TIMEOUT, makeSite, removeSites } from './test-site';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const remove of cleanup.splice(0)) remove();
  removeSites();
});

const article = (lang: string, title: string, extra = '', body = 'Text.') =>
  `---\ntitle: ${title}\nlang: ${lang}\n${extra}---\n\n${body}\n`;
const names = (de: string) => `names: { en: ${de}, es: ${de}, de: ${de}, ru: ${de}, pl: ${de} }\n`;

/** A small valid project: two articles and an entity. */
const VALID: Record<string, string | Buffer> = {
  'articles/de/gueltig.md': article('de', 'Gültig', 'group: g\n'),
  'articles/en/valid.md': article('en', 'Valid', 'group: g\ntranslationOf: de/gueltig\n'),
  'entities/astana.yaml': `type: place\n${names('Astana')}`,
};

/** One bad input: the files it adds, and the one line it must give. */
interface BadInput {
  name: string;
  files: Record<string, string | Buffer>;
  /** The whole report line (after the leading spaces), file and line first. */
  line: RegExp;
  /** True when it is a warning: it stops only a strict build. */
  warning?: boolean;
}

const CASES: BadInput[] = [
  {
    name: 'a title saved in Latin-1, not UTF-8',
    files: { 'articles/de/latin.md': Buffer.from(article('de', 'Straße am Fluß'), 'latin1') },
    line: /^content\/articles\/de\/latin\.md:2 {2}file: expected UTF-8 text, but line 2 has the bytes 0xDF, .*save it again as UTF-8$/,
  },
  {
    name: 'a NUL byte in the body',
    files: {
      'articles/de/nul.md': article('de', 'Nul', '', 'Erste Zeile.\n\nZweite\u0000 Zeile.'),
    },
    line: /^content\/articles\/de\/nul\.md:8 {2}file: expected text without control characters, but line 8 has U\+0000 \(NUL\)/,
  },
  {
    name: 'an entity file in Windows-1252',
    files: {
      'entities/koeln.yaml': Buffer.concat([
        Buffer.from(`type: place\n${names('Koeln')}aliases:\n  de: [K`),
        Buffer.from([0xf6]),
        Buffer.from('ln]\n'),
      ]),
    },
    line: /^content\/entities\/koeln\.yaml:4 {2}file: expected UTF-8 text, but line 4 has the bytes 0xF6/,
  },
  {
    name: 'a :::lang passage without a code',
    files: {
      'articles/de/ohne-code.md': article('de', 'Ohne Code', '', 'Text.\n\n:::lang\nEnglish.\n:::'),
    },
    line: /^content\/articles\/de\/ohne-code\.md:8 {2}body: expected :::lang\{code=<language>\} .*got no code$/,
  },
  {
    name: 'a passage in a language otherLanguages does not list',
    files: {
      'articles/de/fremd.md': article(
        'de',
        'Fremd',
        '',
        'Text.\n\n:::lang{code=fr}\nFrançais.\n:::',
      ),
    },
    line: /^content\/articles\/de\/fremd\.md:8 {2}body: expected otherLanguages to include "fr"/,
  },
  {
    name: 'a misspelt directive, published as text',
    files: {
      'articles/de/tippfehler.md': article(
        'de',
        'Tippfehler',
        'otherLanguages: [en]\n',
        'Text.\n\n:::langg{code=en}\nEnglish.\n:::',
      ),
    },
    line: /^content\/articles\/de\/tippfehler\.md:9 {2}body: warning: unknown directive ":::langg"/,
    warning: true,
  },
  {
    name: 'raw HTML the sanitiser removes',
    files: {
      'articles/de/skript.md': article('de', 'Skript', '', 'Text.\n\n<script>alert(1)</script>'),
    },
    line: /^content\/articles\/de\/skript\.md:8 {2}body: warning: raw HTML <script> is removed/,
    warning: true,
  },
  {
    name: 'an unclosed quote in the front matter',
    files: {
      'articles/de/anfuehrung.md': '---\ntitle: "Offen\nlang: de\ndate: 2024\n---\n\nText.\n',
    },
    line: /^content\/articles\/de\/anfuehrung\.md:2 {2}front matter: expected valid YAML: the quote that opens this value is never closed/,
  },
  {
    name: 'broken YAML in an original, which a translation links to: one error, not two',
    files: {
      'articles/es/original.md':
        '---\ntitle: Original\nlang: es\ngroup: h\n  date: 2024\n---\n\nTexto.\n',
      'articles/pl/tlumaczenie.md': article(
        'pl',
        'Tłumaczenie',
        'group: h\ntranslationOf: es/original\n',
      ),
    },
    line: /^content\/articles\/es\/original\.md:5 {2}front matter: expected valid YAML/,
  },
  {
    name: 'an alias that is a frequent word of its language',
    files: {
      'entities/artikel.yaml': `type: organisation\n${names('Artikelverband')}aliases:\n  de: [der]\n`,
    },
    line: /^content\/entities\/artikel\.yaml:4 {2}aliases\.de\.0: expected a name, but "der" is one of the most frequent words of German/,
  },
  {
    name: 'an alias of one letter',
    files: { 'entities/kurz.yaml': `type: person\n${names('Kurz Name')}aliases:\n  ru: [и]\n` },
    line: /^content\/entities\/kurz\.yaml:4 {2}aliases\.ru\.0: expected a form of at least 2 letters, got "и"/,
  },
  {
    name: 'an alias two entities share',
    files: {
      'entities/nur-sultan.yaml': `type: place\n${names('Nur-Sultan')}aliases:\n  en: [Astana]\n`,
    },
    line: /^content\/entities\/nur-sultan\.yaml:4 {2}aliases\.en\.0: expected a form no other entity uses, but "Astana" \(en\) is also a form of content\/entities\/astana\.yaml$/,
  },
  {
    name: 'a title of 2,000 characters',
    files: { 'articles/de/lang.md': article('de', 'W'.repeat(2000)) },
    line: /^content\/articles\/de\/lang\.md:2 {2}title: expected a headline of at most 300 characters, got 2000/,
  },
  {
    name: 'an article saved as .markdown',
    files: { 'articles/de/endung.markdown': article('de', 'Endung') },
    line: /^content\/articles\/de\/endung\.markdown {2}file: expected an article file ending in \.md, got "\.markdown"/,
  },
  {
    name: 'an article saved as .mdx',
    files: { 'articles/en/page.mdx': article('en', 'MDX') },
    line: /^content\/articles\/en\/page\.mdx {2}file: expected an article file ending in \.md, got "\.mdx"/,
  },
];

/** A project folder with VALID and `files` under content/, and a dist/ with one page. */
function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir('bad-inputs');
  cleanup.push(dir.remove);
  for (const [file, text] of Object.entries({ ...VALID, ...files })) {
    mkdirSync(join(dir.path, 'content', file, '..'), { recursive: true });
    writeFileSync(join(dir.path, 'content', file), text);
  }
  mkdirSync(join(dir.path, 'dist'));
  writeFileSync(join(dir.path, 'dist/index.html'), '<!doctype html><title>published</title>');
  return dir.path;
}

/** A digest of every file under content/ and dist/: equal before and after means unchanged. */
function snapshot(root: string): string {
  const hash = createHash('sha256');
  for (const top of ['content', 'dist']) {
    const base = join(root, top);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base, { recursive: true, encoding: 'utf8' }).sort()) {
      const path = join(base, name);
      hash.update(name);
      try {
        hash.update(readFileSync(path));
      } catch {
        // a folder
      }
    }
  }
  return hash.digest('hex');
}

/** The lines of a report that name `file`. */
const linesOf = (report: string, file: string) =>
  report
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(`content/${file}`));

describe('bad content, reported by npm run validate', { timeout: 120_000 }, () => {
  it('the valid project passes, so every problem below comes from its case', () => {
    const root = project({});
    const run = runScript('validate.ts', ['--root', root]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('every case at once: exit 1, one line each with file and line, nothing changed', () => {
    const root = project(Object.assign({}, ...CASES.map((c) => c.files)));
    const before = snapshot(root);
    const run = runScript('validate.ts', ['--root', root]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
    for (const { name, files, line } of CASES) {
      const file = Object.keys(files)[0]!;
      const lines = linesOf(run.stderr, file);
      expect(lines, `${name}: one line for ${file}`).toHaveLength(1);
      expect(lines[0], name).toMatch(line);
    }
    // The translation of the broken original is not reported as a link to nothing.
    expect(run.stderr).not.toContain('does not exist');
    expect(snapshot(root), 'content/ and dist/ are unchanged').toBe(before);
  });

  it.each(CASES)('$name: on its own, stops a build (a warning: a strict one)', async (bad) => {
    const root = project(bad.files);
    const { problems } = await checkContent(root);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(bad.line)]);
    expect(blockingProblems(problems, false)).toHaveLength(bad.warning ? 0 : 1);
    expect(blockingProblems(problems, true)).toHaveLength(1);
  });

  it('warnings alone pass, but not with --strict', () => {
    const warnings = CASES.filter((c) => c.warning);
    const root = project(Object.assign({}, ...warnings.map((c) => c.files)));
    const lenient = runScript('validate.ts', ['--root', root]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/^2 content warnings:/);
    const strict = runScript('validate.ts', ['--strict', '--root', root]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict: warnings count as errors');
  });
});

describe('commands called the wrong way', { timeout: 120_000 }, () => {
  it.each([
    ['validate.ts', ['content'], 'validate: unexpected argument content'],
    ['validate.ts', ['--frobnicate'], 'validate: unknown option --frobnicate'],
    ['validate.ts', ['--root'], 'validate: option --root <value> needs a value'],
    [
      'validate.ts',
      ['--root', '/no/such/folder'],
      'validate: --root /no/such/folder: expected a project folder',
    ],
    ['translations.ts', ['--csv'], 'translations: unknown option --csv'],
    ['translations.ts', ['somewhere'], 'translations: unexpected argument somewhere'],
    ['entities.ts', [], 'entities: expected the command "suggest"'],
    ['entities.ts', ['suggest', '--jsn'], 'entities: unknown option --jsn'],
    ['entities.ts', ['suggest', '--min-mentions', 'many'], 'expects a whole number of at least 1'],
    ['stories.ts', ['sugest'], 'stories: expected the command "suggest", got "sugest"'],
  ])('%s %j: one line naming the mistake and the help, exit 2', (script, args, first) => {
    const run = runScript(script, args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(first);
    expect(run.stderr).toContain(`; see npm run ${script.replace(/\.ts$/, '')} -- --help`);
  });

  it('--help prints the usage and exits 0', () => {
    for (const script of ['validate.ts', 'translations.ts', 'entities.ts', 'stories.ts']) {
      const run = runScript(script, ['--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: npm run/);
    }
  });

  it('translations --json prints the table as JSON', () => {
    const run = runScript('translations.ts', ['--json', '--root', project({})]);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { key: string; missing: string[] }[];
    expect(rows).toEqual([expect.objectContaining({ key: 'g', missing: ['es', 'ru', 'pl'] })]);
  });
});

/** Runs the project's build script in `cwd` with `args`. */
function build(cwd: string, args: string[] = []) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 60_000,
  });
}

describe('the build refuses what it cannot do, in one line', { timeout: 120_000 }, () => {
  it('an unknown flag: exit 2 and one line, nothing built', () => {
    const root = project({});
    const before = snapshot(root);
    const run = build(root, ['--fast']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('build: unknown option --fast; see npm run build -- --help\n');
    expect(snapshot(root)).toBe(before);
  });

  it('a second build in the same folder: refused while the first runs, dist/ unchanged', () => {
    const root = project({});
    // The lock of a build that runs: this test's own process stands for it.
    writeFileSync(join(root, '.build.lock'), `${process.pid}\n`);
    const before = snapshot(root);
    const run = build(root);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `Another build is running in this folder (process ${process.pid}); wait for it to finish or stop it. Nothing was changed. (Its lock is .build.lock.)`,
    );
    expect(snapshot(root)).toBe(before);
    expect(existsSync(join(root, '.build-staging'))).toBe(false);
  });

  it(
    'an interrupted build says so, stops, and leaves no staging folder and no dist/',
    async () => {
      const dir = makeSite('bad-inputs-interrupt', { articles: 'valid' });
      const child = spawn(process.execPath, [join(dir, 'scripts/build.mjs')], {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      let sent = false;
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        // Once Astro has started building into the staging folder.
        if (!sent && output.includes('[build]')) {
          sent = true;
          child.kill('SIGINT');
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(sent, output).toBe(true);
      expect(code, output).not.toBe(0);
      expect(output).toContain('Build interrupted (SIGINT)');
      expect(output).toContain('the staging folder was removed');
      expect(existsSync(join(dir, '.build-staging'))).toBe(false);
      expect(existsSync(join(dir, '.build.lock'))).toBe(false);
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    },
    BUILD_TIMEOUT,
  );
});
