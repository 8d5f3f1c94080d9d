import { describe, expect, it } from 'vitest';
import {
  checkTranslationGraph,
  type LocatedArticle,
} from '../../../src/lib/content/translation-graph';
import type { ArticleRef } from '../../../src/lib/translations';

// What no single file shows: broken links between language versions. Each would
// give readers a dead "translation of" link or two competing versions of one page.
const LINES: Record<string, number> = { lang: 3, group: 4, translationOf: 5 };

function article(id: string, data: Partial<ArticleRef['data']> = {}): LocatedArticle {
  const lang = id.split('/')[0] as ArticleRef['data']['lang'];
  return {
    id,
    file: `content/articles/${id}.md`,
    data: { lang, ...data },
    lineOf: (field) => LINES[field] ?? 1,
  };
}

const fields = (problems: { file: string; field: string }[]) =>
  problems.map((p) => `${p.file} ${p.field}`);

describe('checkTranslationGraph', () => {
  it('accepts a group with one original and translations pointing at it', () => {
    const articles = [
      article('de/original', { group: 'g' }),
      article('es/traduccion', { group: 'g', translationOf: 'de/original' }),
      article('ru/perevod', { group: 'g', translationOf: 'de/original' }),
      article('pl/other'),
    ];
    expect(checkTranslationGraph(articles)).toEqual([]);
  });

  it('accepts a group of translations of an external original', () => {
    // As on the live site: the German and Spanish texts both translate a Russian article we lack.
    const articles = [
      article('de/seite', { group: 'g', translationOf: 'external' }),
      article('es/lado', { group: 'g', translationOf: 'external' }),
    ];
    expect(checkTranslationGraph(articles)).toEqual([]);
  });

  it('reports two articles in the same language in one group', () => {
    const articles = [
      article('de/a', { group: 'g' }),
      article('de/b', { group: 'g', translationOf: 'de/a' }),
    ];
    const problems = checkTranslationGraph(articles);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/articles/de/b.md', field: 'group', line: 4 }),
    ]);
    expect(problems[0]?.message).toContain('content/articles/de/a.md is also "de"');
  });

  it('reports a translationOf that names no article', () => {
    const problems = checkTranslationGraph([
      article('es/t', { group: 'g', translationOf: 'de/missing' }),
    ]);
    expect(problems).toEqual([expect.objectContaining({ field: 'translationOf', line: 5 })]);
    expect(problems[0]?.message).toContain('"de/missing" does not exist');
  });

  it('reports a translationOf that points into another group', () => {
    const problems = checkTranslationGraph([
      article('de/a', { group: 'one' }),
      article('es/b', { group: 'two', translationOf: 'de/a' }),
    ]);
    expect(fields(problems)).toEqual(['content/articles/es/b.md translationOf']);
    expect(problems[0]?.message).toContain('same group "two"');
    expect(problems[0]?.message).toContain('is in "one"');
  });

  it('reports a translationOf that points at an article without a group', () => {
    const problems = checkTranslationGraph([
      article('de/a'),
      article('es/b', { group: 'two', translationOf: 'de/a' }),
    ]);
    expect(problems[0]?.message).toContain('is in no group');
  });

  it('reports a translation of a translation: readers must reach the original', () => {
    const problems = checkTranslationGraph([
      article('de/a', { group: 'g' }),
      article('es/b', { group: 'g', translationOf: 'de/a' }),
      article('ru/c', { group: 'g', translationOf: 'es/b' }),
    ]);
    expect(fields(problems)).toEqual(['content/articles/ru/c.md translationOf']);
    expect(problems[0]?.message).toContain('content/articles/es/b.md is itself a translation');
  });

  it('reports an article that names itself as its original', () => {
    const problems = checkTranslationGraph([
      article('de/a', { group: 'g', translationOf: 'de/a' }),
    ]);
    expect(problems[0]?.message).toBe('expected another article, not this one');
  });

  it('reports a second original in a group', () => {
    const problems = checkTranslationGraph([
      article('ru/b', { group: 'g' }),
      article('de/a', { group: 'g' }),
    ]);
    // Reported on the later one in language order, naming the first.
    expect(fields(problems)).toEqual(['content/articles/ru/b.md translationOf']);
    expect(problems[0]?.message).toContain('content/articles/de/a.md is one too');
  });

  it('reports two files that would be published at the same URL', () => {
    const problems = checkTranslationGraph([article('de/Same-Title'), article('de/same-title')]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/articles/de/same-title.md', field: 'file' }),
    ]);
    expect(problems[0]?.message).toContain('content/articles/de/Same-Title.md');
  });
});
