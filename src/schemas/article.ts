import { z } from 'astro/zod';
import {
  articleIdSchema,
  languageTagSchema,
  localeSchema,
  partialDateSchema,
  slugSchema,
  webUrlSchema,
} from './fields';

/**
 * The longest title accepted: headlines run to about 150 characters at most;
 * a longer one is text pasted into the wrong field, and would fill a card,
 * the page's <title> and every feed item.
 */
export const TITLE_MAX_LENGTH = 300;

/** Where an article was published. Either part may be unknown, but not both. */
export const sourceSchema = z
  .strictObject({
    /** The outlet's name as it presents itself, e.g. "Ilta-Sanomat". */
    outlet: z.string().trim().min(1).optional(),
    /** The address the article was collected from. */
    url: webUrlSchema.optional(),
  })
  .refine((source) => source.outlet || source.url, 'expected an outlet, a url or both');

/** Where lead images live, relative to the project root. */
export const IMAGES_DIR = 'content/images';

/**
 * An article's lead image: a file in content/images/ (JPEG, PNG, WebP or
 * AVIF), what it shows for readers who cannot see it, and where known its
 * caption and credit. The build makes responsive, compressed versions of it.
 */
export const leadImageSchema = z.strictObject({
  /** The file's name in content/images/, e.g. `astana-2023.jpg`. */
  src: z
    .string()
    .regex(
      /^[\w.-]+\.(?:jpe?g|png|webp|avif)$/i,
      `expected the name of a .jpg, .png, .webp or .avif file in ${IMAGES_DIR}/`,
    ),
  /** What the picture shows, for readers who cannot see it, in the article's language. */
  alt: z.string().trim().min(1, 'expected a text saying what the picture shows'),
  /** The caption, in the article's language, as the outlet wrote it. */
  caption: z.string().trim().min(1).optional(),
  /** Who made the picture, as published (shown only with the picture). */
  credit: z.string().trim().min(1).optional(),
});

/** What a credit line credits. */
export const creditRoleSchema = z.enum([
  'photo',
  'illustration',
  'video',
  'translation',
  'editing',
]);

/** A credit line, kept as the outlet wrote it. */
export const creditSchema = z.strictObject({
  /** What is credited. */
  role: creditRoleSchema,
  /** Who is credited, verbatim (e.g. "Sergey Martsynyuk/wikimedia.org"). */
  name: z.string().trim().min(1),
});

/**
 * Front matter of one article, `content/articles/<lang>/<slug>.md`. Unknown keys
 * are errors so that a misspelt field never silently disappears.
 */
export const articleSchema = z
  .strictObject({
    /** The headline, as the outlet wrote it. */
    title: z
      .string({ error: 'expected a title (the headline as the outlet wrote it)' })
      .trim()
      .min(1, 'expected a non-empty title')
      .max(TITLE_MAX_LENGTH, {
        error: (issue) =>
          `expected a headline of at most ${TITLE_MAX_LENGTH} characters, got ${String(issue.input).length}; put the rest in summary or the text`,
      }),
    /** The language of the article; must match the folder it lives in. */
    lang: localeSchema,
    /** Other languages that passages of the text are written in (marked `:::lang{code=..}`). */
    otherLanguages: z.array(languageTagSchema).default([]),
    /** Publication date to its known precision. Omit when unknown: never guess. */
    date: partialDateSchema.optional(),
    /** The outlet and address the article comes from, where known. */
    source: sourceSchema.optional(),
    /** The author's name as published, where known. */
    author: z.string().trim().min(1).optional(),
    /** Key shared by all language versions of one article. */
    group: slugSchema.optional(),
    /**
     * The story this article covers: the id of a file in content/stories
     * (`<id>.yaml`). A story may also list its articles itself; either link is
     * checked when the site builds.
     */
    story: slugSchema.optional(),
    /**
     * Set on translations only: the id of the original in this collection
     * (`<lang>/<slug>`, in the same group), or `external` when the original is
     * not in the collection.
     */
    translationOf: z.union([z.literal('external'), articleIdSchema]).optional(),
    /** Language of an original outside the collection, where known. */
    originalLanguage: languageTagSchema.optional(),
    /** Whether the translation was made by machine; omit when unknown. */
    machineTranslation: z.boolean().optional(),
    /** A short editorial summary in the article's language. */
    summary: z.string().trim().min(1).optional(),
    /** Free topic tags. */
    tags: z.array(z.string().trim().min(1)).default([]),
    /** Photo and other credit lines. */
    credits: z.array(creditSchema).default([]),
    /** A lead image shown above the text; its credit goes with it. */
    image: leadImageSchema.optional(),
  })
  .superRefine((article, ctx) => {
    if (article.otherLanguages.includes(article.lang)) {
      ctx.addIssue({
        code: 'custom',
        path: ['otherLanguages'],
        message: `expected languages other than the article's own (${article.lang})`,
      });
    }
    if (article.originalLanguage && article.translationOf !== 'external') {
      ctx.addIssue({
        code: 'custom',
        path: ['originalLanguage'],
        message: 'expected only with translationOf: external (otherwise the original is known)',
      });
    }
    if (article.machineTranslation !== undefined && !article.translationOf) {
      ctx.addIssue({
        code: 'custom',
        path: ['machineTranslation'],
        message: 'expected only on a translation (set translationOf)',
      });
    }
    if (article.translationOf && article.translationOf !== 'external' && !article.group) {
      ctx.addIssue({
        code: 'custom',
        path: ['group'],
        message: `expected a translation group: ${article.translationOf} is in the collection`,
      });
    }
  });

/** Validated front matter of an article. */
export type ArticleData = z.output<typeof articleSchema>;
