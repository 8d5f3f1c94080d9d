// Measures entity discovery against names known in advance and prints figures
// (see docs/discovery.md for the method):
//   seed     recall of the hand catalog on the project's articles, and every
//            suggestion (catalog ones marked) for an editor to judge;
//   bench    precision and recall on a benchmark corpus against the names the
//            generator put in. Usage:
// node --import tsx scripts/discovery-quality.ts seed [--root <dir>]
// node --import tsx scripts/discovery-quality.ts bench --root <dir> --count <N> [--seed s]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticles } from '../src/lib/content/read-articles';
import { readEntities } from '../src/lib/content/read-entities';
import { AliasIndex, tokenize } from '../src/lib/mentions/alias-index';
import { formsOf } from '../src/lib/mentions/entity-forms';
import { corpusOf } from '../src/lib/discovery/corpus';
import { discoverNames, type Proposal } from '../src/lib/discovery/suggest-entities';
import { createRandom } from './bench/random.mjs';
import { buildVocabularies } from './bench/vocabulary.mjs';
import { ENTITIES, generatePeople } from './bench/names.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: process.cwd() },
    count: { type: 'string' },
    seed: { type: 'string', default: 'polyglot-bench' },
  },
});

/** Every form of a proposal, by language. */
const formsOfProposal = (p: Proposal) =>
  Object.entries(p.names).map(
    ([lang, name]) => [lang, [name, ...(p.aliases[lang] ?? [])]] as const,
  );

/** Whether `index` (one entity's forms) takes up all of one of the proposal's forms. */
function matches(index: AliasIndex, proposal: Proposal): boolean {
  return formsOfProposal(proposal).some(([lang, forms]) =>
    forms.some((form) => {
      const tokens = tokenize(form);
      return index.find(tokens, lang).some((m) => m.from === 0 && m.to === tokens.length);
    }),
  );
}

async function seed(root: string) {
  const { articles } = await readArticles(root);
  const { entities } = await readEntities(root);
  const proposals = discoverNames(corpusOf(articles));
  const recallAt = (list: Proposal[]) =>
    entities.filter((entity) => {
      const index = new AliasIndex([{ id: entity.id, forms: formsOf(entity.data) }]);
      return list.some((p) => matches(index, p));
    });
  const found = recallAt(proposals);
  const once = recallAt(discoverNames(corpusOf(articles), [], 1));
  console.log(
    `with names mentioned once too: found ${once.length} (recall ${pct(once.length, entities.length)})`,
  );
  const missed = entities.filter((e) => !found.includes(e)).map((e) => e.id);
  const catalog = entities.map((e) => ({ id: e.id, forms: formsOf(e.data) }));
  const withCatalog = discoverNames(corpusOf(articles), catalog);
  console.log(
    `catalog entities: ${entities.length}; found by discovery without the catalog: ${found.length} (recall ${pct(found.length, entities.length)})`,
  );
  console.log(`missed: ${missed.join(', ')}`);
  console.log(
    `\nproposals without the catalog: ${proposals.length}; with it, new: ${withCatalog.filter((p) => !p.known).length}`,
  );
  for (const p of withCatalog)
    console.log(
      `${p.known ? `= ${p.known}` : '+ new'}\t${p.type}\t${JSON.stringify(p.names)}\t${p.mentions} mentions, ${p.articles.length} articles`,
    );
}

interface TruthEntity {
  key: string;
  forms: Record<string, string[]>;
}

async function bench(root: string, count: number, seedName: string) {
  const random = createRandom(`${seedName}:${count}`);
  buildVocabularies(join(process.cwd(), 'tests/fixtures/seeds'), random);
  const people = generatePeople(Math.max(300, Math.round(count / 3)), random) as TruthEntity[];
  const truth: TruthEntity[] = [
    ...(ENTITIES as TruthEntity[]),
    ...people.map((p, i) => ({ key: `person-${i}`, forms: p.forms })),
  ];
  const { articles } = await readArticles(root);
  const started = performance.now();
  const proposals = discoverNames(corpusOf(articles));
  const seconds = (performance.now() - started) / 1000;
  // A generated name counts as in the corpus when one of its forms stands in an article.
  const text = articles.map((a) => readFileSync(join(root, a.file), 'utf8')).join('\n');
  const words = new Set(text.match(/[\p{L}\p{M}-]+/gu) ?? []);
  const strip = (form: string) =>
    form.replace(/^(the|la|el|die|der|President|Präsident|el presidente) /, '').replace(/'s$/, '');
  const present = truth.filter((t) =>
    Object.values(t.forms)
      .flat()
      .some((f) =>
        strip(f)
          .split(' ')
          .every((w) => words.has(w)),
      ),
  );
  const indexes = present.map((t) => ({
    t,
    index: new AliasIndex([
      {
        id: t.key,
        forms: Object.fromEntries(Object.entries(t.forms).map(([l, fs]) => [l, fs.map(strip)])),
      },
    ]),
  }));
  const proposalsOf = new Map<string, Proposal[]>();
  let correct = 0;
  for (const p of proposals) {
    const hits = indexes.filter(({ index }) => matches(index, p));
    if (hits.length > 0) correct++;
    for (const { t } of hits) proposalsOf.set(t.key, [...(proposalsOf.get(t.key) ?? []), p]);
  }
  const found = present.filter((t) => proposalsOf.has(t.key));
  const whole = found.filter((t) => proposalsOf.get(t.key)!.length === 1);
  console.log(`articles ${articles.length}; discovery ${seconds.toFixed(1)} s`);
  console.log(
    `generated names in the corpus: ${present.length}; found: ${found.length} (recall ${pct(found.length, present.length)}); found as one proposal: ${whole.length} (${pct(whole.length, present.length)})`,
  );
  console.log(
    `proposals: ${proposals.length}; that are a generated name: ${correct} (precision ${pct(correct, proposals.length)})`,
  );
  const others = proposals.filter((p) => !indexes.some(({ index }) => matches(index, p)));
  console.log(`not a generated name (most mentioned first):`);
  for (const p of others.sort((a, b) => b.mentions - a.mentions).slice(0, 40))
    console.log(
      `  ${p.type}\t${JSON.stringify(p.names)}\t${p.mentions} mentions, ${p.articles.length} articles`,
    );
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

if (positionals[0] === 'seed') await seed(values.root);
else if (positionals[0] === 'bench' && values.count)
  await bench(values.root, Number(values.count), values.seed);
else {
  console.error(
    'usage: discovery-quality.ts seed [--root <dir>] | bench --root <dir> --count <N> [--seed s]',
  );
  process.exit(2);
}
