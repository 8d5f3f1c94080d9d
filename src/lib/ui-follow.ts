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

/** Stands for an entity's id in the entity-page path the script completes. */
export const ID_SLOT = '{id}';

/** An entity page's path with both the language and the id left open: `/{ui}/entities/{id}/`. */
export function entityPathTemplate(pathOf: (locale: Locale, id: string) => string): string {
  const template = uiPathTemplate((locale) => pathOf(locale, ID_SLOT));
  if (!template.includes(ID_SLOT)) {
    throw new Error(`entityPathTemplate: the path "${template}" does not contain the entity's id`);
  }
  return template;
}

/** What `/<ui>/ui-strings.json` holds: the UI strings and every entity's name. */
export interface FollowData {
  version: string;
  strings: (typeof uiStrings)[Locale];
  /** Entity id → its name in this language (the mentions under an article). */
  entities: Record<string, string>;
}

/** Every entity's names, as loaded once per build. */
type EntityNames = readonly { id: string; data: { names: Record<Locale, string> } }[];

/**
 * A short hash of every language's strings and entity names: a copy the
 * reader's browser kept with another hash is stale.
 */
export function followVersion(entities: EntityNames): string {
  // Once per build: every article page asks, with the same list.
  let version = versions.get(entities);
  if (version === undefined) {
    version = hashOf(entities);
    versions.set(entities, version);
  }
  return version;
}

const versions = new WeakMap<EntityNames, string>();

function hashOf(entities: EntityNames): string {
  return createHash('sha256')
    .update(JSON.stringify(locales.map((locale) => uiStrings[locale])))
    .update(JSON.stringify(entities.map((entity) => [entity.id, entity.data.names])))
    .digest('base64url')
    .slice(0, 12);
}

/** The contents of `/<locale>/ui-strings.json`. */
export function followData(locale: Locale, entities: EntityNames): FollowData {
  return {
    version: followVersion(entities),
    strings: uiStrings[locale],
    entities: Object.fromEntries(entities.map((entity) => [entity.id, entity.data.names[locale]])),
  };
}

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
