// Derives the word equivalents of the search (data/lexicon/equivalents.tsv)
// from the FreeDict dictionaries that Debian packages. Run it only to refresh
// the data; the build reads the committed file and needs neither apt nor
// FreeDict:
//
//   apt-get install dict-freedict-eng-deu dict-freedict-deu-eng \
//     dict-freedict-eng-spa dict-freedict-spa-eng dict-freedict-eng-pol \
//     dict-freedict-pol-eng dict-freedict-eng-rus dict-freedict-deu-rus \
//     dict-freedict-pol-rus
//   node scripts/lexicon/derive-freedict.mjs [/usr/share/dictd]
//
// One line per English headword (the pivot): its German, Spanish, Polish and
// Russian equivalents, single words only, the dictionary's first senses first.
// - de, es, pl: the first translations of the English-X dictionary, then the
//   X words whose X-English entry gives the headword first.
// - ru: FreeDict's English-Russian dictionary is small (1,693 headwords), so a
//   Russian word is also taken when the German-Russian and the Polish-Russian
//   dictionaries both give it for one of the headword's German and Polish
//   equivalents: two independent routes agreeing filters out the other senses
//   each route brings alone.
// Function words (the Snowball stop-word lists of @orama/stopwords; Polish from
// stopwords-iso) are left out on every side: "in" or "die" would expand to half
// of every text.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { stopwords as en } from '@orama/stopwords/english';
import { stopwords as de } from '@orama/stopwords/german';
import { stopwords as es } from '@orama/stopwords/spanish';
import { stopwords as ru } from '@orama/stopwords/russian';
import iso from 'stopwords-iso' with { type: 'json' };

const DICT_DIR = process.argv[2] ?? '/usr/share/dictd';
const OUT = 'data/lexicon/equivalents.tsv';
/** How many equivalents per language a headword keeps: the first senses. */
const PER_LANGUAGE = 3;
const STOP = {
  en: new Set(en),
  de: new Set(de),
  es: new Set(es),
  ru: new Set(ru),
  pl: new Set(iso.pl),
};
const LETTERS = {
  en: /^[a-z]+$/,
  de: /^[a-zäöüß]+$/i,
  es: /^[a-záéíóúüñ]+$/i,
  pl: /^[a-ząćęłńóśźż]+$/i,
  ru: /^[а-яё]+$/i,
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decode = (text) => [...text].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

/** Headword → the translations of all its entries, in order (dictd format). */
function readDictionary(name, target) {
  const source = { eng: 'en', deu: 'de', spa: 'es', pol: 'pl' }[name.slice(0, 3)];
  const text = gunzipSync(readFileSync(join(DICT_DIR, `freedict-${name}.dict.dz`)));
  const index = readFileSync(join(DICT_DIR, `freedict-${name}.index`), 'utf8');
  const entries = new Map();
  for (const line of index.split('\n')) {
    const [head, offset, length] = line.split('\t');
    if (!head || head.startsWith('00-database')) continue;
    const body = text.subarray(decode(offset), decode(offset) + decode(length)).toString('utf8');
    const key = head.toLowerCase();
    if (!LETTERS[source].test(key)) continue;
    const list = entries.get(key) ?? [];
    for (const word of translations(body, target).map((w) => w.toLowerCase()))
      if (!list.includes(word)) list.push(word);
    entries.set(key, list);
  }
  return entries;
}

/**
 * The single-word translations of one entry: the lines after the headword,
 * without numbering, grammar tags, notes, examples and cross-references. A
 * definition sentence (pol-eng, deu-rus explain many words) has no item that
 * is one word of the target language's letters, so it gives nothing.
 */
function translations(body, target) {
  const words = [];
  for (const raw of body.split('\n').slice(1)) {
    const line = raw.trim();
    if (!line || /^("|see:|Synonyms?:|Note:|-)/.test(line)) continue;
    const clean = line
      .replace(/^[IVX]+\.\s*/, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/\([^)]*\)/g, ' ')
      .replace(/^\s*\d+\.\s*/, '');
    for (const item of clean.split(/[,;]/)) {
      const word = item.trim().replace(/^etw\.\s+|^jdn\.\s+/, '');
      if (LETTERS[target].test(word) && word.length >= 3) words.push(word);
    }
  }
  return words;
}

const usable = (lang) => (word) => !STOP[lang].has(word);

/**
 * The X equivalents of English `head`, best first. A dictionary in one
 * direction lists every sense in no useful order (eng-deu gives "Besatz",
 * "Bordüre", "Grenze" for "border"), so a word both directions agree on comes
 * first: it translates the headword, and its own entry gives the headword
 * among its first three. Then the words whose own entry gives the headword
 * first; a one-way translation only when the other direction does not know
 * the word at all (the small English-Spanish dictionary).
 */
function equivalents(head, lang, forward, backward) {
  const there = (forward.get(head) ?? []).filter(usable(lang));
  const back = (word) => backward.get(word) ?? [];
  const rank = (word) => back(word).slice(0, 3).indexOf(head);
  const agreed = there.filter((word) => rank(word) !== -1).sort((a, b) => rank(a) - rank(b));
  const firstBack = [...backward.entries()]
    .filter(([word, english]) => english[0] === head && usable(lang)(word))
    .map(([word]) => word);
  const unknownBack = there.filter((word) => back(word).length === 0).slice(0, 1);
  return [...new Set([...agreed, ...firstBack, ...unknownBack])].slice(0, PER_LANGUAGE);
}

/** English word → the X-English entries that name it among their first three. */
function byEnglish(xToEnglish) {
  const index = new Map();
  for (const [word, english] of xToEnglish) {
    for (const head of english.slice(0, 3)) {
      const list = index.get(head) ?? new Map();
      list.set(word, english);
      index.set(head, list);
    }
  }
  return index;
}

function main() {
  const forward = {
    de: readDictionary('eng-deu', 'de'),
    es: readDictionary('eng-spa', 'es'),
    pl: readDictionary('eng-pol', 'pl'),
    ru: readDictionary('eng-rus', 'ru'),
  };
  const backward = {
    de: readDictionary('deu-eng', 'en'),
    es: readDictionary('spa-eng', 'en'),
    pl: readDictionary('pol-eng', 'en'),
  };
  const near = Object.fromEntries(
    Object.entries(backward).map(([lang, dict]) => [lang, byEnglish(dict)]),
  );
  const deRu = readDictionary('deu-rus', 'ru');
  const plRu = readDictionary('pol-rus', 'ru');
  const heads = new Set(
    [...Object.values(forward), ...Object.values(near)].flatMap((m) => [...m.keys()]),
  );
  const lines = [];
  for (const head of [...heads].sort()) {
    if (!LETTERS.en.test(head) || head.length < 3 || STOP.en.has(head)) continue;
    const row = { en: [head] };
    for (const lang of ['de', 'es', 'pl']) {
      // Only the entries that can name the headword are looked through.
      const candidates = near[lang].get(head) ?? new Map();
      for (const word of forward[lang].get(head) ?? []) {
        if (!candidates.has(word)) candidates.set(word, backward[lang].get(word) ?? []);
      }
      row[lang] = equivalents(head, lang, forward[lang], candidates);
    }
    const viaDe = new Set(row.de.flatMap((w) => (deRu.get(w) ?? []).slice(0, 2)));
    const agreed = row.pl
      .flatMap((w) => (plRu.get(w) ?? []).slice(0, 2))
      .filter((w) => viaDe.has(w));
    const direct = (forward.ru.get(head) ?? []).slice(0, 1);
    row.ru = [...new Set([...direct, ...agreed])].filter(usable('ru')).slice(0, PER_LANGUAGE);
    // A headword is worth a line when at least two other languages have it.
    if (['de', 'es', 'pl', 'ru'].filter((lang) => row[lang].length > 0).length < 2) continue;
    lines.push(['en', 'de', 'es', 'pl', 'ru'].map((lang) => row[lang].join(',')).join('\t'));
  }
  mkdirSync('data/lexicon', { recursive: true });
  writeFileSync(OUT, `${['en', 'de', 'es', 'pl', 'ru'].join('\t')}\n${lines.join('\n')}\n`);
  console.log(`${OUT}: ${lines.length} headwords`);
}

main();
