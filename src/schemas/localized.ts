import { z } from 'astro/zod';
import { locales } from '../i18n/locales';

const text = z
  .string({ error: `expected a text in every configured language (${locales.join(', ')})` })
  .trim()
  .min(1, 'expected a non-empty text');

/**
 * A text in every configured language, e.g. an entity's name or a story's
 * title: `{ en: ..., es: ..., de: ..., ru: ..., pl: ... }`. All are required,
 * so that no page of any UI language falls back to another language.
 */
export const localizedTextSchema = z.record(z.enum(locales), text);

/** A text in every configured language. */
export type LocalizedText = z.output<typeof localizedTextSchema>;

/** Lists of texts by language, any language left out: `{ ru: [Токаев], pl: [Tokajew] }`. */
export const localizedListSchema = z.partialRecord(z.enum(locales), z.array(text));

/** Lists of texts by language, any language optional. */
export type LocalizedList = z.output<typeof localizedListSchema>;
