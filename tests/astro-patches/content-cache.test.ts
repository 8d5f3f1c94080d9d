import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contentCodeChanged,
  contentCodeDigest,
  recordContentCode,
} from '../../src/astro-patches/content-cache.mjs';

const roots: string[] = [];

/** A project folder with a plugin and a page. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-cache-'));
  roots.push(root);
  mkdirSync(join(root, 'src/plugins'), { recursive: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'src/plugins/rehype-x.ts'), 'export const x = 1;');
  writeFileSync(join(root, 'src/pages/index.astro'), '<p>hi</p>');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('content cache fingerprint', () => {
  it('asks for a full render on the first build, and not again for the same code', () => {
    const root = project();
    const digest = contentCodeDigest(root);
    expect(contentCodeChanged(root, digest)).toBe(true);
    recordContentCode(root, digest);
    expect(contentCodeChanged(root, contentCodeDigest(root))).toBe(false);
  });

  it('changes when plugin code changes, not when a page changes', () => {
    const root = project();
    const before = contentCodeDigest(root);
    writeFileSync(join(root, 'src/pages/index.astro'), '<p>hello</p>');
    expect(contentCodeDigest(root)).toBe(before);
    writeFileSync(join(root, 'src/plugins/rehype-x.ts'), 'export const x = 2;');
    expect(contentCodeDigest(root)).not.toBe(before);
  });

  it('changes when the loader that renders the articles changes', () => {
    const root = project();
    mkdirSync(join(root, 'src/astro-patches'), { recursive: true });
    writeFileSync(join(root, 'src/astro-patches/markdown-render-worker.ts'), 'export const x = 1;');
    const before = contentCodeDigest(root);
    writeFileSync(join(root, 'src/astro-patches/markdown-render-worker.ts'), 'export const x = 2;');
    expect(contentCodeDigest(root)).not.toBe(before);
  });

  it('changes when a file is added or renamed', () => {
    const root = project();
    const before = contentCodeDigest(root);
    writeFileSync(join(root, 'src/plugins/remark-y.ts'), 'export const x = 1;');
    const added = contentCodeDigest(root);
    expect(added).not.toBe(before);
    rmSync(join(root, 'src/plugins/remark-y.ts'));
    writeFileSync(join(root, 'src/plugins/remark-z.ts'), 'export const x = 1;');
    expect(contentCodeDigest(root)).not.toBe(added);
  });
});
