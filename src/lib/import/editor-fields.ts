import type { z } from 'astro/zod';
import { locales } from '../../i18n/locales';
import { articleSchema, sourceSchema } from '../../schemas/article';
import { localeSchema } from '../../schemas/fields';

/**
 * The front-matter facts a raw text cannot tell and the editor gives, as
 * command-line flags or answers to prompts. Each is checked with the content
 * schema's own field, so the importer accepts exactly what a build accepts.
 */

/** A value the editor may give; `undefined` means unknown. */
export interface EditorFields {
  lang?: string;
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
  author?: string;
  group?: string;
  translationOf?: string;
  originalLanguage?: string;
  machineTranslation?: boolean;
}

/** One field: its flag, its prompt, and how an answer is read. */
export interface FieldSpec<K extends keyof EditorFields = keyof EditorFields> {
  key: K;
  /** The command-line flag, e.g. `--translation-of`. */
  flag: string;
  /** What the prompt asks, ending in a hint of the expected form. */
  prompt: string;
  /** Reads an answer; an error message says what is expected. */
  parse(answer: string): { value: EditorFields[K] } | { error: string };
}

const shape = articleSchema.shape;
const source = sourceSchema.shape;

/** Parses with a schema and turns its first issue into a message. */
function withSchema<T>(schema: z.ZodType<T>) {
  return (answer: string) => {
    const result = schema.safeParse(answer.trim());
    return result.success ? { value: answer.trim() } : { error: result.error.issues[0]!.message };
  };
}

/** Keeps each entry's key and value types tied together in `FIELDS`. */
function spec<K extends keyof EditorFields>(s: FieldSpec<K>): FieldSpec<K> {
  return s;
}

/** Every field the editor can give, in the order they are asked. */
export const FIELDS = [
  spec({
    key: 'lang',
    flag: '--lang',
    prompt: `Language of the article (${locales.join(', ')})`,
    parse: withSchema(localeSchema),
  }),
  spec({
    key: 'title',
    flag: '--title',
    prompt: 'Headline, as the outlet wrote it',
    parse: withSchema(shape.title),
  }),
  spec({
    key: 'date',
    flag: '--date',
    prompt: 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD (Enter if unknown)',
    parse: withSchema(shape.date.unwrap()),
  }),
  spec({
    key: 'outlet',
    flag: '--outlet',
    prompt: 'Outlet, as it names itself (Enter if unknown)',
    parse: withSchema(source.outlet.unwrap()),
  }),
  spec({
    key: 'url',
    flag: '--url',
    prompt: 'Address of the article, https://... (Enter if unknown)',
    parse: withSchema(source.url.unwrap()),
  }),
  spec({
    key: 'author',
    flag: '--author',
    prompt: 'Author, as published (Enter if unknown)',
    parse: withSchema(shape.author.unwrap()),
  }),
  spec({
    key: 'group',
    flag: '--group',
    prompt:
      'Translation group shared by all language versions, e.g. kazakhstan-west-russia (Enter for none)',
    parse: withSchema(shape.group.unwrap()),
  }),
  spec({
    key: 'translationOf',
    flag: '--translation-of',
    prompt:
      'If this is a translation: id of the original ("de/<slug>") or "external" (Enter if it is the original)',
    parse: withSchema(shape.translationOf.unwrap()),
  }),
  spec({
    key: 'originalLanguage',
    flag: '--original-language',
    prompt: 'Language of the external original, e.g. ru (Enter if unknown)',
    parse: withSchema(shape.originalLanguage.unwrap()),
  }),
  spec({
    key: 'machineTranslation',
    flag: '--machine-translation',
    prompt: 'Was it translated by machine? yes/no (Enter if unknown)',
    parse: (answer) => {
      const word = answer.trim().toLowerCase();
      if (['y', 'yes', 'true'].includes(word)) return { value: true };
      if (['n', 'no', 'false'].includes(word)) return { value: false };
      return { error: 'expected yes or no' };
    },
  }),
] as const satisfies readonly FieldSpec[];
