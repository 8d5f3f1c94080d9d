import { foldWord } from '../mentions/name-endings';
import { formsOf } from '../mentions/entity-forms';
import { formProblem } from './check-form-words';
import type { Problem } from './problem';
import type { ReadEntity } from './read-entities';

/** Where a form is written: its field, as a path in the entity file. */
export function pathOf(entity: ReadEntity, lang: string, form: string): (string | number)[] {
  const { names, aliases, inflections } = entity.data;
  const key = lang as keyof typeof names;
  if (names[key] === form) return ['names', lang];
  const alias = aliases[key]?.indexOf(form) ?? -1;
  if (alias >= 0) return ['aliases', lang, alias];
  return ['inflections', lang, inflections[key]?.indexOf(form) ?? 0];
}

/**
 * Checks that no two entities share a surface form in one language: the text
 * "Kreml" can only be a mention of one of them, and which one would depend on
 * the order the files were read. Forms are compared as the matcher sees them:
 * without case or accents.
 */
export function checkEntityForms(entities: readonly ReadEntity[]): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, ReadEntity>();
  for (const entity of entities) {
    for (const [lang, forms] of Object.entries(formsOf(entity.data))) {
      for (const form of new Set(forms)) {
        // A form that cannot be a name has its own error (check-form-words.ts).
        if (formProblem(form, lang)) continue;
        const key = `${lang}\u0000${foldWord(form, lang)}`;
        const owner = owners.get(key);
        if (!owner) {
          owners.set(key, entity);
        } else if (owner !== entity) {
          const path = pathOf(entity, lang, form);
          problems.push({
            file: entity.file,
            line: entity.lineOf(path),
            field: path.join('.'),
            message: `expected a form no other entity uses, but "${form}" (${lang}) is also a form of ${owner.file}`,
          });
        }
      }
    }
  }
  return problems;
}
