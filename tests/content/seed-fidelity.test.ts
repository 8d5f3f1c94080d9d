import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';

// The site promises to show articles "as the outlets published them". Each
// committed article must therefore consist of text from its seed (the web page it
// was made from) and nothing else, and the page clutter of the seeds must stay out.
const articlesDir = new URL('../../content/articles/', import.meta.url);
const seedsDir = new URL('../fixtures/seeds/', import.meta.url);

const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seedsDir), 'utf8'));

const articles = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.md'))
  .sort()
  .map((path) => {
    const source = readFileSync(new URL(path, articlesDir), 'utf8');
    const { frontmatter, content } = parseFrontmatter(source);
    return { path, source, title: String(frontmatter.title), body: content };
  });

/** Paragraph and heading texts of a body, without `## ` and the `:::lang` fences. */
function blocksOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^:::(lang\{[^}]*\})?$/.test(line))
        .map((line) => line.replace(/^#{1,6}\s+/, ''))
        .join(' '),
    )
    .filter(Boolean);
}

const inSomeSeed = (text: string) => seeds.some((seed) => seed.includes(text));

// Page clutter found in the seeds: a currency ticker, menu and weather widgets,
// a language picker label, and a date stamp glued to the first Polish paragraph.
const JUNK_LINES = ['$41.27 €43.65', 'menu closed', 'menu open', 'weather 0 Киев', 'languages'];
const JUNK_TEXT = ['$41.27', '€43.65', 'weather 0', 'date 2023-06'];
// Credit lines belong in the `credits` front matter, not in the article text.
const CREDIT_LINES = ['Фото: bzns.media', 'Fotos utilizadas', 'Verwendete Fotos'];

describe('seed fixtures', () => {
  it('are present, and the clutter listed here really occurs in them', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const junk of [...JUNK_LINES, ...JUNK_TEXT, ...CREDIT_LINES]) {
      expect(inSomeSeed(junk), junk).toBe(true);
    }
  });

  it('each became an article: every seed contains some article title', () => {
    for (const seed of seeds) {
      expect(
        articles.some((article) => seed.includes(article.title)),
        seed.slice(0, 80),
      ).toBe(true);
    }
  });
});

describe.each(articles)('$path', ({ title, body, source }) => {
  it('has a title taken verbatim from a seed', () => {
    expect(inSomeSeed(title)).toBe(true);
  });

  it('has only paragraphs and headings that appear verbatim in a seed', () => {
    const blocks = blocksOf(body);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.filter((block) => !inSomeSeed(block))).toEqual([]);
  });

  it('contains none of the seeds’ page clutter', () => {
    const lines = source.split('\n').map((line) => line.trim());
    for (const junk of JUNK_LINES) expect(lines, junk).not.toContain(junk);
    for (const junk of JUNK_TEXT) expect(source, junk).not.toContain(junk);
  });

  it('keeps credit lines out of the text', () => {
    for (const credit of CREDIT_LINES) expect(body, credit).not.toContain(credit);
  });
});
