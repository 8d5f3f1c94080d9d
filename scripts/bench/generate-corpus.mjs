// Writes a synthetic corpus of N articles into <root>/content/articles, shaped
// like the real content so build and search figures mean something at scale:
// 300-1,200 words of language-like text per article in all five languages,
// ~30% of articles in translation groups of 2-4 languages (one original per
// group, or all marked `translationOf: external`), dates of every precision
// and some unknown, outlets, authors, inflected names in Cyrillic and Latin
// script, and English passages (`:::lang{code=en}`) in some German articles.
// Everything comes from a seeded PRNG, so the same N and seed give the same files.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from './random.mjs';
import { LANGS, buildVocabularies } from './vocabulary.mjs';
import { ENTITIES, OUTLETS, TAGS, generatePeople, transliterate } from './names.mjs';
import { countWords } from './query-log.mjs';

const QUOTES = { en: ['“', '”'], es: ['«', '»'], de: ['„', '“'], ru: ['«', '»'], pl: ['„', '”'] };
/** Share of stories told in several languages, chosen so ~30% of articles are in groups of 2-4. */
const GROUP_STORY_SHARE = 0.125;

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** Composes text in one language from its vocabulary, mentioning the story's names. */
export class Composer {
  constructor(lang, vocab, random) {
    Object.assign(this, { lang, vocab, random });
    this.seen = new Set();
  }

  /** The next mention of a name: full name the first time, then an inflected short form. */
  mention(entity) {
    const forms = entity.forms[this.lang];
    if (entity.person && !this.seen.has(entity)) {
      this.seen.add(entity);
      return forms[0];
    }
    return entity.person
      ? this.random.pick(forms.length > 1 ? forms.slice(1) : forms)
      : this.random.pick(forms);
  }

  /** Walks the bigram chain for `min`-`max` words, swapping in rare words and names. */
  words(min, max, mentions, mentionRate) {
    const { chain, tail } = this.vocab;
    const r = this.random;
    const out = [];
    let token = r.pick(chain.starts);
    while (out.length < max) {
      let word = token;
      if (word.length >= 5 && r.chance(0.16)) word = tail[r.zipfIndex(tail.length)];
      // The seeds' names and words derived from them stay out (the realistic corpus, vocabulary.mjs).
      if (!this.vocab.isName?.(word)) out.push(word);
      if (mentions.length && r.chance(mentionRate)) out.push(this.mention(r.pick(mentions)));
      if (r.chance(0.02))
        out.push(String(r.pick([r.int(2, 99), r.int(1990, 2025), r.int(100, 9000)])));
      const next = r.pick(chain.next.get(token) ?? [null]);
      if (next === null) {
        if (out.length >= min) break;
        if (out.length) out[out.length - 1] += ',';
        token = r.pick(chain.starts);
        if (
          this.lang !== 'de' &&
          !/^\p{Lu}{2,}/u.test(token) &&
          r.chance(0.7) &&
          !this.vocab.isName?.(token)
        )
          token = token.toLowerCase();
      } else {
        if (out.length && r.chance(0.05)) out[out.length - 1] += ',';
        token = next;
      }
    }
    out[out.length - 1] = out[out.length - 1].replace(/,$/, '');
    return out;
  }

  sentence(mentions) {
    const r = this.random;
    const text = capitalise(this.words(6, r.int(12, 30), mentions, 0.05).join(' '));
    const end = r.weighted(['.', '?', '!'], [30, 1, 1]);
    if (r.chance(0.07)) {
      const [open, close] = QUOTES[this.lang];
      return `${open}${text}${end}${close}`;
    }
    return text + end;
  }

  paragraph(mentions, targetWords) {
    const sentences = [];
    let count = 0;
    while (count < targetWords) {
      const s = this.sentence(mentions);
      sentences.push(s);
      count += s.split(' ').length;
    }
    return { text: sentences.join(' '), words: count };
  }

  title(mentions) {
    const r = this.random;
    const words = this.words(5, r.int(7, 12), [], 0);
    words.splice(r.int(0, Math.min(3, words.length)), 0, this.mention(mentions[0]));
    return capitalise(words.join(' ')) + (r.chance(0.15) ? '?' : '');
  }
}

/** A lowercase Latin slug of a title (Cyrillic transliterated), cut at 60 characters. */
export function slugOf(title) {
  const latin = transliterate(title, 'en')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const cut = latin.slice(0, 60);
  return (
    (cut.includes('-') && latin.length > 60 ? cut.slice(0, cut.lastIndexOf('-')) : cut) || 'article'
  );
}

/** A date of one of the three precisions, or undefined (unknown) for ~10%. */
function randomDate(r) {
  const precision = r.weighted(['day', 'month', 'year', 'unknown'], [60, 20, 10, 10]);
  if (precision === 'unknown') return undefined;
  const year = r.int(2019, 2025);
  const month = String(r.int(1, 12)).padStart(2, '0');
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${year}-${month}`;
  const days = new Date(Date.UTC(year, Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(r.int(1, days)).padStart(2, '0')}`;
}

/** YAML front matter; strings go through JSON, which YAML reads as double-quoted scalars. */
export function frontMatter(data) {
  const q = JSON.stringify;
  const lines = ['---', `title: ${q(data.title)}`, `lang: ${data.lang}`];
  if (data.otherLanguages) lines.push(`otherLanguages: [${data.otherLanguages.join(', ')}]`);
  if (data.date) lines.push(`date: ${q(data.date)}`);
  if (data.source) {
    lines.push('source:');
    if (data.source.outlet) lines.push(`  outlet: ${q(data.source.outlet)}`);
    if (data.source.url) lines.push(`  url: ${data.source.url}`);
  }
  if (data.author) lines.push(`author: ${q(data.author)}`);
  if (data.group) lines.push(`group: ${data.group}`);
  if (data.translationOf) lines.push(`translationOf: ${data.translationOf}`);
  if (data.originalLanguage) lines.push(`originalLanguage: ${data.originalLanguage}`);
  if (data.machineTranslation !== undefined)
    lines.push(`machineTranslation: ${data.machineTranslation}`);
  if (data.summary) lines.push(`summary: ${q(data.summary)}`);
  if (data.story) lines.push(`story: ${data.story}`);
  if (data.tags?.length) lines.push(`tags: [${data.tags.map((t) => q(t)).join(', ')}]`);
  if (data.credits?.length) {
    lines.push('credits:');
    for (const c of data.credits) lines.push(`  - role: ${c.role}`, `    name: ${q(c.name)}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

/** The languages of each story: most in one language, some in 2-4 (a translation group). */
function planStories(count, r) {
  const stories = [];
  let left = count;
  while (left > 0) {
    let size = r.chance(GROUP_STORY_SHARE) ? r.int(2, 4) : 1;
    size = Math.min(size, left);
    stories.push(r.sample(LANGS, size));
    left -= size;
  }
  return stories;
}

/**
 * Generates `count` articles under `<root>/content/articles` (replacing what is
 * there). Returns the list of files and a summary of what was generated.
 */
export function generateCorpus({ root, count, seed = 'polyglot-bench', seedDir }) {
  const r = createRandom(`${seed}:${count}`);
  const vocab = buildVocabularies(seedDir, r);
  const people = generatePeople(Math.max(300, Math.round(count / 3)), r).map((p) => ({
    ...p,
    person: true,
  }));
  const dir = join(root, 'content', 'articles');
  // Articles and stories are generated; other content (entities) comes with the site copy.
  for (const part of ['articles', 'stories']) {
    rmSync(join(root, 'content', part), { recursive: true, force: true });
  }
  mkdirSync(join(root, 'content', 'stories'), { recursive: true });
  // Stories (content/stories) several topics belong to, ~14 articles each on average;
  // half of their articles are linked from the story file, half by `story:` in front matter.
  const siteStories = Array.from({ length: Math.max(3, Math.round(count / 40)) }, (_, i) => ({
    id: `bench-story-${String(i).padStart(4, '0')}`,
    articles: [],
    mentions: [ENTITIES[0], ...r.sample(ENTITIES.slice(1), 2)],
  }));
  for (const lang of LANGS) mkdirSync(join(dir, lang), { recursive: true });

  const files = [];
  const stats = {
    articles: 0,
    words: 0,
    grouped: 0,
    groups: 0,
    external: 0,
    mixedGerman: 0,
    inStories: 0,
    stories: siteStories.length,
    byLang: {},
    datePrecision: {},
  };
  // For the query log: articles per name, and words' document frequencies in a sample.
  const mentionCounts = new Map();
  const documentFrequency = {};
  const sampleEvery = Math.max(1, Math.floor(count / 4000));
  let serial = 0;
  planStories(count, r).forEach((langs, storyIndex) => {
    const story = {
      entities: [
        ...(r.chance(0.55) ? [ENTITIES[0]] : []),
        ...(r.chance(0.25) ? [ENTITIES[1]] : []),
        ...r.sample(ENTITIES.slice(2), r.int(1, 3)),
        ...Array.from({ length: r.int(1, 4) }, () => people[r.zipfIndex(people.length, 0.9)]),
      ],
      words: Math.round(300 + 900 * Math.pow(r.next(), 1.4)),
      date: randomDate(r),
      group: langs.length > 1 ? `story-${String(storyIndex).padStart(6, '0')}` : undefined,
      external: langs.length > 1 ? r.chance(0.3) : r.chance(0.08),
      originalLanguage: r.pick(['kk', 'uk', 'fi', 'fr', 'tr', undefined]),
      siteStory: r.chance(0.35) ? r.pick(siteStories) : undefined,
      linkFromArticle: r.chance(0.5),
    };
    let originalId;
    langs.forEach((lang, member) => {
      const c = new Composer(lang, vocab[lang], r);
      const mentions = story.entities;
      const title = c.title(mentions);
      const slug = `${slugOf(title)}-${(serial++).toString(36)}`;
      const id = `${lang}/${slug}`;
      const data = { title, lang, date: story.date, group: story.group };
      const isTranslation = story.external || member > 0;
      if (isTranslation) {
        data.translationOf = story.external ? 'external' : originalId;
        if (story.external) data.originalLanguage = story.originalLanguage;
        data.machineTranslation = r.weighted([true, false, undefined], [3, 3, 4]);
      } else originalId = id;
      if (r.chance(0.85)) {
        const [outlet, host] = r.pick(OUTLETS[lang]);
        const url = `https://${host}/${story.date?.slice(0, 4) ?? 'archive'}/${slug}`;
        data.source = r.weighted([{ outlet, url }, { outlet }, { url }], [7, 2, 1]);
      }
      if (r.chance(0.5)) data.author = r.pick(people).forms[lang][0];
      if (r.chance(0.4)) data.summary = c.sentence(mentions);
      data.tags = r.sample(TAGS[lang], r.int(0, 3));
      if (story.siteStory) {
        if (story.linkFromArticle) data.story = story.siteStory.id;
        else story.siteStory.articles.push(id);
        stats.inStories++;
      }
      if (r.chance(0.2))
        data.credits = [
          {
            role: 'photo',
            name: `${r.pick(people).forms.en[0]}/${r.pick(['wikimedia.org', 'AP', 'Reuters', 'bzns.media'])}`,
          },
        ];

      // The body: paragraphs, sometimes a subheading, in German sometimes English passages.
      const target = Math.round(story.words * (0.9 + 0.2 * r.next()));
      const blocks = [];
      let words = 0;
      const mixed = lang === 'de' && r.chance(0.2);
      const english = mixed ? new Composer('en', vocab.en, r) : undefined;
      while (words < target) {
        if (blocks.length > 2 && r.chance(0.08))
          blocks.push(
            `## ${c
              .words(3, 7, [], 0)
              .join(' ')
              .replace(/^./, (ch) => ch.toUpperCase())}`,
          );
        if (english && blocks.length > 0 && r.chance(0.25)) {
          const paragraphs = Array.from({ length: r.int(1, 2) }, () =>
            english.paragraph(mentions, r.int(40, 110)),
          );
          blocks.push(
            [':::lang{code=en}', paragraphs.map((p) => p.text).join('\n\n'), ':::'].join('\n'),
          );
          words += paragraphs.reduce((sum, p) => sum + p.words, 0);
          data.otherLanguages = ['en'];
          continue;
        }
        const p = c.paragraph(mentions, r.int(40, 130));
        blocks.push(p.text);
        words += p.words;
      }
      const path = join(dir, lang, `${slug}.md`);
      writeFileSync(path, `${frontMatter(data)}\n${blocks.join('\n\n')}\n`);
      for (const entity of new Set(mentions))
        mentionCounts.set(entity, (mentionCounts.get(entity) ?? 0) + 1);
      if (serial % sampleEvery === 0) countWords(documentFrequency, lang, blocks.join('\n'));
      files.push({ id, path, lang, words });
      stats.articles++;
      stats.words += words;
      stats.byLang[lang] = (stats.byLang[lang] ?? 0) + 1;
      const precision = !data.date
        ? 'unknown'
        : ['year', 'month', 'day'][data.date.split('-').length - 1];
      stats.datePrecision[precision] = (stats.datePrecision[precision] ?? 0) + 1;
      if (data.group) stats.grouped++;
      if (data.translationOf === 'external') stats.external++;
      if (data.otherLanguages) stats.mixedGerman++;
    });
    if (story.group) stats.groups++;
  });
  writeSiteStories(root, siteStories, vocab, r);
  const names = [...mentionCounts].map(([entity, articles]) => ({ ...entity, articles }));
  return { files, stats, names, documentFrequency };
}

/**
 * Changes the text of one article (the first English one), the smallest edit an
 * editor makes, for the incremental rebuild measurement. Returns its path.
 */
/** content/stories/<id>.yaml for the stories the site shows, titled in every language. */
export function writeSiteStories(root, siteStories, vocab, r) {
  for (const story of siteStories) {
    const text = (fn) =>
      LANGS.map((lang) => `  ${lang}: ${JSON.stringify(fn(new Composer(lang, vocab[lang], r)))}`);
    const lines = [
      'title:',
      ...text((c) => c.title(story.mentions)),
      'summary:',
      ...text((c) => c.sentence(story.mentions)),
      ...(story.articles.length ? ['articles:', ...story.articles.map((id) => `  - ${id}`)] : []),
    ];
    writeFileSync(join(root, 'content', 'stories', `${story.id}.yaml`), `${lines.join('\n')}\n`);
  }
}

export function editOneArticle(root) {
  const dir = join(root, 'content', 'articles', 'en');
  const name = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()[0];
  const path = join(dir, name);
  const text = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    `${text.trimEnd()}\n\nThis paragraph was added to measure an incremental rebuild at ${new Date().toISOString()}.\n`,
  );
  return path;
}
