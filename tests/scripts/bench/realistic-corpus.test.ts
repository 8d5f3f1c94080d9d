import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateRealisticCorpus } from '../../../scripts/bench/generate-realistic-corpus.mjs';
import { buildQueryLog } from '../../../scripts/bench/query-log.mjs';

interface Name {
  articles: number;
}

const root = mkdtempSync(join(tmpdir(), 'realistic-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const corpus = generateRealisticCorpus({
  root,
  count: 2000,
  seedDir: join(import.meta.dirname, '../../fixtures/seeds'),
});

describe('the realistic benchmark corpus', () => {
  test('its commonest name is in a few percent of the articles, most names in a handful', () => {
    const counts = (corpus.names as Name[]).map((n) => n.articles).filter((n) => n > 0);
    counts.sort((a, b) => b - a);
    expect(counts[0]! / corpus.stats.articles).toBeGreaterThan(0.01);
    expect(counts[0]! / corpus.stats.articles).toBeLessThan(0.15);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(5);
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
