import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateRealisticCorpus } from '../../../scripts/bench/generate-realistic-corpus.mjs';
import { buildQueryLog } from '../../../scripts/bench/query-log.mjs';

interface Name {
  articles: number;
}

interface PlannedName extends Name {
  /** Per language, the forms the articles write it in. */
  forms: Record<string, string[] | undefined>;
}

const root = mkdtempSync(join(tmpdir(), 'realistic-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const corpus = generateRealisticCorpus({
  root,
  count: 2000,
  seedDir: join(import.meta.dirname, '../../fixtures/seeds'),
  catalogDir: join(import.meta.dirname, '../../../content/entities'),
});

describe('the realistic benchmark corpus', () => {
  test('its commonest name is in a few percent of the articles, most names in a handful', () => {
    const counts = (corpus.names as Name[]).map((n) => n.articles).filter((n) => n > 0);
    counts.sort((a, b) => b - a);
    expect(counts[0]! / corpus.stats.articles).toBeGreaterThan(0.01);
    expect(counts[0]! / corpus.stats.articles).toBeLessThan(0.15);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(5);
  });

  // The seeds are about one country, and the sentences made from them carried
  // its name into 87% of the articles. Each name must be in the articles the
  // plan gave it, give or take a few that write it by chance, in any case, as
  // search finds it.
  test('a name is in the articles planned for it, not in the seed sentences', () => {
    const files = corpus.files as { path: string; lang: string }[];
    // The text, not the front matter (an outlet may be named after a country).
    const texts = files.map(({ path, lang }) => ({
      lang,
      text: readFileSync(path, 'utf8').split(/^---$/m)[2]!,
    }));
    const top = (corpus.names as PlannedName[])
      .sort((a, b) => b.articles - a.articles)
      .slice(0, 20);
    const overPlan = top.flatMap((name) => {
      const written = (lang: string) =>
        (name.forms[lang] ?? []).map((form) => new RegExp(`(?<!\\p{L})${form}(?!\\p{L})`, 'iu'));
      const found = texts.filter(({ lang, text }) => written(lang).some((re) => re.test(text)));
      return found.length > name.articles + 0.01 * files.length
        ? [`${name.forms.en?.[0]}: ${found.length} articles, planned ${name.articles}`]
        : [];
    });
    expect(overPlan).toEqual([]);
  });

  test('has every language, translation groups and lengths from hundreds to thousands of words', () => {
    expect(Object.keys(corpus.stats.byLang).sort()).toEqual(['de', 'en', 'es', 'pl', 'ru']);
    expect(corpus.stats.grouped).toBeGreaterThan(0);
    const words = (corpus.files as { words: number }[]).map((f) => f.words);
    expect(Math.min(...words)).toBeLessThan(400);
    expect(Math.max(...words)).toBeGreaterThan(2000);
  });

  test('gives a query log of 200+ queries with rare and Cyrillic names, misspellings and a query without result', () => {
    const log = buildQueryLog(corpus) as { query: string; kind: string }[];
    expect(log.length).toBeGreaterThanOrEqual(200);
    const kinds = log.map((q) => q.kind).join('\n');
    expect(kinds).toMatch(/name \(1 articles/);
    expect(kinds).toContain('misspelt name');
    expect(kinds).toContain('no result');
    expect(log.some((q) => /[\u0400-\u04ff]/.test(q.query))).toBe(true);
    expect(log.some((q) => q.query.includes(' '))).toBe(true);
  });
});
