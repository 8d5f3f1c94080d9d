import { describe, expect, it } from 'vitest';
import { storyMembers } from '../../../src/lib/analysis/story-members';

describe('storyMembers', () => {
  it('lists the articles a story names, then those naming the story, each once', () => {
    const story = { id: 'kz', data: { articles: ['es/a', 'de/b', 'es/a'] } };
    const articles = [
      { id: 'ru/c', data: { story: 'kz' } },
      { id: 'de/b', data: { story: 'kz' } },
      { id: 'pl/d', data: { story: 'other' } },
      { id: 'pl/e', data: {} },
    ];
    expect(storyMembers(story, articles)).toEqual(['es/a', 'de/b', 'ru/c']);
  });
});
