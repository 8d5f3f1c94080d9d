// Suggests stories: articles on one event, across languages, that no story
// file has yet. Usage: npm run stories -- suggest [--json] [--write] [--root <project root>]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
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

const USAGE = 'usage: npm run stories -- suggest [--json] [--write] [--root <project root>]';

function parse() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
        root: { type: 'string', default: process.cwd() },
      },
    });
    if (positionals.length !== 1 || positionals[0] !== 'suggest')
      throw new Error(`expected the command "suggest", got "${positionals.join(' ')}"`);
    return values;
  } catch (error) {
    console.error(`stories: ${(error as Error).message.split('\n')[0]}\n${USAGE}`);
    process.exit(2);
  }
}

const options = parse();
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
const covered = new Set(stories.stories.flatMap((story) => storyMembers(story, articles.articles)));
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
