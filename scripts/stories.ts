// Suggests stories: articles on one event, across languages, that no story
// file has yet. Usage: npm run stories -- --help
import { join } from 'node:path';
import { readCommandLine } from './lib/command-line.mjs';
import { projectRoot, ROOT_OPTION } from './lib/project-root.mjs';
import { formatReport } from '../src/lib/content/problem';
import { readArticles } from '../src/lib/content/read-articles';
import { readEntities } from '../src/lib/content/read-entities';
import { STORIES_DIR, readStories } from '../src/lib/content/read-stories';
import { storyMembers } from '../src/lib/analysis/story-members';
import { formsOf } from '../src/lib/mentions/entity-forms';
import { corpusOf } from '../src/lib/discovery/corpus';
import { writeNewFiles } from '../src/lib/discovery/write-new-files';
import { storyYaml } from '../src/lib/discovery/story-file';
import { discoverNames } from '../src/lib/discovery/suggest-entities';
import { suggestStories } from '../src/lib/discovery/suggest-stories';

const command = {
  name: 'stories',
  usage: `Usage: npm run stories -- suggest [--json] [--write] [--root <folder>]

Groups articles on one event across languages that no story file lists yet.

  --json            print the suggestions as data
  --write           write each as a draft ${STORIES_DIR}/<id>.yaml for review (never over a file)
  --root <folder>   the project folder (default: the current folder)
  --help            print this help`,
  options: { json: { type: 'boolean' }, write: { type: 'boolean' }, ...ROOT_OPTION },
  arguments: { name: 'command', oneOf: ['suggest'] },
} as const;

const { values } = readCommandLine(command);
const options = {
  root: projectRoot(command, values.root as string | undefined),
  json: values.json === true,
  write: values.write === true,
};
const [articles, entities, stories] = await Promise.all([
  readArticles(options.root),
  readEntities(options.root),
  readStories(options.root),
]);
const problems = [...articles.problems, ...entities.problems, ...stories.problems];
if (problems.length > 0) {
  console.error(
    `stories: the content has problems; fix them first (npm run validate):\n${formatReport(problems)}`,
  );
  process.exit(1);
}
const catalog = entities.entities.map((entity) => ({ id: entity.id, forms: formsOf(entity.data) }));
const corpus = corpusOf(articles.articles);
const covered = new Set([...storyMembers(stories.stories, articles.articles).values()].flat());
const taken = new Set(stories.stories.map((story) => story.id));
const suggestions = suggestStories(corpus, discoverNames(corpus, catalog), covered).map((s) => {
  let id = s.id;
  for (let n = 2; taken.has(id); n++) id = `${s.id}-${n}`;
  taken.add(id);
  return { ...s, id };
});

if (options.json) console.log(JSON.stringify(suggestions, null, 2));
else if (suggestions.length === 0)
  console.log('No new stories: no two reports close in date share enough.');
else {
  for (const s of suggestions)
    console.log(
      `${s.id}: ${s.articles.length} articles (${s.dates.join(', ') || 'dates unknown'}); names: ${s.entities.join(', ')}\n  ${s.articles.join('\n  ')}`,
    );
  console.log(
    `\n${suggestions.length} suggestion(s). --json prints them as data, --write writes drafts to ${STORIES_DIR}/.`,
  );
}

if (options.write) {
  const written = writeNewFiles(join(options.root, STORIES_DIR), suggestions, storyYaml);
  console.error(`stories: wrote ${written} draft(s) to ${STORIES_DIR}/ for review`);
}
