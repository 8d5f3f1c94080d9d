import slugify from '@sindresorhus/slugify';
import type { EditorFields } from './editor-fields';
import type { Credit } from './extract-metadata';

/** Longest slug; longer titles are cut at a word boundary so URLs stay readable. */
export const SLUG_MAX_LENGTH = 72;

/**
 * The file name of an article: its title transliterated to lowercase Latin
 * (Cyrillic and accented letters included), cut after the last whole word that
 * fits in `SLUG_MAX_LENGTH`. A single word longer than that is cut where it must.
 */
export function articleSlug(title: string, max = SLUG_MAX_LENGTH): string {
  const slug = slugify(title);
  if (slug.length <= max) return slug;
  const cut = slug.lastIndexOf('-', max);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max).replace(/-+$/, '');
}

/** Everything the front matter of an imported article holds. */
export interface ImportedFields extends EditorFields {
  title: string;
  lang: string;
  otherLanguages: string[];
  credits: Credit[];
}

/**
 * A YAML string. JSON's double-quoted strings are valid YAML and need no
 * thought about colons, quotes or `#` in a headline.
 */
const quote = (value: string) => JSON.stringify(value);

/**
 * The front matter, `---` lines included, with only the fields that are known,
 * in the order the schema documents them. Dates are quoted because YAML would
 * read an unquoted `2023-06-14` as a timestamp.
 */
export function frontMatter(fields: ImportedFields): string {
  const lines = [`title: ${quote(fields.title)}`, `lang: ${fields.lang}`];
  if (fields.otherLanguages.length > 0) {
    lines.push(`otherLanguages: [${fields.otherLanguages.join(', ')}]`);
  }
  if (fields.date) lines.push(`date: ${quote(fields.date)}`);
  if (fields.outlet || fields.url) {
    lines.push('source:');
    if (fields.outlet) lines.push(`  outlet: ${quote(fields.outlet)}`);
    if (fields.url) lines.push(`  url: ${quote(fields.url)}`);
  }
  if (fields.author) lines.push(`author: ${quote(fields.author)}`);
  // Quoted: a slug such as `null` or `true` would otherwise be read as YAML's.
  if (fields.group) lines.push(`group: ${quote(fields.group)}`);
  if (fields.translationOf) lines.push(`translationOf: ${fields.translationOf}`);
  if (fields.originalLanguage) lines.push(`originalLanguage: ${fields.originalLanguage}`);
  if (fields.machineTranslation !== undefined) {
    lines.push(`machineTranslation: ${fields.machineTranslation}`);
  }
  if (fields.credits.length > 0) {
    lines.push('credits:');
    for (const credit of fields.credits) {
      lines.push(`  - role: ${credit.role}`, `    name: ${quote(credit.name)}`);
    }
  }
  return ['---', ...lines, '---', ''].join('\n');
}
