import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressSite } from '../../scripts/deploy-compress.mjs';
import { useTempDirs } from '../fixtures/temp-dirs';

const makeTempDir = useTempDirs();

describe('compressSite', () => {
  it('writes a .gz copy of each text file, as new as the file, and leaves Pagefind’s files alone', () => {
    const root = makeTempDir('deploy-compress');
    mkdirSync(join(root, 'de'), { recursive: true });
    mkdirSync(join(root, 'pagefind/de/fragment'), { recursive: true });
    const page = '<!doctype html><p>Kasachstan</p>'.repeat(50);
    writeFileSync(join(root, 'de/index.html'), page);
    writeFileSync(join(root, 'pagefind/de/fragment/zxx_1.pf_fragment'), 'already gzip');
    writeFileSync(join(root, 'pagefind/de/wasm.unknown.pagefind'), 'already gzip');

    const totals = compressSite(root);

    expect(totals.files).toBe(1);
    expect(totals.compressed).toBeLessThan(totals.bytes);
    const gz = join(root, 'de/index.html.gz');
    expect(gunzipSync(readFileSync(gz)).toString()).toBe(page);
    const seconds = (file: string) => Math.trunc(statSync(file).mtimeMs / 1000);
    expect(seconds(gz)).toBe(seconds(join(root, 'de/index.html')));
    expect(existsSync(join(root, 'pagefind/de/fragment/zxx_1.pf_fragment.gz'))).toBe(false);
    expect(existsSync(join(root, 'pagefind/de/wasm.unknown.pagefind.gz'))).toBe(false);
  });
});
