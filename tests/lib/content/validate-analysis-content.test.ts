import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate-content';

// validateContent runs in the build (content guard) and in `npm run validate`:
// entity and story problems must stop both, together with article problems.
describe('validateContent with entities and stories', () => {
  let root: string;
  const text = '{ en: Aa, es: Bb, de: Cc, ru: Dd, pl: Ee }';

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'content-guard-analysis-'));
    const files: Record<string, string> = {
      'articles/de/ein-artikel.md': '---\ntitle: Artikel\nlang: de\nstory: nope\n---\n\nText.\n',
      'entities/astana.yaml': `type: place\nnames: ${text}\n`,
      'entities/also-astana.yaml': `type: place\nnames: { en: Xx, es: Yy, de: Zz, ru: Ww, pl: Ee }\n`,
      'entities/no-type.yaml': `names: ${text}\n`,
      'stories/kz.yaml': `title: ${text}\nsummary: ${text}\narticles:\n  - de/ein-artikel\n  - ru/missing\n`,
    };
    for (const [path, source] of Object.entries(files)) {
      await mkdir(join(root, 'content', path, '..'), { recursive: true });
      await writeFile(join(root, 'content', path), source);
    }
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reports entity, story and link problems with file, line and field', async () => {
    const problems = await validateContent(root);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`).sort()).toEqual([
      'content/articles/de/ein-artikel.md:4 story',
      // "Ee" is the Polish name of both; the later file is flagged.
      'content/entities/astana.yaml:2 names.pl',
      'content/entities/no-type.yaml:1 type',
      'content/stories/kz.yaml:5 articles.1',
    ]);
  });
});
