import type { Locale } from '../../i18n/locales';
import type { StoryData } from '../../schemas/story';

/** What a story is called in a UI language: its title, or for a draft without one, `untitled`. */
export function storyTitle(data: Pick<StoryData, 'title'>, ui: Locale, untitled: string): string {
  return data.title?.[ui] ?? untitled;
}
