import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { locales } from '../../i18n/locales';
import { readEntities } from '../content/read-entities';
import { formsOf } from '../mentions/entity-forms';
import { lookupKey, type Concept } from './equivalents';

/**
 * The concepts whose forms a search expands to (see `equivalents.ts`), read at
 * build time from three sources, each by method:
 * - the entity catalog (`content/entities`): names, aliases, inflections;
 * - CLDR's names of every country and region, through `Intl.DisplayNames`
 *   (Node carries the full ICU data), for the places without an entity file;
 * - the word lexicon `data/lexicon/equivalents.tsv`, derived from FreeDict by
 *   `scripts/lexicon/derive-freedict.mjs` (see data/lexicon/README.md).
 */

/** The lexicon file, relative to the project root. */
export const LEXICON_FILE = 'data/lexicon/equivalents.tsv';

/** Every concept of the three sources, and a digest that changes with any of them. */
export interface ConceptSet {
  concepts: Concept[];
  digest: string;
}

/** The entity catalog's concepts (invalid files are the content guard's to report). */
export async function entityConcepts(root: string): Promise<Concept[]> {
  const { entities } = await readEntities(root);
  return entities.map((entity) => ({
    id: `entity:${entity.id}`,
    kind: 'entity',
    forms: formsOf(entity.data),
  }));
}

/** Every code CLDR may name: ISO 3166 letter pairs and UN M.49 area numbers. */
function regionCodes(): string[] {
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const pairs = letters.flatMap((a) => letters.map((b) => a + b));
  const areas = Array.from({ length: 999 }, (_, i) => String(i + 1).padStart(3, '0'));
  return [...pairs, ...areas];
}

/**
 * CLDR's countries and regions in every site language, long and short names
 * ("United States", "US"). A region that an entity already names (the entity
 * file's English name or alias has the same key) is left to the entity.
 */
export function regionConcepts(entities: readonly Concept[]): Concept[] {
  const named = new Set(
    entities.flatMap((e) =>
      Object.values(e.forms)
        .flat()
        .map((f) => lookupKey(f!)),
    ),
  );
  const namers = locales.map((lang) => ({
    lang,
    long: new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }),
    short: new Intl.DisplayNames([lang], { type: 'region', fallback: 'none', style: 'short' }),
  }));
  const concepts: Concept[] = [];
  for (const code of regionCodes()) {
    const forms: Record<string, string[]> = {};
    for (const { lang, long, short } of namers) {
      const names = [long.of(code), short.of(code)].filter((n): n is string => !!n && n !== code);
      if (names.length) forms[lang] = [...new Set(names)];
    }
    if (Object.keys(forms).length < locales.length) continue;
    if (
      Object.values(forms)
        .flat()
        .some((name) => named.has(lookupKey(name)))
    )
      continue;
    concepts.push({ id: `region:${code}`, kind: 'region', forms });
  }
  return concepts;
}

/** The lexicon's concepts: one per English headword, its forms in each language. */
export function parseLexicon(text: string): Concept[] {
  const [header, ...lines] = text.split('\n').filter(Boolean);
  const langs = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const forms = Object.fromEntries(
      langs.map((lang, i) => [lang, (cells[i] ?? '').split(',').filter(Boolean)]),
    );
    return { id: `word:${cells[0]}`, kind: 'word', forms };
  });
}

let loading: Promise<ConceptSet> | undefined;

/** All concepts of the project at `root` (read once per process). */
export function loadConcepts(root: string): Promise<ConceptSet> {
  loading ??= (async () => {
    const entities = await entityConcepts(root);
    const lexicon = await readFile(join(root, LEXICON_FILE), 'utf8');
    const concepts = [...entities, ...regionConcepts(entities), ...parseLexicon(lexicon)];
    const digest = createHash('sha256').update(JSON.stringify(concepts)).digest('hex').slice(0, 16);
    return { concepts, digest };
  })();
  return loading;
}
