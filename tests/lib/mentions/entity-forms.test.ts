import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formsOf, loadMentionEntities } from '../../../src/lib/mentions/entity-forms';
import { entitySchema } from '../../../src/schemas/entity';

const names = { en: 'NATO', es: 'OTAN', de: 'NATO', ru: 'НАТО', pl: 'NATO' };

describe('formsOf', () => {
  it('lists the name, aliases and inflections of every language', () => {
    const data = entitySchema.parse({
      type: 'organisation',
      names,
      aliases: { en: ['North Atlantic Alliance'] },
      inflections: { pl: ['Sojuszu'] },
    });
    expect(formsOf(data)).toEqual({
      en: ['NATO', 'North Atlantic Alliance'],
      es: ['OTAN'],
      de: ['NATO'],
      ru: ['НАТО'],
      pl: ['NATO', 'Sojuszu'],
    });
  });
});

describe('loadMentionEntities', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'mention-entities-'));
    await cp('content/entities', join(root, 'content/entities'), { recursive: true });
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('loads every entity of the project with its forms', async () => {
    const { entities } = await loadMentionEntities(process.cwd());
    const tokayev = entities.find((e) => e.id === 'tokayev');
    expect(tokayev?.forms.ru).toContain('Токаев');
    expect(entities.length).toBeGreaterThan(20);
  });

  it('changes its digest when an entity changes, so cached renders are redone', async () => {
    const before = await loadMentionEntities(root);
    await writeFile(
      join(root, 'content/entities/tokayev.yaml'),
      `type: person\nnames: ${JSON.stringify({ ...names, en: 'Tokayev' })}\n`,
    );
    const after = await loadMentionEntities(root);
    expect(after.digest).not.toBe(before.digest);
    expect(after.digest).toMatch(/^[0-9a-f]{16}$/);
  });

  it('leaves out an invalid file (the content guard reports it) and loads the rest', async () => {
    await writeFile(join(root, 'content/entities/broken.yaml'), 'type: [oops\n');
    const { entities } = await loadMentionEntities(root);
    expect(entities.some((e) => e.id === 'broken')).toBe(false);
    expect(entities.some((e) => e.id === 'nato')).toBe(true);
  });

  it('gives an empty set for a project without entities', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'mention-entities-empty-'));
    try {
      expect((await loadMentionEntities(empty)).entities).toEqual([]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
