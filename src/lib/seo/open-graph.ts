/**
 * Open Graph and Twitter card tags: what a link preview in a chat or social
 * network shows. Pure functions, so the rules are tested without a page.
 */

/**
 * Open Graph names locales as `language_TERRITORY` and knows no bare language,
 * so each language gets the territory where it is the main language of most of
 * its readers in Europe, the region the site covers.
 */
const TERRITORY: Record<string, string> = {
  en: 'GB',
  es: 'ES',
  de: 'DE',
  ru: 'RU',
  pl: 'PL',
};

/** The Open Graph locale of a language code: `de` → `de_DE`; unknown codes stay as they are. */
export function ogLocale(lang: string): string {
  const territory = TERRITORY[lang];
  return territory ? `${lang}_${territory}` : lang;
}

/** A `<meta>` tag: Open Graph uses `property`, Twitter cards use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** What a page says about itself in previews. */
export interface ShareInfo {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** `article` for an article page, `website` for every other page. */
  type: 'article' | 'website';
  /** Language of the page. */
  lang: string;
  /** Languages the same page really exists in besides `lang` (not guessed). */
  otherLanguages: readonly string[];
  siteName: string;
}

/**
 * The Open Graph and Twitter tags of a page. `og:locale:alternate` lists only
 * the languages the page really has a version in, once each.
 */
export function shareTags(info: ShareInfo): MetaTag[] {
  const others = [...new Set(info.otherLanguages)].filter((l) => l !== info.lang);
  return [
    { property: 'og:type', content: info.type },
    { property: 'og:site_name', content: info.siteName },
    { property: 'og:title', content: info.title },
    { property: 'og:description', content: info.description },
    { property: 'og:url', content: info.url },
    { property: 'og:locale', content: ogLocale(info.lang) },
    ...others.map((l) => ({ property: 'og:locale:alternate', content: ogLocale(l) })),
    // A text card: the site has no share images, and `summary` needs none.
    { name: 'twitter:card', content: 'summary' },
    { name: 'twitter:title', content: info.title },
    { name: 'twitter:description', content: info.description },
  ];
}
