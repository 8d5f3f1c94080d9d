import { describe, expect, it } from 'vitest';
import { entitySchema } from '../../src/schemas/entity';

const names = {
  en: 'Astana',
  es: 'Astaná',
  de: 'Astana',
  ru: 'Астана',
  pl: 'Astana',
};

/** The issues of parsing `input`, as `field: message` lines. */
function issuesOf(input: Record<string, unknown>): string[] {
  const result = entitySchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('entitySchema', () => {
  it('accepts a name in every language and fills the optional lists', () => {
    expect(entitySchema.parse({ type: 'place', names })).toEqual({
      type: 'place',
      names,
      aliases: {},
      inflections: {},
      description: {},
    });
  });

  it('accepts a one-line description in some languages', () => {
    const entity = { type: 'place', names, description: { en: 'Capital of Kazakhstan' } };
    expect(entitySchema.parse(entity).description).toEqual({ en: 'Capital of Kazakhstan' });
  });

  it('refuses a description of more than one line, or in a language the site does not have', () => {
    expect(issuesOf({ type: 'place', names, description: { en: 'One\nTwo' } })).toEqual([
      'description.en: expected one line, without line breaks',
    ]);
    expect(issuesOf({ type: 'place', names, description: { fr: 'Capitale' } })).toHaveLength(1);
  });

  it('accepts aliases and inflections for some languages only', () => {
    const entity = { type: 'place', names, aliases: { ru: ['Нур-Султан'] }, inflections: {} };
    expect(entitySchema.parse(entity).aliases).toEqual({ ru: ['Нур-Султан'] });
  });

  it('requires the name in every configured language', () => {
    const four = Object.fromEntries(Object.entries(names).filter(([lang]) => lang !== 'pl'));
    expect(issuesOf({ type: 'place', names: four })).toEqual([
      'names.pl: expected a text in every configured language (en, es, de, ru, pl)',
    ]);
  });

  it('names the kinds it accepts', () => {
    expect(issuesOf({ type: 'city', names })).toEqual([
      'type: expected one of person, organisation, place, other; got "city"',
    ]);
  });

  it('refuses empty forms, unknown languages and unknown fields', () => {
    const issues = issuesOf({
      type: 'place',
      names: { ...names, en: ' ' },
      aliases: { fr: ['Astana'], ru: [''] },
      wikidata: 'Q1520',
    });
    expect(issues).toEqual([
      'names.en: expected a non-empty text',
      'aliases.ru.0: expected a non-empty text',
      expect.stringMatching(/^aliases: .*"fr"/),
      expect.stringMatching(/^: .*"wikidata"/),
    ]);
  });
});
