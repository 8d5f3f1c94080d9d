// The realistic benchmark corpus: N articles shaped like a news archive, beside
// the stress corpus of generate-corpus.mjs (where a handful of names occur in
// 30-99% of all articles and every search has thousands of matches).
// - Names (people and places, Latin and Cyrillic, inflected per language) are
//   chosen with Zipf-Mandelbrot frequencies fitted so that the commonest name
//   is in a few percent of the articles and most names in a handful. The
//   sentences made from the seed texts carry none of the seeds' own names
//   (vocabulary.mjs, `seedNames`), which would otherwise be in most articles.
// - Articles belong to stories: a third stand alone, the others come in
//   stories of 2 to 300 articles (Pareto-distributed sizes) that run over days
//   to months; a story's articles share its names and its dates.
// - Lengths are log-normal, from 150 to 4,000 words (median about 550).
// - All five languages; ~12% of stories have a translation group of 2-4
//   languages; German articles sometimes carry English passages.
// It returns the names with the number of articles that mention each and the
// document frequencies of words (from a sample of articles), from which
// query-log.mjs draws the queries of a realistic search log.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from './random.mjs';
import { LANGS, buildVocabularies } from './vocabulary.mjs';
import { ENTITIES, OUTLETS, TAGS, cyrillize, generatePeople, transliterate } from './names.mjs';
import { Composer, frontMatter, slugOf, writeSiteStories } from './generate-corpus.mjs';
import { countWords } from './query-log.mjs';

/** Share of all name draws that goes to the commonest name (it then reaches ~3-5% of articles). */
const TOP_NAME_SHARE = 0.009;
/** How many articles a document-frequency sample aims at. */
const WORD_SAMPLE = 4000;
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);

const CYR_PLACE_STEM =
  'Кар Ал Тал Жез Кок Ак Степ Бер Сар Кызыл Ор Пав Сем Тур Ус Шах Бал Ек Зай Мир Нов Крас Бел Чер Кур'.split(
    ' ',
  );
const CYR_PLACE_MID = ['', 'а', 'ага', 'ды', 'ино', 'е', 'ту', 'ке'];
const CYR_PLACE_END = ['ск', 'тау', 'ган', 'град', 'бад', 'кент', 'поль', 'аул'];
const LAT_PLACE_STEM =
  'Wald Ros Lin Brem Mar Kal Tor San Vil Nord Ost Sud Hav Ber Grün Alt Neu Kra Lub Bial Sos Zam'.split(
    ' ',
  );
const LAT_PLACE_END = ['burg', 'dorf', 'heim', 'ow', 'ice', 'sk', 'ano', 'era', 'ville', 'stadt'];

/** Case forms of a place name per language (nominative first). */
function placeForms(name, script) {
  const forms = {};
  for (const lang of LANGS) {
    const base =
      script === 'cyr'
        ? lang === 'ru'
          ? name
          : transliterate(name, lang)
        : lang === 'ru'
          ? cyrillize(name)
          : name;
    const consonant = !/[aeiouyаеиоуыэюяь]$/i.test(base);
    if (lang === 'ru')
      forms[lang] = consonant ? [base, `${base}а`, `${base}е`, `${base}ом`] : [base];
    else if (lang === 'pl')
      forms[lang] = consonant ? [base, `${base}u`, `${base}ie`, `${base}em`] : [base];
    else if (lang === 'de') forms[lang] = [base, /[sßxz]$/.test(base) ? base : `${base}s`];
    else forms[lang] = [base];
  }
  return forms;
}

/** `count` generated places, half with Cyrillic names. */
function generatePlaces(count, r) {
  return Array.from({ length: count }, () =>
    r.chance(0.5)
      ? {
          forms: placeForms(
            r.pick(CYR_PLACE_STEM) + r.pick(CYR_PLACE_MID) + r.pick(CYR_PLACE_END),
            'cyr',
          ),
        }
      : { forms: placeForms(r.pick(LAT_PLACE_STEM) + r.pick(LAT_PLACE_END), 'lat') },
  );
}

/**
 * A sampler of ranks 0..n-1 with weights (k + q)^-1, q fitted so that rank 0
 * gets `topShare` of the draws (Zipf-Mandelbrot: a flat head, a long tail).
 */
function zipfMandelbrot(n, topShare, r) {
  const cumulative = (q) => {
    const c = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) c[k] = sum += 1 / (k + q);
    return c;
  };
  let [low, high] = [1, 1e6];
  for (let i = 0; i < 60; i++) {
    const q = Math.sqrt(low * high);
    const c = cumulative(q);
    if (c[0] / c[n - 1] > topShare) low = q;
    else high = q;
  }
  const c = cumulative(low);
  return () => {
    const x = r.next() * c[n - 1];
    let [lo, hi] = [0, n - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Story sizes: a third single articles, the rest Pareto (α 1.2) from 2 to 300. */
function storySize(r) {
  if (r.chance(0.35)) return 1;
  return Math.min(300, Math.max(2, Math.floor(2 * Math.pow(1 - r.next(), -1 / 1.2))));
}

/** A log-normal article length, 150-4,000 words. */
function articleWords(r) {
  const normal = Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
  return Math.round(Math.min(4000, Math.max(150, 550 * Math.exp(0.65 * normal))));
}

/** An article's date inside its story's span, mostly to the day, as feeds give it. */
function articleDate(start, days, r) {
  const precision = r.weighted(['day', 'month', 'year', 'unknown'], [85, 5, 3, 7]);
  if (precision === 'unknown') return undefined;
  const iso = new Date(start + r.int(0, days) * DAY).toISOString();
  return precision === 'day'
    ? iso.slice(0, 10)
    : precision === 'month'
      ? iso.slice(0, 7)
      : iso.slice(0, 4);
}

/** Names of the corpus: the fixed ones first (the commonest), then people and places mixed. */
function namePool(count, r) {
  const size = Math.max(1500, Math.round(count * 0.6));
  const people = generatePeople(Math.round(size * 0.7), r).map((p) => ({ ...p, person: true }));
  const places = generatePlaces(size - people.length - ENTITIES.length, r);
  const fixed = [...ENTITIES].sort((a, b) => b.weight - a.weight);
  return [...fixed, ...r.sample([...people, ...places], people.length + places.length)].map(
    (entity, rank) => ({ ...entity, rank, articles: 0 }),
  );
}

/** The stories' plan: size, span of days, languages, names. */
function planStories(count, names, r) {
  const drawName = zipfMandelbrot(names.length, TOP_NAME_SHARE, r);
  const stories = [];
  for (let left = count; left > 0;) {
    const size = Math.min(storySize(r), left);
    left -= size;
    const days = size === 1 ? 0 : Math.min(240, Math.round(1 + Math.pow(size, 1.1) * 2 * r.next()));
    const unique = (n) => [...new Set(Array.from({ length: n }, () => names[drawName()]))];
    stories.push({
      size,
      days,
      start: FIRST_DAY + r.int(0, Math.round((LAST_DAY - FIRST_DAY) / DAY) - days) * DAY,
      lang: r.pick(LANGS),
      core: unique(r.int(1, 2)),
      secondary: unique(r.int(1, 5)),
      drawName,
    });
  }
  return stories;
}

/** The languages of one story member: one article, or a translation group of 2-4. */
function memberLanguages(story, r) {
  const lang = r.chance(0.65) ? story.lang : r.pick(LANGS);
  if (!r.chance(0.12)) return [lang];
  return [
    lang,
    ...r.sample(
      LANGS.filter((l) => l !== lang),
      r.int(1, 3),
    ),
  ];
}

/** The body: paragraphs, sometimes a subheading, in German sometimes English passages. */
function composeBody(c, english, mentions, target, r, data) {
  const blocks = [];
  let words = 0;
  while (words < target) {
    if (blocks.length > 2 && r.chance(0.08))
      blocks.push(
        `## ${c
          .words(3, 7, [], 0)
          .join(' ')
          .replace(/^./, (ch) => ch.toUpperCase())}`,
      );
    if (english && blocks.length > 0 && r.chance(0.25)) {
      const p = english.paragraph(mentions, r.int(40, 110));
      blocks.push([':::lang{code=en}', p.text, ':::'].join('\n'));
      words += p.words;
      data.otherLanguages = ['en'];
      continue;
    }
    const p = c.paragraph(mentions, r.int(40, 130));
    blocks.push(p.text);
    words += p.words;
  }
  return { text: blocks.join('\n\n'), words };
}

/**
 * Generates `count` realistic articles under `<root>/content/articles` and
 * their site stories under `<root>/content/stories` (replacing what is there).
 */
export function generateRealisticCorpus({
  root,
  count,
  seed = 'polyglot-bench',
  seedDir,
  catalogDir,
}) {
  const r = createRandom(`${seed}:realistic:${count}`);
  const vocab = buildVocabularies(seedDir, r, {
    withoutNames: true,
    catalogDir: catalogDir ?? join(root, 'content', 'entities'),
  });
  const names = namePool(count, r);
  const authors = names.filter((n) => n.person);
  const dir = join(root, 'content', 'articles');
  for (const part of ['articles', 'stories'])
    rmSync(join(root, 'content', part), { recursive: true, force: true });
  mkdirSync(join(root, 'content', 'stories'), { recursive: true });
  for (const lang of LANGS) mkdirSync(join(dir, lang), { recursive: true });
  const stats = {
    articles: 0,
    words: 0,
    grouped: 0,
    groups: 0,
    external: 0,
    mixedGerman: 0,
    inStories: 0,
    stories: 0,
    byLang: {},
    datePrecision: {},
    storySizes: {},
  };
  const documentFrequency = {};
  const sampleEvery = Math.max(1, Math.floor(count / WORD_SAMPLE));
  const files = [];
  const siteStories = [];
  let serial = 0;
  const stories = planStories(count, names, r);
  for (const [storyIndex, story] of stories.entries()) {
    const bucket =
      story.size === 1 ? '1' : story.size < 10 ? '2-9' : story.size < 50 ? '10-49' : '50-300';
    stats.storySizes[bucket] = (stats.storySizes[bucket] ?? 0) + story.size;
    const siteStory =
      story.size >= 8 && r.chance(0.5)
        ? {
            id: `bench-story-${String(storyIndex).padStart(6, '0')}`,
            articles: [],
            mentions: story.core,
          }
        : undefined;
    if (siteStory) siteStories.push(siteStory);
    for (let written = 0; written < story.size;) {
      const langs = memberLanguages(story, r).slice(0, story.size - written);
      const mentions = [
        ...story.core,
        ...r.sample(story.secondary, r.int(1, 2)),
        ...Array.from({ length: r.int(0, 2) }, () => names[story.drawName()]),
      ];
      const uniqueMentions = [...new Set(mentions)];
      for (const entity of uniqueMentions) entity.articles += langs.length;
      const group =
        langs.length > 1 ? `story-${String(storyIndex).padStart(6, '0')}-${written}` : undefined;
      const external = langs.length > 1 ? r.chance(0.3) : r.chance(0.05);
      const date = articleDate(story.start, story.days, r);
      const target = articleWords(r);
      let originalId;
      for (const [member, lang] of langs.entries()) {
        const c = new Composer(lang, vocab[lang], r);
        const title = c.title(uniqueMentions);
        const slug = `${slugOf(title)}-${(serial++).toString(36)}`;
        const id = `${lang}/${slug}`;
        const data = { title, lang, date, group };
        if (external || member > 0) {
          data.translationOf = external ? 'external' : originalId;
          if (external) data.originalLanguage = r.pick(['kk', 'uk', 'fi', 'fr', 'tr', undefined]);
          data.machineTranslation = r.weighted([true, false, undefined], [3, 3, 4]);
        } else originalId = id;
        if (r.chance(0.9)) {
          const [outlet, host] = r.pick(OUTLETS[lang]);
          data.source = r.weighted(
            [
              { outlet, url: `https://${host}/${date?.slice(0, 4) ?? 'archive'}/${slug}` },
              { outlet },
            ],
            [9, 1],
          );
        }
        if (r.chance(0.6)) data.author = r.pick(authors).forms[lang][0];
        if (r.chance(0.4)) data.summary = c.sentence(uniqueMentions);
        data.tags = r.sample(TAGS[lang], r.int(0, 3));
        if (siteStory) {
          if (r.chance(0.5)) data.story = siteStory.id;
          else siteStory.articles.push(id);
          stats.inStories++;
        }
        const english =
          lang === 'de' && r.chance(0.2) ? new Composer('en', vocab.en, r) : undefined;
        const body = composeBody(
          c,
          english,
          uniqueMentions,
          Math.round(target * (0.9 + 0.2 * r.next())),
          r,
          data,
        );
        const path = join(dir, lang, `${slug}.md`);
        writeFileSync(path, `${frontMatter(data)}\n${body.text}\n`);
        if (serial % sampleEvery === 0)
          countWords(documentFrequency, lang, `${title}\n${body.text}`);
        files.push({ id, path, lang, words: body.words });
        stats.articles++;
        stats.words += body.words;
        stats.byLang[lang] = (stats.byLang[lang] ?? 0) + 1;
        const precision = date ? ['year', 'month', 'day'][date.split('-').length - 1] : 'unknown';
        stats.datePrecision[precision] = (stats.datePrecision[precision] ?? 0) + 1;
        if (group) stats.grouped++;
        if (data.translationOf === 'external') stats.external++;
        if (data.otherLanguages) stats.mixedGerman++;
      }
      if (group) stats.groups++;
      written += langs.length;
    }
  }
  writeSiteStories(root, siteStories, vocab, r);
  stats.stories = siteStories.length;
  const ranked = [...names].sort((a, b) => b.articles - a.articles);
  stats.topNames = ranked.slice(0, 5).map((n) => `${n.forms.en[0]} ${n.articles}`);
  stats.namesInOneToFive = names.filter((n) => n.articles >= 1 && n.articles <= 5).length;
  stats.namesUsed = names.filter((n) => n.articles > 0).length;
  return { files, stats, names, documentFrequency, sampleEvery };
}
