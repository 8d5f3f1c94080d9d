import { Document } from 'yaml';
import type { StorySuggestion } from './suggest-stories';

/**
 * The YAML of a draft story file: its articles, and `draft: true` in place of
 * the title and summary, which an editor writes (the site lists a draft story
 * and says that it is one).
 */
export function storyYaml(suggestion: StorySuggestion): string {
  const doc = new Document({ draft: true, articles: suggestion.articles });
  const names = suggestion.entities.slice(0, 8).join(', ');
  doc.commentBefore =
    ` Suggested by \`npm run stories -- suggest --write\`` +
    (suggestion.dates.length ? ` (dates ${suggestion.dates.join(', ')})` : '') +
    (names ? `; shared names: ${names}` : '') +
    `.\n Write a title and a summary in every language, then remove "draft: true".`;
  return doc.toString({ lineWidth: 0 });
}
