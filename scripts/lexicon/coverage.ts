/**
 * How much of real news vocabulary the equivalents cover: the 1,000 most
 * frequent content words of a set of articles (the seed articles in
 * content/articles, or a generated benchmark corpus), and how many of them the
 * build links to an equivalent in another language (a lexicon word, a CLDR
 * region or an entity of the catalog), by language, with a sample to check by
 * hand. Run: `npx tsx scripts/lexicon/coverage.ts [articles dir] [--sample N]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopwords as en } from '@orama/stopwords/english';
import { stopwords as de } from '@orama/stopwords/german';
import { stopwords as es } from '@orama/stopwords/spanish';
import { stopwords as ru } from '@orama/stopwords/russian';
import iso from 'stopwords-iso' with { type: 'json' };
import { AliasIndex, tokenize } from '../../src/lib/mentions/alias-index';
import { EquivalentMatcher } from '../../src/lib/search/equivalent-matcher';
import { loadConcepts } from '../../src/lib/search/equivalent-sources';
import { conceptCode } from '../../src/lib/search/equivalents';

const STOP: Record<string, Set<string>> = {
  en: new Set(en),
  de: new Set(de),
  es: new Set(es),
  ru: new Set(ru),
  pl: new Set((iso as Record<string, string[]>).pl),
};
const TOP = 1000;

/** Every article's body, with its language (from its folder or front matter). */
function readArticles(dir: string): { lang: string; text: string }[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const lang = /^lang:\s*(\w+)/m.exec(source)?.[1] ?? file.split('/')[0]!;
      return { lang, text: source.replace(/^---[\s\S]*?---/, '') };
    });
}

async function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'content/articles';
  const sampleSize = Number(args[args.indexOf('--sample') + 1]) || 40;
  const { concepts } = await loadConcepts(process.cwd());
  const matcher = new EquivalentMatcher(concepts);
  const entities = new AliasIndex(
    concepts
      .filter((c) => c.kind === 'entity')
      .map((c) => ({ id: conceptCode(c.id), forms: c.forms })),
  );
  const byCode = new Map(concepts.map((c) => [conceptCode(c.id), c]));
  const counts = new Map<string, { lang: string; word: string; n: number }>();
  for (const { lang, text } of readArticles(dir)) {
    for (const { word } of tokenize(text)) {
      const lower = word.toLocaleLowerCase(lang);
      if (lower.length < 3 || /\d/.test(lower) || STOP[lang]?.has(lower)) continue;
      const key = `${lang}:${lower}`;
      const entry = counts.get(key) ?? { lang, word: lower, n: 0 };
      entry.n++;
      counts.set(key, entry);
    }
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n).slice(0, TOP);
  const rows = top.map(({ lang, word, n }) => {
    const run = [{ lang, text: word }];
    const codes = [
      ...matcher.codes(run),
      ...entities.find(tokenize(word), lang).map((m) => m.entity),
    ];
    const found = codes.map((code) => byCode.get(code)!).filter(Boolean);
    return { lang, word, n, found };
  });
  const byLang = new Map<string, { words: number; covered: number }>();
  for (const row of rows) {
    const stat = byLang.get(row.lang) ?? { words: 0, covered: 0 };
    stat.words++;
    if (row.found.length) stat.covered++;
    byLang.set(row.lang, stat);
  }
  const covered = rows.filter((r) => r.found.length);
  console.log(
    `${dir}: ${covered.length} of the ${rows.length} most frequent content words have equivalents`,
  );
  for (const [lang, { words, covered: c }] of [...byLang].sort()) {
    console.log(`  ${lang}: ${c} of ${words} (${Math.round((100 * c) / words)}%)`);
  }
  // An even spread over the covered words, the same each run, to check by hand.
  const step = Math.max(1, Math.floor(covered.length / sampleSize));
  console.log(`\nSample (every ${step}th covered word): word [lang] → the first concept's forms`);
  for (let i = 0; i < covered.length && i / step < sampleSize; i += step) {
    const { word, lang, found } = covered[i]!;
    const forms = Object.entries(found[0]!.forms)
      .map(([l, f]) => `${l}: ${(f ?? []).join(', ')}`)
      .join(' | ');
    console.log(`  ${word} [${lang}] → ${found[0]!.kind} ${forms}`);
  }
}

await main();
