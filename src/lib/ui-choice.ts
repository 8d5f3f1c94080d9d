/**
 * The names the article page's interface script shares with the build, in a
 * module of its own so that the script's bundle carries nothing else.
 */

/** Where the reader's choice of interface language is kept (localStorage). */
export const UI_CHOICE_KEY = 'polyglot-news:ui';

/** Stands for the interface language in a path the script completes. */
export const UI_SLOT = '{ui}';

/**
 * A value of a placeholder as the script fills it: text or a number as it is,
 * `{ lang }` as that language's name and `{ langs }` as a list of names, in
 * the interface language.
 */
export type FollowValue = string | number | { lang: string } | { langs: string[] };
