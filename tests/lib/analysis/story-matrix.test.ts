import { describe, expect, it } from 'vitest';
import { buildStoryMatrix, type MatrixEntity } from '../../../src/lib/analysis/story-matrix';
import type { Mention } from '../../../src/lib/mentions/collect-mentions';

const entities: MatrixEntity[] = [
  { id: 'tokayev', type: 'person', name: 'Tokayev' },
  { id: 'putin', type: 'person', name: 'Putin' },
  { id: 'nato', type: 'organisation', name: 'NATO' },
  { id: 'astana', type: 'place', name: 'Astana' },
  { id: 'kazakhstan', type: 'place', name: 'Kazakhstan' },
];

const mention = (entity: string, count: number): Mention => ({ entity, count });
const mentions: Record<string, Mention[]> = {
  'es/a': [mention('kazakhstan', 4), mention('nato', 1), mention('astana', 3)],
  'ru/b': [mention('kazakhstan', 17), mention('tokayev', 1), mention('nato', 1)],
  'pl/c': [mention('kazakhstan', 9), mention('tokayev', 1), mention('putin', 3)],
};
const build = (ids = Object.keys(mentions)) =>
  buildStoryMatrix(ids, (id) => mentions[id] ?? [], entities, new Intl.Collator('en'));

describe('buildStoryMatrix', () => {
  it('counts each entity per article, in the order of the articles', () => {
    const places = build().find((g) => g.type === 'place')!;
    expect(places.rows.map((r) => [r.entity.id, r.counts])).toEqual([
      ['kazakhstan', [4, 17, 9]],
      ['astana', [3, 0, 0]],
    ]);
  });

  it('groups by kind, people first, and leaves out what no article mentions', () => {
    expect(build(['es/a']).map((g) => [g.type, g.rows.map((r) => r.entity.id)])).toEqual([
      ['organisation', ['nato']],
      ['place', ['astana', 'kazakhstan']],
    ]);
  });

  it('puts entities more articles mention first, then sorts by name', () => {
    const people = build().find((g) => g.type === 'person')!;
    expect(people.rows.map((r) => [r.entity.id, r.articles])).toEqual([
      ['tokayev', 2],
      ['putin', 1],
    ]);
  });

  it('is empty for a story whose articles mention nothing', () => {
    expect(build(['de/none'])).toEqual([]);
  });
});
