import * as lists from 'stopword/dist/stopword.esm.mjs';

/**
 * The stop-word list of the `stopword` package for each ISO 639-1 code it has
 * a list for (the package names them by ISO 639-3). Its ESM build is imported
 * by path: the `module` field of its package.json points at a file it does
 * not ship.
 */
const LIST_OF: Record<string, string> = {
  af: 'afr',
  ar: 'ara',
  bn: 'ben',
  br: 'bre',
  bg: 'bul',
  ca: 'cat',
  cs: 'ces',
  da: 'dan',
  de: 'deu',
  el: 'ell',
  en: 'eng',
  eo: 'epo',
  et: 'est',
  eu: 'eus',
  fa: 'fas',
  fi: 'fin',
  fr: 'fra',
  ga: 'gle',
  gl: 'glg',
  gu: 'guj',
  ha: 'hau',
  he: 'heb',
  hi: 'hin',
  hr: 'hrv',
  hu: 'hun',
  hy: 'hye',
  id: 'ind',
  it: 'ita',
  ja: 'jpn',
  ko: 'kor',
  ku: 'kur',
  la: 'lat',
  lv: 'lav',
  lt: 'lit',
  mr: 'mar',
  ms: 'msa',
  my: 'mya',
  nl: 'nld',
  nb: 'nob',
  no: 'nob',
  pl: 'pol',
  pt: 'por',
  ro: 'ron',
  ru: 'rus',
  sk: 'slk',
  sl: 'slv',
  so: 'som',
  st: 'sot',
  es: 'spa',
  sw: 'swa',
  sv: 'swe',
  tl: 'tgl',
  th: 'tha',
  tr: 'tur',
  uk: 'ukr',
  ur: 'urd',
  vi: 'vie',
  yo: 'yor',
  zh: 'zho',
  zu: 'zul',
};

const sets = new Map<string, ReadonlySet<string> | undefined>();

/**
 * The most frequent words of a language (its primary tag is used: `pt-BR` →
 * `pt`), lowercase, or undefined when the package has no list for it.
 */
export function stopWordsOf(lang: string): ReadonlySet<string> | undefined {
  const base = lang.split('-')[0]!.toLowerCase();
  if (!sets.has(base)) {
    const name = LIST_OF[base];
    const list = name ? (lists as unknown as Record<string, string[]>)[name] : undefined;
    sets.set(base, list ? new Set(list.map((word) => word.toLocaleLowerCase(base))) : undefined);
  }
  return sets.get(base);
}
