import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writePageLanguages } from '../../../src/lib/search/page-languages-file';
import { useTempDirs } from '../../fixtures/temp-dirs';

const tempDir = useTempDirs();

/** A search folder, where the bundles and the table go. */
const searchFolder = () => tempDir('page-languages-');

/**
 * The bundle folder `name` in `folder` whose fragments have the given
 * languages (id → lang, or meta).
 */
function bundle(
  folder: string,
  name: string,
  fragments: Record<string, string | Record<string, string>>,
): string {
  const dir = join(folder, name);
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  for (const [id, lang] of Object.entries(fragments)) {
    const meta = typeof lang === 'string' ? { title: 'T', lang } : lang;
    const json = JSON.stringify({ url: `/x/articles/${id}/`, content: 'text', meta });
    writeFileSync(join(dir, 'fragment', `${id}.pf_fragment`), gzipSync(`pagefind_dcd${json}`));
  }
  return dir;
}

const table = (dir: string) => JSON.parse(readFileSync(join(dir, 'page-languages.json'), 'utf8'));

describe('writePageLanguages', () => {
  it('writes the language and date of every fragment of every bundle', () => {
    const folder = searchFolder();
    const ru = bundle(folder, 'ru', { zxx_1: { lang: 'ru', date: '2023-06' }, zxx_3: 'ru' });
    const pl = bundle(folder, 'pl', { zxx_2: { lang: 'pl', date: '2024-01-02' } });
    expect(writePageLanguages(folder, [ru, pl])).toBe(3);
    expect(table(folder)).toEqual({
      pl: { ids: 'zxx_2', dates: '2024-01-02' },
      ru: { ids: 'zxx_1 zxx_3', dates: '2023-06 0000' },
    });
  });

  it('lists the pages of a language split among several bundles by bundle', () => {
    const folder = searchFolder();
    const parts = [
      bundle(folder, 'ru.1', { zxx_1: 'ru' }),
      bundle(folder, 'ru.2', { zxx_3: 'ru' }),
      bundle(folder, 'pl', { zxx_2: 'pl' }),
    ];
    writePageLanguages(folder, parts);
    expect(table(folder)).toEqual({
      pl: { ids: 'zxx_2', dates: '0000' },
      'ru.1': { ids: 'zxx_1', dates: '0000' },
      'ru.2': { ids: 'zxx_3', dates: '0000' },
    });
  });

  it('puts an unchanged page in the bundle it is in now, when its language was split since', () => {
    const previous = searchFolder();
    writePageLanguages(previous, [bundle(previous, 'ru', { zxx_1: 'ru', zxx_3: 'ru' })]);
    const next = searchFolder();
    const parts = [bundle(next, 'ru.1', { zxx_1: 'ru' }), bundle(next, 'ru.2', { zxx_3: 'ru' })];
    expect(writePageLanguages(next, parts, previous)).toBe(0);
    expect(table(next)).toEqual({
      'ru.1': { ids: 'zxx_1', dates: '0000' },
      'ru.2': { ids: 'zxx_3', dates: '0000' },
    });
  });

  it('reads only fragments the last build did not have, and drops the ones gone', () => {
    const previous = searchFolder();
    writePageLanguages(previous, [
      bundle(previous, 'ru', { zxx_1: 'ru' }),
      bundle(previous, 'pl', { zxx_2: 'pl' }),
    ]);
    // zxx_1 is unchanged: its (unreadable) file must not be read again.
    const next = searchFolder();
    const ru = bundle(next, 'ru', {});
    writeFileSync(join(ru, 'fragment', 'zxx_1.pf_fragment'), 'not gzip');
    const es = bundle(next, 'es', { zxx_3: 'es' });
    expect(writePageLanguages(next, [ru, es], previous)).toBe(1);
    expect(table(next)).toEqual({
      es: { ids: 'zxx_3', dates: '0000' },
      ru: { ids: 'zxx_1', dates: '0000' },
    });
  });

  it('names the page whose fragment has no language', () => {
    const folder = searchFolder();
    const dir = bundle(folder, 'ru', { zxx_1: { title: 'T' } });
    expect(() => writePageLanguages(folder, [dir])).toThrow(
      /\/x\/articles\/zxx_1\/ has no "lang" metadata/,
    );
  });

  it('reuses a table an older build wrote by language, with its split bundles named', () => {
    const previous = searchFolder();
    writeFileSync(
      join(previous, 'page-languages.json'),
      JSON.stringify({ ru: { ids: 'zxx_1 zxx_3', dates: '2021 2022', bundles: 'ru.1 ru.2' } }),
    );
    const next = searchFolder();
    const parts = [bundle(next, 'ru.1', { zxx_1: 'ru' }), bundle(next, 'ru.2', { zxx_3: 'ru' })];
    expect(writePageLanguages(next, parts, previous)).toBe(0);
    expect(table(next)).toEqual({
      'ru.1': { ids: 'zxx_1', dates: '2021' },
      'ru.2': { ids: 'zxx_3', dates: '2022' },
    });
  });

  it('reads a page again whose id the last table gave to another language', () => {
    // Ids are short hashes, unique within a bundle only.
    const previous = searchFolder();
    writePageLanguages(previous, [bundle(previous, 'pl', { zxx_1: 'pl' })]);
    const next = searchFolder();
    const parts = [
      bundle(next, 'pl', { zxx_1: 'pl' }),
      bundle(next, 'ru', { zxx_1: { lang: 'ru', date: '2021' } }),
    ];
    expect(writePageLanguages(next, parts, previous)).toBe(1);
    expect(table(next)).toEqual({
      pl: { ids: 'zxx_1', dates: '0000' },
      ru: { ids: 'zxx_1', dates: '2021' },
    });
  });

  it('names the page whose language is not that of its bundle', () => {
    const folder = searchFolder();
    const dir = bundle(folder, 'ru.1', { zxx_1: 'pl' });
    expect(() => writePageLanguages(folder, [dir])).toThrow(
      /zxx_1\.pf_fragment says "lang" is "pl", but it is in the bundle of "ru"/,
    );
  });
});
