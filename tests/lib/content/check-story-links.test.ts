import { describe, expect, it } from 'vitest';
import { checkStoryLinks } from '../../../src/lib/content/check-story-links';
import type { ReadStory } from '../../../src/lib/content/read-stories';

const text = { en: 'A', es: 'B', de: 'C', ru: 'D', pl: 'E' };

function story(id: string, articles: string[]): ReadStory {
  return {
    id,
    file: `content/stories/${id}.yaml`,
    data: { draft: false, title: text, summary: text, articles },
    // `articles:` at line 13, one id per line after it.
    lineOf: (path) => (path[0] === 'articles' ? 14 + Number(path[1] ?? -1) : 1),
  };
}

function article(id: string, story?: string) {
  return {
    id,
    file: `content/articles/${id}.md`,
    data: { story },
    lineOf: (field: string) => (field === 'story' ? 6 : undefined),
  };
}

describe('checkStoryLinks', () => {
  it('accepts stories and articles that name each other correctly', () => {
    const stories = [story('kz', ['de/a'])];
    expect(checkStoryLinks(stories, [article('de/a'), article('ru/b', 'kz')])).toEqual([]);
  });

  it('reports a listed article that does not exist, at its line', () => {
    expect(checkStoryLinks([story('kz', ['de/a', 'de/nope'])], [article('de/a')])).toEqual([
      {
        file: 'content/stories/kz.yaml',
        line: 15,
        field: 'articles.1',
        message:
          'expected the id of an existing article ("<lang>/<slug>"), but "de/nope" does not exist',
      },
    ]);
  });

  it('reports an article listed twice', () => {
    const [problem] = checkStoryLinks([story('kz', ['de/a', 'de/a'])], [article('de/a')]);
    expect(problem).toMatchObject({ field: 'articles.1', line: 15 });
    expect(problem?.message).toContain('listed again');
  });

  it('reports an article that names a story that does not exist, with the stories there are', () => {
    expect(checkStoryLinks([story('kz', [])], [article('de/a', 'kazakstan')])).toEqual([
      {
        file: 'content/articles/de/a.md',
        line: 6,
        field: 'story',
        message:
          'expected the id of a story in content/stories/ (one of kz), but "kazakstan" does not exist',
      },
    ]);
  });

  it('says so when there are no stories at all', () => {
    const [problem] = checkStoryLinks([], [article('de/a', 'kz')]);
    expect(problem?.message).toContain('(there are none)');
  });
});
