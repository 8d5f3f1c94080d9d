import { describe, expect, it } from 'vitest';
import { storyMembers } from '../../../src/lib/analysis/story-members';

describe('storyMembers', () => {
  it('lists the articles a story names, then those naming the story, each once', () => {
    const story = { id: 'kz', data: { articles: ['es/a', 'de/b', 'es/a'] } };
    const other = { id: 'other', data: { articles: [] } };
    const articles = [
      { id: 'ru/c', data: { story: 'kz' } },
      { id: 'de/b', data: { story: 'kz' } },
      { id: 'pl/d', data: { story: 'other' } },
      { id: 'pl/e', data: {} },
    ];
    const members = storyMembers([story, other], articles);
    expect(members.get('kz')).toEqual(['es/a', 'de/b', 'ru/c']);
    expect(members.get('other')).toEqual(['pl/d']);
  });
});
