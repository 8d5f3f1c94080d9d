/**
 * The annotated sets the evaluation reads, all kept in the repository (see
 * data/README.md for their sources and licences), and the importer's own
 * copied-text fixtures and seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { franc } from 'franc';
import { fromIso3 } from '../../src/lib/import/language-codes';
import { decodePage } from '../../src/lib/import/page/decode-page';

export interface Case {
  set: string;
  name: string;
  lang: string;
  kind: 'page' | 'text';
  /** The page's HTML or the copied text. */
  input: string;
  url?: string;
  /** The annotated main text (for copied texts the headline included); empty for segment sets. */
  truth: string;
  /** Passages the main text must hold and page clutter it must not (trafilatura's annotation). */
  segments?: { with: string[]; without: string[] };
}

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT));
/** A kept page, decoded as the importer decodes a saved page (its own charset). */
const html = (path: string) => decodePage(gunzipSync(read(path)));
const textOf = (markup: string) =>
  markup
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|h\d|li|div|blockquote)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
/**
 * The language of an annotated text, from its lines of running text only:
 * table rows, names and figures read as other languages (a Portuguese league
 * table was taken for Spanish).
 */
const langOf = (text: string) => {
  const prose = text
    .split('\n')
    .filter((line) => (line.match(/\p{L}{2,}/gu) ?? []).length >= 6)
    .join('\n');
  return fromIso3(franc((prose || text).slice(0, 4000)));
};

/** ScrapingHub's article-extraction benchmark: real news pages, annotated article bodies. */
function scrapinghub(): Case[] {
  const truth = JSON.parse(
    read('scripts/import-eval/data/scrapinghub/ground-truth.json').toString(),
  ) as Record<string, { url: string; articleBody: string }>;
  return Object.entries(truth).map(([id, { url, articleBody }]) => ({
    set: 'scrapinghub',
    name: id.slice(0, 12),
    lang: langOf(articleBody),
    kind: 'page' as const,
    input: html(`scripts/import-eval/data/scrapinghub/html/${id}.html.gz`),
    url,
    truth: articleBody,
  }));
}

/** Mozilla Readability's test pages in the site's languages other than English. */
function readability(): Case[] {
  const dir = 'scripts/import-eval/data/readability/';
  return readdirSync(new URL(dir, ROOT), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const truth = textOf(read(`${dir}${d.name}/expected.html`).toString());
      return {
        set: 'readability',
        name: d.name,
        lang: langOf(truth),
        kind: 'page' as const,
        input: html(`${dir}${d.name}/source.html.gz`),
        truth,
      };
    });
}

/**
 * trafilatura's evaluation pages in the site's languages (see data/README.md): real
 * pages, each annotated with up to six passages of main text and six of
 * clutter, scored as trafilatura scores them.
 */
function trafilatura(): Case[] {
  const dir = 'scripts/import-eval/data/trafilatura/';
  const items = JSON.parse(read(`${dir}evaldata.json`).toString()) as {
    name: string;
    lang: string;
    url: string;
    with: string[];
    without: string[];
  }[];
  return items.map((item) => ({
    set: 'trafilatura',
    name: item.name,
    lang: item.lang,
    kind: 'page' as const,
    input: html(`${dir}html/${item.name}.html.gz`),
    url: item.url.startsWith('http') ? item.url : undefined,
    truth: '',
    segments: { with: item.with, without: item.without },
  }));
}

/** The copied-text fixtures with their annotated lines, and the seeds with their committed bodies. */
function copiedTexts(): Case[] {
  const dir = 'tests/fixtures/import/copied/';
  const fixtures = readdirSync(new URL(dir, ROOT))
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'))
    .map((f) => ({
      set: 'copied',
      name: f.replace('.txt', ''),
      lang: f.slice(0, 2),
      kind: 'text' as const,
      input: read(`${dir}${f}`).toString(),
      truth: read(`${dir}${f.replace('.txt', '.expected.txt')}`).toString(),
    }));
  const seeds = [
    [
      '000_12d957c1323f9d0e.txt',
      'es/de-que-lado-esta-kazajstan-en-la-lucha-de-occidente-contra-rusia.md',
    ],
    [
      '001_cffdb7f6991e9c69.txt',
      'de/auf-welcher-seite-steht-kasachstan-im-kampf-des-westens-gegen-russland.md',
    ],
    ['002_23cb9a45d46c81ef.txt', 'de/zwischen-ost-und-west-selbstbestimmt-und-neutral.md'],
    [
      '003_aaa0f4996a652047.txt',
      'ru/bloger-ivanov-slozhilis-vse-predposylki-chtoby-kollektivniy-zapad-pomog.md',
    ],
    [
      '004_4aff1e08da48c974.txt',
      'pl/kazachstan-dystansuje-sie-od-rosji-pojawiaja-sie-obawy-o-uzycie-sily.md',
    ],
  ].map(([seed, article]) => {
    const { frontmatter, content } = parseFrontmatter(
      read(`content/articles/${article}`).toString(),
    );
    return {
      set: 'seeds',
      name: seed!.slice(0, 3),
      lang: article!.slice(0, 2),
      kind: 'text' as const,
      input: read(`tests/fixtures/seeds/${seed}`).toString(),
      truth: `${String(frontmatter.title)}\n${content}`,
    };
  });
  return [...fixtures, ...seeds];
}

export function loadCases(): Case[] {
  return [...scrapinghub(), ...readability(), ...trafilatura(), ...copiedTexts()];
}
