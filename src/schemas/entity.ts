import { z } from 'astro/zod';
import { locales } from '../i18n/locales';
import { localizedListSchema, localizedTextSchema } from './localized';

/** A one-line description: no line breaks, at most 160 characters. */
const oneLineSchema = z
  .string()
  .trim()
  .min(1, 'expected a non-empty line')
  .max(160, 'expected one line of at most 160 characters')
  .regex(/^[^\n\r]*$/, 'expected one line, without line breaks');

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
  /**
   * Who or what it is, in one line per language, any language left out
   * (`{ en: President of Kazakhstan since 2019 }`): shown under the name on
   * its page and in the index. Only facts an editor can stand by.
   */
  description: z.partialRecord(z.enum(locales), oneLineSchema).default({}),
});

/** Validated data of an entity file. */
export type EntityData = z.output<typeof entitySchema>;
