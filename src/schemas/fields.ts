import { z } from 'astro/zod';
import { locales } from '../i18n/locales';
import { parsePartialDate } from '../lib/partial-date';

/** One of the configured languages, with an error that lists them. */
export const localeSchema = z.enum(locales, {
  error: (issue) =>
    `expected one of the configured languages (${locales.join(', ')}), got ${JSON.stringify(issue.input)}`,
});

/** Any BCP 47 language tag, for passages in a language the site has no UI for. */
export const languageTagSchema = z
  .string()
  .regex(
    /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
    'expected a BCP 47 language tag such as "en" or "pt-BR"',
  );

/** A lowercase Latin slug: letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'expected a slug of lowercase Latin letters, digits and hyphens',
  );

/** The id of an article: `<lang>/<slug>`, as its file path under content/articles. */
export const articleIdSchema = z
  .string()
  .regex(
    /^[a-z]{2}\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'expected an article id "<lang>/<slug>", such as "de/some-title"',
  );

/** An absolute http(s) URL. Other schemes (`javascript:`, `data:`) are refused. */
export const webUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'expected an absolute http:// or https:// URL',
});

/**
 * A publication date known to the year, month or day: `2023`, `2023-06` or
 * `2023-06-14`. YAML turns unquoted dates into Date objects and years into
 * numbers, so both are read back as the text the editor wrote.
 */
export const partialDateSchema = z.preprocess(
  (value) =>
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? String(value)
        : value,
  z.string().transform((text, ctx) => {
    const date = parsePartialDate(text);
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(text)}`,
      });
      return z.NEVER;
    }
    return date;
  }),
);
