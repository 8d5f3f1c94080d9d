import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';
import { storySchema } from '../../src/schemas/story';

const text = { en: 'A', es: 'B', de: 'C', ru: 'D', pl: 'E' };

describe('storySchema', () => {
  it('accepts a title and summary in every language and a list of article ids', () => {
    const story = { title: text, summary: text, articles: ['de/ein-artikel', 'ru/statya'] };
    expect(storySchema.parse(story)).toEqual({ ...story, draft: false });
  });

  it('accepts a draft without title and summary, and refuses a story that is neither', () => {
    expect(storySchema.parse({ draft: true, articles: ['de/ein-artikel'] }).title).toBeUndefined();
    const result = storySchema.safeParse({ articles: ['de/ein-artikel'] });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual([
      'title',
      'summary',
    ]);
  });

  it('lets a story list no articles (they may name it instead)', () => {
    expect(storySchema.parse({ title: text, summary: text }).articles).toEqual([]);
  });

  it('refuses a missing summary language and a malformed article id', () => {
    const four = Object.fromEntries(Object.entries(text).filter(([lang]) => lang !== 'ru'));
    const result = storySchema.safeParse({ title: text, summary: four, articles: ['Nope'] });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual([
      'summary.ru',
      'articles.0',
    ]);
  });
});

describe('articleSchema story field', () => {
  it('accepts a story id and refuses what is not a slug', () => {
    const article = { title: 'T', lang: 'de' };
    expect(articleSchema.parse({ ...article, story: 'kazakhstan' }).story).toBe('kazakhstan');
    expect(articleSchema.safeParse({ ...article, story: 'Kazakhstan Story' }).success).toBe(false);
  });
});
