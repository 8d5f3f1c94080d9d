// A search log drawn from a generated corpus's own frequencies, so that the
// benchmark's searches are what readers of that archive would type: names
// from the commonest to ones in a single article (Latin and Cyrillic, in the
// forms each language uses, nominative and inflected), full names and name
// plus word, common and rare words of every language, misspellings and a
// query that finds nothing. Seeded: the same corpus gives the same log.
import { createRandom } from './random.mjs';

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** The most frequent words of a language are its function words, which no reader searches for. */
const FUNCTION_WORDS = 40;

/** Adds the distinct lowercase words of one article's text to its language's document frequencies. */
export function countWords(documentFrequency, lang, text) {
  const counts = (documentFrequency[lang] ??= new Map());
  for (const word of new Set(text.toLowerCase().match(WORD) ?? []))
    counts.set(word, (counts.get(word) ?? 0) + 1);
}

/** One letter pair swapped in the middle of a word: the commonest typing slip. */
function misspell(word, r) {
  const i = r.int(1, word.length - 3);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** Names by how many articles mention them: the ten commonest, then ranks sampled down the tail. */
function namesByFrequency(names, r, count) {
  const used = [...names].filter((n) => n.articles > 0).sort((a, b) => b.articles - a.articles);
  const picks = used.slice(0, 10);
  const bands = [
    [10, 100],
    [100, 1000],
    [1000, used.length],
  ];
  while (picks.length < count) {
    const [from, to] = bands[picks.length % bands.length];
    if (from < used.length) picks.push(used[r.int(from, Math.min(to, used.length) - 1)]);
    else picks.push(r.pick(used));
  }
  return picks;
}

/** A form of a name as a reader of `lang` would type it: full, surname or an inflected form. */
function nameForm(name, lang, r) {
  const forms = name.forms[lang];
  const form = r.chance(0.3) ? forms[0] : r.pick(forms.length > 1 ? forms.slice(1) : forms);
  return form
    .replace(/^(the|el|la|die|der|President|Präsident|el presidente)\s+/, '')
    .replace(/'s$/, '');
}

/** Words of each language by document frequency, function words left out. */
function wordsByFrequency(documentFrequency) {
  return Object.fromEntries(
    Object.entries(documentFrequency).map(([lang, counts]) => [
      lang,
      [...counts]
        .filter(([word]) => !/\d/.test(word))
        .sort((a, b) => b[1] - a[1])
        .slice(FUNCTION_WORDS)
        .filter(([word]) => [...word].length >= 4),
    ]),
  );
}

/**
 * At least `size` queries, each { query, kind }, shuffled. `names` are the
 * corpus's names with `forms` per language and `articles` (how many mention
 * them); `documentFrequency` maps language → word → articles (of a sample).
 */
export function buildQueryLog({ names, documentFrequency, seed = 'query-log', size = 220 }) {
  const r = createRandom(seed);
  const langs = Object.keys(documentFrequency).sort();
  const words = wordsByFrequency(documentFrequency);
  const log = [];
  const add = (query, kind) => query && log.push({ query, kind });
  const frequentNames = namesByFrequency(names, r, Math.round(size * 0.35));
  for (const [i, name] of frequentNames.entries()) {
    const lang = i % 3 === 0 ? 'ru' : r.pick(langs.filter((l) => l !== 'ru'));
    add(nameForm(name, lang, r), `name (${name.articles} articles, ${lang})`);
  }
  const people = frequentNames.filter((n) => n.person);
  for (let i = 0; i < Math.round(size * 0.1); i++) {
    const lang = r.pick(langs);
    add(r.pick(people).forms[lang][0], `full name (${lang})`);
  }
  for (let i = 0; i < Math.round(size * 0.3); i++) {
    const lang = langs[i % langs.length];
    const common = words[lang].slice(0, 400);
    add(common[r.zipfIndex(common.length, 0.8)]?.[0], `common word (${lang})`);
  }
  for (let i = 0; i < Math.round(size * 0.1); i++) {
    const lang = langs[i % langs.length];
    const rare = words[lang].filter(([, n]) => n === 1);
    add(r.pick(rare)?.[0], `rare word (${lang})`);
  }
  for (let i = 0; i < Math.round(size * 0.1); i++) {
    const lang = r.pick(langs);
    const word = r.pick(words[lang].slice(0, 400))?.[0];
    add(`${nameForm(r.pick(frequentNames), lang, r)} ${word}`, `name and word (${lang})`);
  }
  for (const name of frequentNames.slice(0, 5)) {
    const latin =
      name.forms.en.find((f) => [...f].length >= 6 && !f.includes(' ')) ?? name.forms.en[0];
    add(misspell(latin, r), 'misspelt name');
  }
  add('Qxzvbrt', 'no result');
  add('Жщфыкр', 'no result (Cyrillic)');
  return r.sample(log, log.length);
}

/**
 * The queries a benchmark run types: the first searches (each on a fresh
 * page), the ?q= link, the typing run and the later searches (the whole log).
 */
export function benchQueries(log, names) {
  const used = [...names].filter((n) => n.articles > 0).sort((a, b) => b.articles - a.articles);
  const commonest = used[0].forms.en[0].replace(/^the\s+/, '');
  const middle = used[Math.min(used.length - 1, 50)];
  const rarePerson = used.find((n, i) => i > 200 && n.person && n.articles <= 5) ?? used.at(-1);
  return {
    firstQueries: [commonest, middle.forms.ru.at(-1)],
    deepLinkQuery: middle.forms.en[0],
    typingQueries: [
      commonest,
      rarePerson.forms.ru[0],
      rarePerson.forms.pl.at(-1),
      log.find((q) => q.kind.startsWith('name and word'))?.query ?? commonest,
    ],
    laterQueries: log.map((q) => q.query),
  };
}
