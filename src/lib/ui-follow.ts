/**
 * The reader's interface language on article pages.
 *
 * Each article has one page, `/<lang>/articles/<slug>/`, rendered with its
 * interface in the article's language. A reader who chose another interface
 * language (by visiting a page of it, `/en/...`) sees that language's menus,
 * labels and dates on the article too: a small script (src/scripts/ui-follow.ts)
 * fills the interface from that language's strings, while the article's text
 * keeps its own `lang`. Pages per interface language would have multiplied the
 * article pages by five (50,000 more pages at 10,000 articles); the script
 * costs one shared file per language and a few attributes per page, and
 * without JavaScript the page reads and navigates as before.
 *
 * This module gives the attributes the script reads; they are the only
 * contract between the two.
 */
import { createHash } from 'node:crypto';
import { locales, type Locale } from '../i18n/locales';
import { uiStrings } from '../i18n/ui';
import type { UiKey, UiPluralKey } from '../i18n/ui-schema';
import { UI_SLOT, type FollowValue } from './ui-choice';
import { homePath } from './urls';

/**
 * A page's path with the interface language left open (`/{ui}/search/`), from
 * the same helper that builds its links, so a base path or a new URL scheme
 * reaches the script's links too.
 */
export function uiPathTemplate(pathOf: (locale: Locale) => string): string {
  const template = pathOf(UI_SLOT as Locale);
  if (!template.includes(UI_SLOT)) {
    throw new Error(`uiPathTemplate: the path "${template}" does not contain its language`);
  }
  return template;
}

/** Path of one interface language's strings, for the script: `/en/ui-strings.json`. */
export function uiStringsPath(locale: Locale): string {
  return `${homePath(locale)}ui-strings.json`;
}

/** A short hash of every language's strings: a cached copy with another is stale. */
export const uiStringsVersion: string = createHash('sha256')
  .update(JSON.stringify(locales.map((locale) => uiStrings[locale])))
  .digest('base64url')
  .slice(0, 12);

/** What `followText` needs besides the key. */
export interface FollowOptions {
  /** The count of a plural string. */
  count?: number;
  values?: Record<string, FollowValue>;
  /** Which side of `{link}` the element holds (0 before, 1 after). */
  part?: 0 | 1;
}

/**
 * The attributes of an element whose text is the UI string `key`: the script
 * writes the string in the reader's language into it.
 */
export function followText(
  key: UiKey | UiPluralKey,
  options: FollowOptions = {},
): Record<string, string> {
  const attributes: Record<string, string> = { 'data-t': key };
  if (options.count !== undefined) attributes['data-t-count'] = String(options.count);
  if (options.values) attributes['data-t-vars'] = JSON.stringify(options.values);
  if (options.part !== undefined) attributes['data-t-part'] = String(options.part);
  return attributes;
}

/** The attributes of an element whose text is a name given in every interface language. */
export function followNames(names: Partial<Record<Locale, string>>): Record<string, string> {
  return { 'data-t-names': JSON.stringify(names) };
}

/** The attributes of an element holding interface text: its `lang` follows the reader's. */
export function followLang(ui: Locale): Record<string, string> {
  return { lang: ui, 'data-ui-lang': '' };
}
