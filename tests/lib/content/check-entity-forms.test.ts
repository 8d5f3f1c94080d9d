import { describe, expect, it } from 'vitest';
import { checkEntityForms } from '../../../src/lib/content/check-entity-forms';
import type { ReadEntity } from '../../../src/lib/content/read-entities';
import { entitySchema } from '../../../src/schemas/entity';

function entity(id: string, data: Record<string, unknown>): ReadEntity {
  return {
    id,
    file: `content/entities/${id}.yaml`,
    data: entitySchema.parse(data),
    lineOf: (path) => path.length * 10,
  };
}

const names = (name: string) => ({ en: name, es: name, de: name, ru: name, pl: name });

describe('checkEntityForms', () => {
  it('accepts entities whose forms differ in each language', () => {
    const kremlin = entity('kremlin', { type: 'organisation', names: names('Kremlin') });
    const moscow = entity('moscow', { type: 'place', names: names('Moscow') });
    expect(checkEntityForms([kremlin, moscow])).toEqual([]);
  });

  it('accepts one entity using the same form in several languages', () => {
    expect(
      checkEntityForms([entity('nato', { type: 'organisation', names: names('NATO') })]),
    ).toEqual([]);
  });

  it('reports a form two entities share in one language, ignoring case and accents', () => {
    const kremlin = entity('kremlin', { type: 'organisation', names: names('Kremlin') });
    const other = entity('kreml', {
      type: 'place',
      names: names('Moscow'),
      aliases: { pl: ['KREMLÍN'] },
    });
    expect(checkEntityForms([kremlin, other])).toEqual([
      {
        file: 'content/entities/kreml.yaml',
        line: 30,
        field: 'aliases.pl.0',
        message:
          'expected a form no other entity uses, but "KREMLÍN" (pl) is also a form of content/entities/kremlin.yaml',
      },
    ]);
  });
});
