import { z } from 'astro/zod';
import { localizedListSchema, localizedTextSchema } from './localized';

/** What kind of thing an entity is; the entity index groups by it. */
export const entityTypeSchema = z.enum(['person', 'organisation', 'place', 'other'], {
  error: (issue) =>
    `expected one of person, organisation, place, other; got ${JSON.stringify(issue.input)}`,
});

/** The kind of an entity. */
export type EntityType = z.output<typeof entityTypeSchema>;

/**
 * One person, organisation or place that articles mention,
 * `content/entities/<id>.yaml` (the file name is its id). Every surface form
 * listed here is searched for in the articles of its language, word by word on
 * stems, so a form is written once in its dictionary form and its inflections
 * are found by rule (see src/lib/mentions/word-match.ts).
 */
export const entitySchema = z.strictObject({
  /** Person, organisation, place, or other (an event, a treaty, a name not yet sorted). */
  type: entityTypeSchema,
  /** The name in each configured language, as readers of that language know it (all required). */
  names: localizedTextSchema,
  /**
   * Other forms of the name used in text, per language: surnames alone,
   * abbreviations ("NATO", "ЕАЭС"), other spellings ("Kazajstán" beside
   * "Kazajistán"). Abbreviations written in capitals match only in capitals.
   */
  aliases: localizedListSchema.default({}),
  /**
   * Inflected forms that no rule derives from the names and aliases, per
   * language, e.g. Polish "Unii Europejskiej" for "Unia Europejska". Matched
   * like aliases. Keep these rare: prefer improving the rules.
   */
  inflections: localizedListSchema.default({}),
});

/** Validated data of an entity file. */
export type EntityData = z.output<typeof entitySchema>;
