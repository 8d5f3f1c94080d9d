import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkLeadImages } from '../../../src/lib/content/check-lead-images';

const root = mkdtempSync(join(tmpdir(), 'lead-images-'));
mkdirSync(join(root, 'content/images'), { recursive: true });
writeFileSync(join(root, 'content/images/there.jpg'), 'x');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const article = (src?: string) => ({
  file: 'content/articles/en/a.md',
  lineOf: (field: string) => (field === 'image' ? 7 : undefined),
  data: src ? { image: { src } } : {},
});

describe('checkLeadImages', () => {
  test('accepts an article without an image, or with one that exists', () => {
    expect(checkLeadImages(root, [article(), article('there.jpg')])).toEqual([]);
  });

  test('names the article, line and field of an image file that does not exist', () => {
    expect(checkLeadImages(root, [article('missing.jpg')])).toEqual([
      {
        file: 'content/articles/en/a.md',
        line: 7,
        field: 'image.src',
        message:
          'expected a file in content/images/, but content/images/missing.jpg does not exist',
      },
    ]);
  });
});
