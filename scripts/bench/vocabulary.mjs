// Per-language word material for the synthetic corpus. Search speed and index
// size depend on real-looking text (word lengths, inflections, a long tail of
// rare words), so the vocabularies come from the raw seed texts the first
// articles were made from (tests/fixtures/seeds/*.txt: es, de, de+en, ru, pl),
// plus a small built-in English list. Each language gets:
//   - a bigram chain of the seed sentences, to compose language-like sentences;
//   - a long tail of derived word forms (German compounds, Russian and Polish
//     case endings, Spanish and English derivations), so the vocabulary grows
//     with the corpus the way real news vocabulary does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
// The same threshold as the site's discovery, which tells a language that capitalises its nouns.
import { NOUN_CAPITALS } from '../../src/lib/discovery/noun-capitals.mjs';

export const LANGS = ['en', 'es', 'de', 'ru', 'pl'];

const STOPWORDS = {
  en: 'the and of to is in that this was for with are by as on it be has its have their which will would'.split(
    ' ',
  ),
  es: 'el la los las de del que en y por para con una un se su es al como más pero sus está'.split(
    ' ',
  ),
  de: 'der die das und ist nicht den dem des mit von zu auf für ein eine sich auch im als aus bei nach'.split(
    ' ',
  ),
  pl: 'i w się na nie z do że jest od jak to przez ale są ze oraz jego czy dla po'.split(' '),
};

/** A small English news vocabulary, to widen what the one English seed passage offers. */
const ENGLISH_WORDS = `government minister ministry president parliament election elections campaign
policy policies sanctions sanction economy economic trade exports imports border borders region regional
security defence defense military army troops war conflict ceasefire negotiations talks agreement treaty
alliance partner partners partnership cooperation relations diplomacy diplomatic embassy ambassador
statement spokesperson official officials authorities agency report reports analysts analyst experts
expert investigation court ruling law laws reform reforms budget inflation prices energy oil gas pipeline
grain transport logistics railway corridor investment investors company companies bank banks market
markets currency growth decline crisis protest protests opposition journalist journalists media newspaper
interview sources according recently yesterday announced confirmed denied warned stressed noted added said
told called urged rejected supported opposed signed approved launched visited met discussed agreed
continue continued increase increased reduce reduced strengthen strengthened avoid avoided prevent
prevented independence sovereignty integrity neutrality influence pressure support aid humanitarian
refugees citizens population residents workers farmers students leaders leadership capital country
countries neighbour neighbours western eastern central northern southern international domestic foreign
national federal local political strategic significant important major key long short new old first second
last next several many few most some both other own same different possible likely unlikely whether
however although because while since despite during after before between against within without towards
across among about over under through also only still already never always often again even`
  .split(/\s+/)
  .filter(Boolean);

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Guesses the language of a line of seed text: Cyrillic is Russian, else stopword counts decide. */
function lineLanguage(line) {
  if (
    /[\u0400-\u04ff]/.test(line) &&
    (line.match(/[\u0400-\u04ff]/g)?.length ?? 0) > line.length / 4
  )
    return 'ru';
  const words = line.toLowerCase().match(WORD) ?? [];
  let best;
  let bestScore = 0;
  for (const [lang, stops] of Object.entries(STOPWORDS)) {
    const set = new Set(stops);
    const score = words.filter((w) => set.has(w)).length;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  if (best === 'es' || best === 'pl' || best === 'de') return best;
  return best === 'en' ? 'en' : undefined;
}

/** Reads the seed texts and returns sentences of prose per language (boilerplate lines dropped). */
export function readSeedSentences(seedDir) {
  const sentences = Object.fromEntries(LANGS.map((lang) => [lang, []]));
  for (const name of readdirSync(seedDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(seedDir, name), 'utf8').replace(/\uFFFD/g, '');
    for (const line of text.split(/\n+/)) {
      const words = line.match(WORD) ?? [];
      if (words.length < 8) continue; // menus, captions, prices, headings
      const lang = lineLanguage(line);
      if (!lang) continue;
      for (const sentence of line.split(/(?<=[.!?])\s+/)) {
        const tokens = sentence.match(WORD) ?? [];
        if (tokens.length >= 4) sentences[lang].push(tokens.filter((t) => !/^\d/.test(t)));
      }
    }
  }
  return sentences;
}

/** Lowercases a sentence-initial word unless it looks like a noun or name in its language. */
function normaliseFirst(token, lang, counts) {
  if (lang === 'de') return token; // German capitalises nouns; keep the seed's case
  const lower = token.toLowerCase();
  return counts.has(lower) ? lower : token;
}

/** Builds the bigram chain of one language: start words and, per word, the words that follow it. */
function buildChain(sentences, lang) {
  const counts = new Map();
  for (const s of sentences) for (const t of s.slice(1)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const starts = [];
  const next = new Map();
  for (const s of sentences) {
    const tokens = [normaliseFirst(s[0], lang, counts), ...s.slice(1)];
    starts.push(tokens[0]);
    for (let i = 0; i < tokens.length; i++) {
      const list = next.get(tokens[i]) ?? [];
      list.push(tokens[i + 1] ?? null); // null ends a sentence
      next.set(tokens[i], list);
    }
  }
  return { starts, next, words: [...next.keys()] };
}

const RU_ADJ = ['ый', 'ий', 'ой', 'ая', 'ое', 'ые', 'ого', 'ому', 'ым', 'ых', 'ую', 'ими', 'ей'];
const RU_NOUN = [
  '',
  'а',
  'у',
  'ом',
  'е',
  'ы',
  'ов',
  'ам',
  'ами',
  'ах',
  'и',
  'ей',
  'ия',
  'ии',
  'ию',
  'ией',
];
const PL_ADJ = ['y', 'a', 'e', 'ego', 'emu', 'ym', 'ej', 'ą', 'ych', 'ymi', 'i'];
const PL_NOUN = [
  '',
  'a',
  'u',
  'owi',
  'em',
  'ie',
  'y',
  'ów',
  'om',
  'ami',
  'ach',
  'ę',
  'ą',
  'ii',
  'ją',
];
const ES_SUFFIX = [
  'o',
  'a',
  'os',
  'as',
  'ción',
  'ciones',
  'mente',
  'ado',
  'ada',
  'ados',
  'ando',
  'ar',
  'aron',
  'ista',
  'istas',
  'idad',
  'ismo',
];
const EN_SUFFIX = [
  's',
  'ed',
  'ing',
  'ation',
  'ations',
  'ly',
  'ment',
  'ments',
  'er',
  'ers',
  'ity',
  'ism',
  'ist',
  'ness',
];
const EN_PREFIX = [
  '',
  '',
  '',
  're',
  'un',
  'pre',
  'post',
  'counter',
  'over',
  'under',
  'inter',
  'non-',
];

/** Strips a known ending so other endings can be put on the stem. */
function stemOf(word, endings) {
  const sorted = [...endings].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const e of sorted)
    if (word.length - e.length >= 4 && word.endsWith(e)) return word.slice(0, -e.length);
  return word.length >= 6 ? word.slice(0, -1) : word;
}

/**
 * The long tail: word forms derived from the seed words, shuffled so that the
 * Zipf sampling gives each run the same frequent and rare words.
 */
function deriveTail(lang, words, random) {
  // Common words only: names and acronyms keep their one form; Russian stays Cyrillic.
  const script = lang === 'ru' ? /^[\u0400-\u04ff-]+$/u : /^[\p{Script=Latin}-]+$/u;
  const content = words.filter(
    (w) => w.length >= 5 && script.test(w) && (lang === 'de' || /^\p{Ll}/u.test(w)),
  );
  const out = new Set();
  if (lang === 'de') {
    const nouns = content.filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
    for (const a of nouns) {
      for (const b of random.sample(nouns, Math.min(nouns.length, 60))) {
        if (a === b) continue;
        const link = /(ung|heit|keit|ion|tät)$/.test(a) ? 's' : '';
        out.add(a + link + b.toLowerCase());
      }
    }
    for (const w of content)
      for (const e of ['e', 'en', 'er', 'es', 'em'])
        out.add(stemOf(w, ['en', 'er', 'es', 'em', 'e']) + e);
  } else if (lang === 'ru' || lang === 'pl') {
    const adj = lang === 'ru' ? RU_ADJ : PL_ADJ;
    const noun = lang === 'ru' ? RU_NOUN : PL_NOUN;
    for (const w of content) {
      const lower = w.toLowerCase();
      const isAdj = adj.some((e) => e && lower.endsWith(e));
      const endings = isAdj ? adj : noun;
      const stem = stemOf(lower, [...adj, ...noun]);
      for (const e of endings) out.add(stem + e);
      const prefixes =
        lang === 'ru' ? ['не', 'пере', 'при', 'раз', 'до'] : ['nie', 'prze', 'przy', 'roz', 'do'];
      for (const p of prefixes) for (const e of random.sample(endings, 3)) out.add(p + stem + e);
    }
  } else {
    const suffixes = lang === 'es' ? ES_SUFFIX : EN_SUFFIX;
    for (const w of content) {
      const lower = w.toLowerCase();
      const stem = stemOf(lower, suffixes);
      for (const e of suffixes) out.add(stem + e);
      if (lang === 'en')
        for (const p of EN_PREFIX) if (p) out.add(p + stem + random.pick(suffixes));
      if (lang === 'es')
        for (const p of ['des', 're', 'contra', 'anti', 'pre'])
          out.add(p + stem + random.pick(suffixes));
    }
  }
  for (const w of words) out.delete(w);
  return random.sample([...out], out.size);
}

/** An abbreviation: capitals (digits and hyphens allowed), two characters or more. */
const ACRONYM = /^(?=.*\p{Lu})[\p{Lu}\d-]{2,}$/u;
const CAPITAL = /^\p{Lu}/u;

/** Every region's name in `lang` by CLDR (`Intl.DisplayNames`), lowercased. */
function regionNames(lang) {
  const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  const names = new Set();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const name = display.of(String.fromCharCode(a, b));
      if (name) names.add(name.toLowerCase());
    }
  return names;
}

/** How often each word of a language's seed sentences is written in lowercase, and capitalised inside a sentence. */
function spellings(sentences) {
  const counts = new Map();
  for (const sentence of sentences)
    sentence.forEach((word, i) => {
      const key = word.toLowerCase();
      if (!counts.has(key)) counts.set(key, { lower: 0, capital: 0 });
      const entry = counts.get(key);
      if (!CAPITAL.test(word)) entry.lower++;
      else if (i > 0) entry.capital++;
    });
  return counts;
}

/**
 * The words of the seed sentences that are names of people, places or
 * bodies, per language, lowercased. The seeds are about one country, and the
 * bigram chain carried its name into most articles of the realistic corpus
 * (87% of 10,000), where a news archive's commonest name is in a few percent;
 * that corpus takes its names from its own Zipf-distributed pool instead. A
 * word never written in lowercase is a name when
 * - in a language that does not capitalise its nouns, it is capitalised
 *   inside a sentence;
 * - it is a country or region by CLDR, a word of a name in the site's entity
 *   catalogue (`catalog`, lowercased words of every name and alias) or a name
 *   in another language's seeds, either with a genitive "s" (German, which
 *   capitalises its nouns, writes "Moskau", "Kasachstans");
 * - or, in a language that does not capitalise its nouns, it comes right
 *   before a name (a given name: "Kasym-Żomart Tokajew" starts a sentence,
 *   where its capital tells nothing).
 * Abbreviations ("EU", "ЕАЭС") are names too (`isNameOf`).
 */
export function seedNames(sentences, catalog = new Set()) {
  const names = {};
  const written = {};
  for (const lang of LANGS) {
    const counts = spellings(sentences[lang]);
    const capitalised = [...counts].filter(([, e]) => e.capital > e.lower);
    const nounsCapitalised = capitalised.length / Math.max(1, counts.size) > NOUN_CAPITALS;
    written[lang] = { counts, nounsCapitalised };
    names[lang] = new Set(
      nounsCapitalised ? [] : capitalised.filter(([, e]) => e.lower === 0).map(([w]) => w),
    );
  }
  for (const lang of LANGS) {
    const { counts, nounsCapitalised } = written[lang];
    const regions = regionNames(lang);
    const others = LANGS.filter((other) => other !== lang);
    const known = (word) =>
      regions.has(word) || catalog.has(word) || others.some((other) => names[other].has(word));
    for (const [word, e] of counts)
      if (e.lower === 0 && (known(word) || (word.endsWith('s') && known(word.slice(0, -1)))))
        names[lang].add(word);
    if (nounsCapitalised) continue;
    for (const sentence of sentences[lang])
      sentence.forEach((word, i) => {
        const key = word.toLowerCase();
        const next = sentence[i + 1]?.toLowerCase();
        if (next && names[lang].has(next) && counts.get(key).lower === 0) names[lang].add(key);
      });
  }
  return names;
}

/**
 * Whether a word of the chain is one of `names` (`seedNames`, one language's),
 * as written: an abbreviation, or a capitalised word of the set.
 */
const isNameOf = (names) => (word) =>
  ACRONYM.test(word) || (CAPITAL.test(word) && names.has(word.toLowerCase()));

/**
 * Whether a word is derived from one of `names`: it starts with the name's
 * stem (all but its last two letters, names of six letters or more), as the
 * adjective "казахстанский" does.
 */
function derivedFromNameOf(names) {
  const stems = [...names].filter((name) => name.length >= 6).map((name) => name.slice(0, -2));
  return (word) => {
    const lower = word.toLowerCase();
    return stems.some((stem) => lower.startsWith(stem));
  };
}

/**
 * The lowercased words of every name and alias in the entity files of
 * `catalogDir` (`content/entities/*.yaml`); none when there is no such folder.
 */
export function catalogWords(catalogDir) {
  const words = new Set();
  if (!catalogDir || !existsSync(catalogDir)) return words;
  for (const file of readdirSync(catalogDir).filter((name) => name.endsWith('.yaml'))) {
    const entity = parse(readFileSync(join(catalogDir, file), 'utf8')) ?? {};
    const written = [
      ...Object.values(entity.names ?? {}),
      ...Object.values(entity.aliases ?? {}).flat(),
    ];
    for (const name of written)
      for (const word of String(name).match(WORD) ?? [])
        if (CAPITAL.test(word)) words.add(word.toLowerCase());
  }
  return words;
}

/**
 * Everything the composer needs per language: `chain` (bigram model of the
 * seed sentences) and `tail` (derived words, most frequent first once sampled
 * through Zipf). With `withoutNames`, also `isName`, which tells the seeds'
 * names (`seedNames`, with the entity catalogue of `catalogDir`) and the
 * words derived from them ("казахстанский"), which the composer leaves out
 * and the tail derives nothing from.
 */
export function buildVocabularies(seedDir, random, { withoutNames = false, catalogDir } = {}) {
  const sentences = readSeedSentences(seedDir);
  // The one English passage in the seeds is short; built-in words widen it.
  for (let i = 0; i < 40; i++) sentences.en.push(random.sample(ENGLISH_WORDS, random.int(8, 18)));
  const names = withoutNames ? seedNames(sentences, catalogWords(catalogDir)) : {};
  const vocab = {};
  for (const lang of LANGS) {
    if (sentences[lang].length === 0)
      throw new Error(`No seed text in ${lang} found in ${seedDir}`);
    const chain = buildChain(sentences[lang], lang);
    const base = lang === 'en' ? [...new Set([...chain.words, ...ENGLISH_WORDS])] : chain.words;
    let isName;
    if (names[lang]) {
      const name = isNameOf(names[lang]);
      const derived = derivedFromNameOf(names[lang]);
      const leftOut = new Set(base.filter((word) => name(word) || derived(word)));
      isName = (word) => leftOut.has(word);
    }
    vocab[lang] = {
      chain,
      tail: deriveTail(lang, isName ? base.filter((word) => !isName(word)) : base, random),
      seedSentences: sentences[lang].length,
      ...(isName ? { isName } : {}),
    };
  }
  return vocab;
}
