/**
 * What the importer knows about languages: franc speaks ISO 639-3 ("deu"), the
 * site speaks BCP 47 ("de"), and for texts too short for statistics the script
 * and a few letters tell languages apart. A configured language must be listed
 * here; the site's languages and their common neighbours (which the importer
 * must be able to name when it refuses a text) are.
 */

/** What we know of a language: its ISO 639-3 code, script, and letters only it uses among its neighbours. */
interface LanguageFacts {
  iso3: string;
  script: 'Latin' | 'Cyrillic' | 'Greek';
  letters?: RegExp;
}

const LANGUAGES: Record<string, LanguageFacts> = {
  en: { iso3: 'eng', script: 'Latin' },
  es: { iso3: 'spa', script: 'Latin', letters: /[ñ¿¡]/iu },
  de: { iso3: 'deu', script: 'Latin', letters: /[äöüß]/iu },
  pl: { iso3: 'pol', script: 'Latin', letters: /[ąęłńśźżć]/iu },
  fr: { iso3: 'fra', script: 'Latin', letters: /[œçèêëîû]/iu },
  it: { iso3: 'ita', script: 'Latin' },
  pt: { iso3: 'por', script: 'Latin', letters: /[ãõ]/iu },
  nl: { iso3: 'nld', script: 'Latin' },
  cs: { iso3: 'ces', script: 'Latin', letters: /[ěřůť]/iu },
  ru: { iso3: 'rus', script: 'Cyrillic', letters: /[ыэъё]/iu },
  uk: { iso3: 'ukr', script: 'Cyrillic', letters: /[іїєґ]/iu },
  be: { iso3: 'bel', script: 'Cyrillic', letters: /[ўі]/iu },
  bg: { iso3: 'bul', script: 'Cyrillic' },
  el: { iso3: 'ell', script: 'Greek' },
};

/** The ISO 639-3 code franc uses for a language tag; throws for one we do not know. */
export function iso3(lang: string): string {
  const facts = LANGUAGES[lang];
  if (!facts) {
    throw new Error(
      `No ISO 639-3 code known for "${lang}"; add it to LANGUAGES in language-codes.ts`,
    );
  }
  return facts.iso3;
}

/** Whether the importer knows a language by this tag (a site language or a neighbour). */
export function isNamed(lang: string): boolean {
  return lang in LANGUAGES;
}

/** The BCP 47 tag of a franc result where we know it, else franc's own code. */
export function fromIso3(code: string): string {
  return Object.keys(LANGUAGES).find((tag) => LANGUAGES[tag]!.iso3 === code) ?? code;
}

/** For a text too short for statistics: the one of `languages` its script and letters allow. */
export function byLetters(text: string, languages: readonly string[]): string | undefined {
  const script = /\p{Script=Cyrillic}/u.test(text)
    ? 'Cyrillic'
    : /\p{Script=Greek}/u.test(text)
      ? 'Greek'
      : 'Latin';
  const sameScript = languages.filter((lang) => LANGUAGES[lang]?.script === script);
  if (sameScript.length === 1) return sameScript[0];
  const marked = sameScript.filter((lang) => LANGUAGES[lang]?.letters?.test(text));
  return marked.length === 1 ? marked[0] : undefined;
}

/** The English name of a language tag or ISO 639-3 code, for messages: "French (fr)". */
export function languageLabel(code: string): string {
  const name =
    code.length <= 3
      ? new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code)
      : undefined;
  return name ? `${name} (${code})` : code;
}
