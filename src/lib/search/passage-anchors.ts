/**
 * Where an article's text changes language, as the search index sees it.
 *
 * The search index keeps an article's text as plain words, without the `lang`
 * of its passages, so a result's excerpt could not say that the English
 * passage of a German article is English. Pagefind does keep every element id
 * inside the indexed text, with the word position where the element starts
 * (its fragments' `anchors`). So the Markdown pipeline marks each block where
 * the language changes with an empty element whose id names the language
 * (`rehypePassageAnchors`), and the search page reads the language of every
 * word of an excerpt back from those anchors.
 */

/** An anchor of a Pagefind result: an element with an id in the indexed text. */
export interface PagefindAnchor {
  /** The element's id. */
  id: string;
  /** The position, in words of the result's `content`, where the element starts. */
  location: number;
}

/** From word `from` of the indexed text on, the text is in `lang`. */
export interface LanguageSwitch {
  from: number;
  lang: string;
}

const PREFIX = 'lang-';
/** `lang-<n>-<BCP 47 tag>`; the number keeps ids unique when a language comes back. */
const ANCHOR_ID = /^lang-\d+-([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)$/;

/** The id of the `index`th marker (from 1), where the text switches to `lang`. */
export function passageAnchorId(index: number, lang: string): string {
  return `${PREFIX}${index}-${lang}`;
}

/** The language an id of `passageAnchorId` names, or undefined for any other id. */
export function passageAnchorLanguage(id: string): string | undefined {
  return ANCHOR_ID.exec(id)?.[1];
}

/**
 * The language switches of a result's text, in word order, from its anchors;
 * other anchors (ids an article has for other reasons) are left out. The text
 * starts in the article's language, `lang`.
 */
export function languageSwitches(
  anchors: readonly PagefindAnchor[] | undefined,
  lang: string,
): LanguageSwitch[] {
  const switches = (anchors ?? []).flatMap(({ id, location }) => {
    const to = passageAnchorLanguage(id);
    return to ? [{ from: location, lang: to }] : [];
  });
  return [{ from: 0, lang }, ...switches.sort((a, b) => a.from - b.from)];
}

/**
 * The language of every word of a text of `count` words, from its switches
 * (as `languageSwitches` returns them, in word order).
 */
export function wordLanguages(switches: readonly LanguageSwitch[], count: number): string[] {
  const languages: string[] = [];
  let next = 0;
  let current = switches[0]?.lang ?? 'und';
  for (let word = 0; word < count; word++) {
    while (next < switches.length && switches[next]!.from <= word) current = switches[next++]!.lang;
    languages.push(current);
  }
  return languages;
}
