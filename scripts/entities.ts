// Suggests entities (people, organisations, places) that the articles name and
// content/entities does not have yet.
// Usage: npm run entities -- suggest [--json] [--write] [--min-mentions N] [--root <project root>]
// --min-mentions: propose names mentioned at least N times in all (default 2).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from '../src/lib/content/problem';
import { readArticles } from '../src/lib/content/read-articles';
import { ENTITIES_DIR, readEntities } from '../src/lib/content/read-entities';
import { formsOf } from '../src/lib/mentions/entity-forms';
import { corpusOf } from '../src/lib/discovery/corpus';
import { writeNewFiles } from '../src/lib/discovery/write-new-files';
import { entityYaml } from '../src/lib/discovery/entity-file';
import { MIN_MENTIONS, discoverNames, type Proposal } from '../src/lib/discovery/suggest-entities';

const USAGE =
  'usage: npm run entities -- suggest [--json] [--write] [--min-mentions N] [--root <project root>]';

function parse() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
        root: { type: 'string', default: process.cwd() },
        'min-mentions': { type: 'string', default: String(MIN_MENTIONS) },
      },
    });
    if (positionals.length !== 1 || positionals[0] !== 'suggest')
      throw new Error(`expected the command "suggest", got "${positionals.join(' ')}"`);
    if (!/^[1-9]\d*$/.test(values['min-mentions']))
      throw new Error(
        `--min-mentions expects a whole number of at least 1, got "${values['min-mentions']}"`,
      );
    return values;
  } catch (error) {
    console.error(`entities: ${(error as Error).message.split('\n')[0]}\n${USAGE}`);
    process.exit(2);
  }
}

const options = parse();
const { articles, problems } = await readArticles(options.root);
const { entities, problems: entityProblems } = await readEntities(options.root);
if (problems.length + entityProblems.length > 0) {
  console.error(
    `entities: the content has problems; fix them first (npm run validate):\n${formatReport([...problems, ...entityProblems])}`,
  );
  process.exit(1);
}
const catalog = entities.map((entity) => ({ id: entity.id, forms: formsOf(entity.data) }));
const proposals = discoverNames(
  corpusOf(articles),
  catalog,
  Number(options['min-mentions']),
).filter((p) => !p.known);

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
