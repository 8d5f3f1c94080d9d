import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writePageLanguages } from '../../../src/lib/search/page-languages-file';
import { useTempDirs } from '../../fixtures/temp-dirs';

const tempDir = useTempDirs();

/** A bundle folder whose fragments have the given languages (id → lang, or meta). */
function bundle(fragments: Record<string, string | Record<string, string>>): string {
  const dir = tempDir('page-languages-');
  mkdirSync(join(dir, 'fragment'));
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
    const ru = bundle({ zxx_1: { lang: 'ru', date: '2023-06' }, zxx_3: 'ru' });
    const pl = bundle({ zxx_2: { lang: 'pl', date: '2024-01-02' } });
    expect(writePageLanguages(ru, [ru, pl])).toBe(3);
    expect(table(ru)).toEqual({
      pl: { ids: 'zxx_2', dates: '2024-01-02' },
      ru: { ids: 'zxx_1 zxx_3', dates: '2023-06 0000' },
    });
  });

  it('reads only fragments the last build did not have, and drops the ones gone', () => {
    const previous = bundle({ zxx_1: 'ru', zxx_2: 'pl' });
    writePageLanguages(previous, [previous]);
    // zxx_1 is unchanged: its (unreadable) file must not be read again.
    const next = bundle({ zxx_3: 'es' });
    writeFileSync(join(next, 'fragment', 'zxx_1.pf_fragment'), 'not gzip');
    expect(writePageLanguages(next, [next], previous)).toBe(1);
    expect(table(next)).toEqual({
      es: { ids: 'zxx_3', dates: '0000' },
      ru: { ids: 'zxx_1', dates: '0000' },
    });
  });

  it('names the page whose fragment has no language', () => {
    const dir = bundle({ zxx_1: { title: 'T' } });
    expect(() => writePageLanguages(dir, [dir])).toThrow(
      /\/x\/articles\/zxx_1\/ has no "lang" metadata/,
    );
  });
});
