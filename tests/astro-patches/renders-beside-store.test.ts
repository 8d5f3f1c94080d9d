import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  forgetMissingRenders,
  pruneBeside,
  readBeside,
  renderFileOf,
  renderFilesIn,
  storeBeside,
} from '../../src/astro-patches/renders-beside-store';
import { useTempDirs } from '../fixtures/temp-dirs';

const tempDir = useTempDirs();

/** A render as the Markdown pipeline gives it to Astro. */
const render = (html: string, searchKeys = 'moskva moskau') => ({
  html,
  metadata: {
    headings: [],
    imagePaths: [],
    frontmatter: { title: 'Moskau', searchKeys, openingText: 'Moskau ist…', mentions: [] },
  },
});

describe('storeBeside', () => {
  it('keeps in the store the render without its HTML and search keys, and gives them back whole', () => {
    const dir = tempDir('renders-');
    const whole = render('<p>Moskau ist <em>groß</em>.</p>');
    const stored = storeBeside(whole, dir);
    expect(stored.html).toBe('');
    expect(JSON.stringify(stored)).not.toContain('groß');
    expect(JSON.stringify(stored)).not.toContain('moskva');
    // What pages read from the store without the HTML is still there.
    expect(stored.metadata.frontmatter).toEqual({
      title: 'Moskau',
      openingText: 'Moskau ist…',
      mentions: [],
    });
    expect(readBeside(stored, dir)).toEqual(whole);
  });

  it('names the file by what it holds, so a changed article gets a new name (and new cache keys)', () => {
    const dir = tempDir('renders-');
    const a = renderFileOf(storeBeside(render('<p>a</p>'), dir));
    expect(renderFileOf(storeBeside(render('<p>a</p>'), dir))).toBe(a);
    expect(renderFileOf(storeBeside(render('<p>b</p>'), dir))).not.toBe(a);
    expect(renderFileOf(storeBeside(render('<p>a</p>', 'other'), dir))).not.toBe(a);
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('keeps a render without search keys without them', () => {
    const dir = tempDir('renders-');
    const whole = { html: '<p>x</p>', metadata: { frontmatter: { title: 'x' } } };
    expect(readBeside(storeBeside(whole, dir), dir)).toEqual(whole);
  });
});

describe('readBeside', () => {
  it('gives back a render that was never kept beside the store as it is', () => {
    const whole = render('<p>a</p>');
    expect(readBeside(whole, tempDir('renders-'))).toBe(whole);
  });
});

describe('pruneBeside', () => {
  it('removes the files no entry names, and only those', () => {
    const dir = tempDir('renders-');
    const kept = renderFileOf(storeBeside(render('<p>kept</p>'), dir))!;
    const old = renderFileOf(storeBeside(render('<p>old</p>'), dir))!;
    expect(pruneBeside(dir, new Set([kept]))).toBe(1);
    expect(existsSync(join(dir, `${kept}.json`))).toBe(true);
    expect(existsSync(join(dir, `${old}.json`))).toBe(false);
  });

  it('does nothing when there is no folder yet', () => {
    expect(pruneBeside(join(tempDir('renders-'), 'none'), new Set())).toBe(0);
  });
});

describe('forgetMissingRenders', () => {
  it('drops the entries whose render file is gone, so that they render again', () => {
    const dir = tempDir('renders-');
    const kept = { id: 'de/kept', rendered: storeBeside(render('<p>kept</p>'), dir) };
    const lost = { id: 'de/lost', rendered: storeBeside(render('<p>lost</p>'), dir) };
    const plain = { id: 'de/plain', rendered: render('<p>plain</p>') };
    rmSync(join(dir, `${renderFileOf(lost.rendered)}.json`));
    const entries = new Map([kept, lost, plain].map((entry) => [entry.id, entry]));
    const store = {
      values: () => [...entries.values()],
      delete: (id: string) => entries.delete(id),
    };
    expect(forgetMissingRenders(store, dir)).toBe(1);
    expect([...entries.keys()]).toEqual(['de/kept', 'de/plain']);
    expect(renderFilesIn(store)).toEqual(new Set([renderFileOf(kept.rendered)]));
  });
});
