// Suggests entities (people, organisations, places) that the articles name and
// content/entities does not have yet.
// Usage: npm run entities -- --help
import { join } from 'node:path';
import { readCommandLine, usageError } from './lib/command-line.mjs';
import { projectRoot, ROOT_OPTION } from './lib/project-root.mjs';
import { formatReport } from '../src/lib/content/problem';
import { readArticles } from '../src/lib/content/read-articles';
import { ENTITIES_DIR, readEntities } from '../src/lib/content/read-entities';
import { formsOf } from '../src/lib/mentions/entity-forms';
import { corpusOf } from '../src/lib/discovery/corpus';
import { writeNewFiles } from '../src/lib/discovery/write-new-files';
import { entityYaml } from '../src/lib/discovery/entity-file';
import { MIN_MENTIONS, discoverNames, type Proposal } from '../src/lib/discovery/suggest-entities';

const command = {
  name: 'entities',
  usage: `Usage: npm run entities -- suggest [--json] [--write] [--min-mentions N] [--root <folder>]

Finds the names the articles mention that content/entities/ has no file for.

  --json             print the proposals as data
  --write            write each proposal to ${ENTITIES_DIR}/<id>.yaml for review (never over a file)
  --min-mentions N   propose names mentioned at least N times in all (default ${MIN_MENTIONS})
  --root <folder>    the project folder (default: the current folder)
  --help             print this help`,
  options: {
    json: { type: 'boolean' },
    write: { type: 'boolean' },
    'min-mentions': { type: 'string', default: String(MIN_MENTIONS) },
    ...ROOT_OPTION,
  },
  arguments: { name: 'command', oneOf: ['suggest'] },
} as const;

const { values } = readCommandLine(command);
const minMentions = String(values['min-mentions']);
if (!/^[1-9]\d*$/.test(minMentions))
  usageError(command, `--min-mentions expects a whole number of at least 1, got "${minMentions}"`);
const options = {
  root: projectRoot(command, values.root as string | undefined),
  json: values.json === true,
  write: values.write === true,
  minMentions: Number(minMentions),
};
const { articles, problems } = await readArticles(options.root);
const { entities, problems: entityProblems } = await readEntities(options.root);
if (problems.length + entityProblems.length > 0) {
  console.error(
    `entities: the content has problems; fix them first (npm run validate):\n${formatReport([...problems, ...entityProblems])}`,
  );
  process.exit(1);
}
const catalog = entities.map((entity) => ({ id: entity.id, forms: formsOf(entity.data) }));
const proposals = discoverNames(corpusOf(articles), catalog, options.minMentions).filter(
  (p) => !p.known,
);

if (options.json) {
  const shaped = proposals.map(({ id, type, names, aliases, articles }) => ({
    id,
    type,
    names,
    aliases,
    articles,
  }));
  console.log(JSON.stringify(shaped, null, 2));
} else printTable(proposals);

if (options.write) {
  const written = writeNewFiles(join(options.root, ENTITIES_DIR), proposals, entityYaml);
  console.error(`entities: wrote ${written} file(s) to ${ENTITIES_DIR}/ for review`);
}

function printTable(list: readonly Proposal[]) {
  if (list.length === 0) {
    console.log('No new names: every name found in two mentions or more is in the catalog.');
    return;
  }
  for (const p of list) {
    const names = Object.entries(p.names)
      .map(([lang, name]) => `${lang}: ${name}`)
      .join('; ');
    const langs = [...new Set(p.articles.map((id) => id.split('/')[0]))].join(', ');
    console.log(
      `${p.id} (${p.type}) — ${names} — ${p.mentions} mentions in ${p.articles.length} article(s) [${langs}]`,
    );
  }
  console.log(
    `\n${list.length} suggestion(s). --json prints them as data, --write writes them to ${ENTITIES_DIR}/.`,
  );
}
