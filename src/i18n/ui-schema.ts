import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/**
 * A message with plural forms, one per CLDR category the language uses
 * (`one`, `few`, `many`, `other`...). `other` is always required; which others a
 * language needs is checked against `Intl.PluralRules` in the tests.
 */
const plural = z.strictObject({
  zero: text.optional(),
  one: text.optional(),
  two: text.optional(),
  few: text.optional(),
  many: text.optional(),
  other: text,
});

/**
 * Every UI string of the site, as flat dotted keys. One file per language in
 * `src/i18n/ui/` must match it exactly: a missing, empty or misspelt key fails
 * the typecheck and the build. `{name}` marks a value filled in at render time.
 */
export const uiSchema = z.strictObject({
  /** Name of the site, in the header and the page titles. */
  'site.name': text,
  /** One line under the name: what the site is for. */
  'site.tagline': text,
  /** Link that skips the header, for keyboard and screen-reader users. */
  'a11y.skipToContent': text,
  /** Label of the navigation that switches the interface language. */
  'nav.uiLanguage': text,
  /** Link to the home page of the current UI language. */
  'nav.home': text,
  /** Heading of the root page, where a reader picks a language. */
  'picker.heading': text,
  /** Heading of the article list on a home page. */
  'home.heading': text,
  /** How many articles the site has: `{count}`. */
  'home.count': plural,
  /** Note on an article listed in another language; `{language}` is the UI language. */
  'home.notInLanguage': text,
  /** Link from a listed article to its version in the UI language. */
  'home.readInLanguage': text,
  /** Label before an article's language in lists and metadata. */
  'meta.language': text,
  /** Label before the outlet's name. */
  'meta.outlet': text,
  /** Shown when the outlet is not known. */
  'meta.outletUnknown': text,
  /** Label before the publication date. */
  'meta.date': text,
  /** Shown when the publication date is not known. */
  'meta.dateUnknown': text,
  /** Label before the author's name. */
  'meta.author': text,
  /** Link text for the address the article was collected from. */
  'meta.originalUrl': text,
  /** Label before the language the article was first written in. */
  'meta.originalLanguage': text,
  /** Shown when the original language is not known. */
  'meta.originalLanguageUnknown': text,
  /** Label before what the article is: original or translation. */
  'meta.status': text,
  /** The article is the original version. */
  'meta.status.original': text,
  /** The article translates another version on this site: `{link}` to it. */
  'meta.status.translationOf': text,
  /** The article translates an original this site does not have. */
  'meta.status.translationExternal': text,
  /** Added when the translation was made by machine. */
  'meta.status.machine': text,
  /** Label before the other languages that passages of the text are in. */
  'meta.otherLanguages': text,
  /** Heading of the box that says where the article comes from. */
  'source.heading': text,
  /** Label before credit lines. */
  'credits.heading': text,
  /** Credit roles. */
  'credits.photo': text,
  'credits.illustration': text,
  'credits.video': text,
  'credits.translation': text,
  'credits.editing': text,
  /** Label of the article's language switcher. */
  'versions.label': text,
  /** How many language versions an article has: `{count}`. */
  'versions.count': plural,
  /** Marks the version being read, for screen readers. */
  'versions.current': text,
  /** Lists the languages an article is not available in: `{languages}`. */
  'versions.notAvailable': text,
  /** Label of the search box (header and search page). */
  'search.label': text,
  /** Placeholder in the search box. */
  'search.placeholder': text,
  /** Button that starts a search. */
  'search.submit': text,
  /** Heading of the search page. */
  'search.heading': text,
  /** Under the search box: what search finds. */
  'search.hint': text,
  /** Shown when JavaScript is off: search needs it, nothing else does. */
  'search.noscript': text,
  /** Shown while the index loads and the search runs. */
  'search.loading': text,
  /** How many articles matched: `{count}`. */
  'search.count': plural,
  /** No article matched `{query}`. */
  'search.none': text,
  /** Shown when the search index cannot be loaded. */
  'search.error': text,
  /** Label of the language filter. */
  'search.filter': text,
  /** Filter choice that shows every language. */
  'search.filterAll': text,
  /** Button that shows the next results. */
  'search.more': text,
  /** Footer line. */
  'footer.note': text,
});

/** The keys of every UI string. */
export type UiStrings = z.input<typeof uiSchema>;
/** A UI key whose value is a single string. */
export type UiKey = {
  [K in keyof UiStrings]: UiStrings[K] extends string ? K : never;
}[keyof UiStrings];
/** A UI key whose value has plural forms. */
export type UiPluralKey = Exclude<keyof UiStrings, UiKey>;
