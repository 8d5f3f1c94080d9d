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
  /** Label of the footer's list of the site's sections. */
  'nav.site': text,
  /** Link in the header to the table of which language versions exist. */
  'nav.translations': text,
  /** Heading of the root page, where a reader picks a language. */
  'picker.heading': text,
  /** Heading of the article list on a home page. */
  'home.heading': text,
  /** How many articles the site has: `{count}`. */
  'home.count': plural,
  /** Once above a list: articles without a version in `{language}` (the UI language) are shown in theirs. */
  'home.othersNote': text,
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
  /** The query has no letter or digit (only punctuation or emoji): nothing to look up. */
  'search.noWord': text,
  /** The query has only the most frequent words of the languages ("the", "und"), which every article has. */
  'search.commonWords': text,
  /** Shown when the search index cannot be loaded. */
  'search.error': text,
  /**
   * Under a result found only through an equivalent of the query's words:
   * `{matches}` is the list of "found — query" pairs ("Moskau — Moscow").
   */
  'search.matchedVia': text,
  /** Label of the language filter. */
  'search.filter': text,
  /** Filter choice that shows every language. */
  'search.filterAll': text,
  /** Button that shows the next results. */
  'search.more': text,
  /** Heading of the page that shows which language versions of each article exist. */
  'translations.heading': text,
  /** One line under that heading: what the table shows. */
  'translations.intro': text,
  /** Caption of the table of language versions. */
  'translations.caption': text,
  /** Heading of the table's first column: the article a row is about. */
  'translations.article': text,
  /** Cell for a language an article has no version in. */
  'translations.missing': text,
  /** Marks a version that translates another one. */
  'translations.translation': text,
  /** Marks a version that was translated by machine. */
  'translations.machine': text,
  /** Title of the feed of the articles written in this language (channel and `<link>` title). */
  'feed.title': text,
  /** Description of that feed. */
  'feed.description': text,
  /** Title of the feed of every article in every language. */
  'feed.allTitle': text,
  /** Description of that feed. */
  'feed.allDescription': text,
  /** Heading of the "page not found" (404) page. */
  'notFound.heading': text,
  /** What went wrong on the 404 page, and what may have caused it. */
  'notFound.message': text,
  /** Link from the 404 page to the home page of its language. */
  'notFound.home': text,
  /** Link from the home page to the index of people, organisations and places. */
  'entities.link': text,
  /** Heading of the index of people, organisations and places. */
  'entities.heading': text,
  /** One line under that heading: what the index shows. */
  'entities.intro': text,
  /** Headings of the groups of the index (and of the story matrix), by kind of entity. */
  'entities.type.person': text,
  'entities.type.organisation': text,
  'entities.type.place': text,
  'entities.type.other': text,
  /** How many articles mention an entity: `{count}`. */
  'entities.articleCount': plural,
  /** Shown for an entity that no article mentions. */
  'entities.notMentioned': text,
  /** The kind of one entity, on its page. */
  'entity.kind.person': text,
  'entity.kind.organisation': text,
  'entity.kind.place': text,
  'entity.kind.other': text,
  /** Heading of an entity's names in the other languages. */
  'entity.otherNames': text,
  /** Heading of the articles that mention the entity `{name}`. */
  'entity.mentionedIn': text,
  /** How often one article mentions an entity: `{count}`. */
  'entity.mentionCount': plural,
  /** Shown when no article mentions `{name}`. */
  'entity.none': text,
  /** Link to a search narrowed to the articles that mention `{name}`. */
  'entity.search': text,
  /** When an entity page lists only the `{shown}` articles that mention it most, of `{total}`. */
  'entity.showingTop': text,
  /** Link from an entity page back to the index. */
  'entity.backToIndex': text,
  /** Heading of the list of entities an article mentions. */
  'article.mentions': text,
  /** Label before the story an article belongs to. */
  'article.story': text,
  /** Link to the side-by-side view of an article's language versions. */
  'article.compare': text,
  /** Heading of the stories on the home page. */
  'home.stories': text,
  /** Label above a story's title: what kind of page this is. */
  'story.label': text,
  /** Heading of the list of names that have no entity page yet. */
  'discovery.unlistedHeading': text,
  /** What that list is. */
  'discovery.unlistedIntro': text,
  /** Heading on an entity page: names that appear with it. */
  'discovery.entityNames': text,
  /** Heading on a story page: names its articles share. */
  'discovery.storyNames': text,
  /** Heading of an entity's chart of mentions over time. */
  'discovery.entityTimeline': text,
  /** Heading of a story's chart of articles over time. */
  'discovery.storyTimeline': text,
  /** Opens the chart's numbers as a table. */
  'discovery.timelineTable': text,
  /** Instead of a chart when no article has a date. */
  'discovery.timelineNone': text,
  /** Column heading: month or year. */
  'discovery.period': text,
  /** Column heading: all languages together. */
  'discovery.total': text,
  /** Under a chart: what it leaves out. {count} is a number. */
  'discovery.undated': text,
  /** The name of a draft story that has no title yet. */
  'story.untitled': text,
  /** Said on a draft story's page and beside it in lists. */
  'story.draft': text,
  /** On a draft story's page: what a draft is. */
  'story.draftNotice': text,
  /** Heading of the table of a story's articles. */
  'story.articlesHeading': text,
  /** Caption of that table. */
  'story.articlesCaption': text,
  /** Column headers of that table (the others reuse `meta.*`): the article's number. */
  'story.column.number': text,
  'story.column.article': text,
  'story.column.length': text,
  /** An article's length: `{count}` words. */
  'story.words': plural,
  /** Marks an article that translates another text. */
  'story.translation': text,
  /** Heading of the matrix of articles against entities. */
  'story.matrixHeading': text,
  /** Caption of the matrix. */
  'story.matrixCaption': text,
  /** One line under the matrix heading: how to read it. */
  'story.matrixHint': text,
  /** Header of the matrix's first column: the entity. */
  'story.matrixEntity': text,
  /** Matrix cell of an article that does not mention the entity. */
  'story.notMentioned': text,
  /** Matrix column header of an article: its `{number}` and `{language}`. */
  'story.articleColumn': text,
  /** Heading of the side-by-side view of two language versions. */
  'compare.heading': text,
  /** One line under that heading: how the paragraphs are aligned. */
  'compare.intro': text,
  /** Label of the choice of the two versions to compare. */
  'compare.choose': text,
  /** One pair of versions: `{left}` and `{right}` are language names. */
  'compare.pair': text,
  /** How many paragraphs (blocks) a version has: `{count}`. */
  'compare.blocks': plural,
  /**
   * Shown when the versions differ in length: `{left}`, `{right}` are languages, `{leftCount}`,
   * `{rightCount}` their `compare.blocks`.
   */
  'compare.countMismatch': text,
  /** Stands where a version has no paragraph facing the other's. */
  'compare.gap': text,
  /** Label before the active entity filter on the search page. */
  'search.entityFilter': text,
  /** Button that removes the entity filter `{name}`. */
  'search.removeEntity': text,
  /** Label of the navigation between pages of the article list. */
  'pagination.label': text,
  /** Link to the previous page of the list. */
  'pagination.previous': text,
  /** Link to the next page of the list. */
  'pagination.next': text,
  /** Where the reader is: `{page}` of `{pages}`. */
  'pagination.status': text,
  /** Label of the choice of result order. */
  'search.sort': text,
  /** Result order: best matches first. */
  'search.sortRelevance': text,
  /** Result order: newest articles first (undated ones last). */
  'search.sortNewest': text,
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
