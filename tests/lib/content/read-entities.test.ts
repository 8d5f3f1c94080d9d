import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEntities } from '../../../src/lib/content/read-entities';

const valid = `type: place
names:
  en: Astana
  es: Astaná
  de: Astana
  ru: Астана
  pl: Astana
aliases:
  ru: [Нур-Султан]
`;

// Each problem must name the file, the field and the line an editor has to fix.
describe('readEntities', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'read-entities-'));
    const dir = join(root, 'content/entities');
    await mkdir(join(dir, 'sub'), { recursive: true });
    const files: Record<string, string> = {
      'astana.yaml': valid,
      'missing-name.yaml': valid.replace('  pl: Astana\n', ''),
      'bad-alias.yaml': valid.replace('ru: [Нур-Султан]', 'fr: [Astana]'),
      'bad-yaml.yaml': 'type: place\nnames: [unclosed\n',
      'Upper.yaml': valid,
      'astana.yml': valid,
      'sub/nested.yaml': valid,
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads a valid entity with its id and the lines of its fields', async () => {
    const { entities } = await readEntities(root);
    expect(entities.map((e) => e.id)).toEqual(['astana']);
    expect(entities[0]!.lineOf(['aliases', 'ru', 0])).toBe(9);
    expect(entities[0]!.lineOf(['names', 'pl'])).toBe(7);
  });

  it('reports every problem with file, line and field', async () => {
    const { problems } = await readEntities(root);
    const lines = problems.map((p) => `${p.file}:${p.line ?? ''} ${p.field}`).sort();
    expect(lines).toEqual([
      'content/entities/Upper.yaml: file',
      'content/entities/astana.yml: file',
      'content/entities/bad-alias.yaml:9 aliases.fr',
      // The parser reports an unclosed bracket where it notices it: at the end.
      'content/entities/bad-yaml.yaml:3 file',
      // A missing key points at its parent, the nearest line there is.
      'content/entities/missing-name.yaml:2 names.pl',
      'content/entities/sub/nested.yaml: file',
    ]);
    const alias = problems.find((p) => p.field === 'aliases.fr');
    expect(alias?.message).toContain('unknown language "fr"');
  });

  it('is empty, not failing, without a content/entities folder', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'read-entities-empty-'));
    try {
      expect(await readEntities(empty)).toEqual({ entities: [], problems: [] });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
