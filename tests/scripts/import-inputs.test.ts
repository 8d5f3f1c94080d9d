import { createServer, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, tempDir, type Run } from './run-script';

/** The importer as a child process, asynchronously, so the test's own HTTP server keeps answering. */
function importAsync(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'import.ts'), ...args],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const PAGE = join(ROOT, 'tests/fixtures/import/pages/heise-de.html');
const COPIED = join(ROOT, 'tests/fixtures/import/copied');

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/article') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(require_page());
    } else if (request.url === '/cp1251') {
      const article = `<html><head><title>Тест</title></head><body><article><h1>Заголовок статьи о погоде в городе</h1>${[1, 2, 3, 4].map((n) => `<p>Сегодня в городе прошёл сильный дождь номер ${n}, и жители остались дома, потому что на улицах было очень много воды.</p>`).join('')}</article></body></html>`;
      response.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
      response.end(Buffer.from(encode1251(article)));
    } else if (request.url === '/image') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => server.close());

import { readFileSync } from 'node:fs';
const require_page = () => readFileSync(PAGE);

/** windows-1251 bytes of a text of Cyrillic and ASCII letters. */
function encode1251(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      const code = c.codePointAt(0)!;
      if (code < 0x80) return code;
      if (c === 'ё') return 0xb8;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return 0x3f;
    }),
  );
}

let root: ReturnType<typeof tempDir>;
beforeEach(() => {
  root = tempDir('import-inputs');
});
afterEach(() => root.remove());

const written = () =>
  existsSync(join(root.path, 'content'))
    ? readdirSync(join(root.path, 'content'), { recursive: true, encoding: 'utf8' }).filter((p) =>
        p.endsWith('.md'),
      )
    : [];

describe('npm run import with pages, addresses and folders', { timeout: 60_000 }, () => {
  it('imports a saved web page with its metadata and without its menus', async () => {
    const run = await importAsync([PAGE, '--root', root.path]);
    expect(run.code).toBe(0);
    const [file] = written();
    const text = readFileSync(join(root.path, 'content', file!), 'utf8');
    expect(text).toContain('title: "1Password für Mac generiert Einmal-Passwörter"');
    expect(text).toContain('date: "2015-04-08"');
    expect(text).toContain('Zur TOTP-Nutzung muss zunächst ein Startwert');
    expect(text).not.toContain('Einloggen');
    expect(text).not.toMatch(/<script|javascript:|<iframe|onclick/i);
    expect(run.stderr).toMatch(/removed page blocks 1–\d+: Heise-Foren/);
  });

  it('downloads a page from an address and reads its charset', async () => {
    const run = await importAsync([`${base}/article`, '--dry-run', '--root', root.path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1Password für Mac');
    const cyrillic = await importAsync([`${base}/cp1251`, '--dry-run', '--root', root.path]);
    expect(cyrillic.stdout).toContain('Сегодня в городе прошёл сильный дождь номер 1');
    expect(written()).toEqual([]);
  });

  it('imports a folder, each file, with one summary at the end', async () => {
    const folder = join(root.path, 'in');
    mkdirSync(folder);
    for (const name of ['de-zeitung.txt', 'pl-portal.txt'])
      copyFileSync(join(COPIED, name), join(folder, name));
    writeFileSync(join(folder, 'empty.txt'), '');
    const run = await importAsync([folder, '--root', root.path]);
    expect(run.code).toBe(1);
    expect(written()).toHaveLength(2);
    expect(run.stderr).toContain(`${join(folder, 'empty.txt')}: the file is empty`);
    expect(run.stderr).toMatch(/2 of 3 imported, 1 refused/);
  });

  const oneLine: [string, () => string[], RegExp][] = [
    [
      'an unknown flag',
      () => ['x.txt', '--source', 'y'],
      /^import: unknown option --source; see npm run import -- --help\n$/,
    ],
    [
      'an unreachable address',
      () => ['http://127.0.0.1:9/a'],
      /^http:\/\/127.0.0.1:9\/a: could not be reached/,
    ],
    ['an address that is not HTML', () => [`${base}/image`], /: is "image\/png", not an HTML page/],
    ['an address that answers 404', () => [`${base}/missing`], /: answered HTTP 404/],
    [
      'a file of another kind',
      () => [join(ROOT, 'package.json')],
      /package.json: has the extension .json; expected a saved web page/,
    ],
  ];
  it.each(oneLine)(
    '%s: one line, non-zero exit, nothing written, no stack trace',
    async (_, args, message) => {
      const run = await importAsync([...args(), '--root', root.path]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(written()).toEqual([]);
    },
  );
});
