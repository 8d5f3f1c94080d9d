/**
 * `npm run entities -- suggest` and `npm run stories -- suggest` on a copy of
 * the site with three new articles on another event (a flood visit, in
 * English, Russian and Polish) that name one person in Latin and Cyrillic
 * script and in inflected forms (Tusk's, Туска, Tuska, Tuskiem).
 */
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_TIMEOUT, makeSite, removeSites, runAstroBuild } from '../build/test-site';
import { runScript, type Run } from './run-script';

const FIXTURES = fileURLToPath(new URL('./discovery-fixtures/articles/', import.meta.url));
const NEW_ARTICLES = [
  'en/tusk-visits-flooded-nysa',
  'pl/tusk-odwiedzil-nyse',
  'ru/tusk-posetil-nysu',
];

interface EntityProposal {
  id: string;
  type: string;
  names: Record<string, string>;
  aliases: Record<string, string[]>;
  articles: string[];
}

/** Each command starts tsx and reads the whole site: seconds, more on a busy machine. */
const RUN_TIMEOUT = 120_000;

let site: string;
let entitiesRun: Run;
let storiesRun: Run;

const suggest = (script: string, ...flags: string[]) =>
  runScript(script, ['suggest', ...flags, '--root', site], RUN_TIMEOUT);

beforeAll(() => {
  site = makeSite('discovery', 'project');
  cpSync(FIXTURES, join(site, 'content/articles'), { recursive: true });
  entitiesRun = suggest('entities.ts', '--json');
  storiesRun = suggest('stories.ts', '--json');
}, 2 * RUN_TIMEOUT);
afterAll(removeSites);

describe('entities suggest', () => {
  test('proposes the person once, with all three articles, in every script it is written in', () => {
    expect(entitiesRun.code, entitiesRun.stderr).toBe(0);
    const proposals = JSON.parse(entitiesRun.stdout) as EntityProposal[];
    const tusk = proposals.filter((p) =>
      Object.values(p.names).some((name) => /Tusk|Туск/.test(name)),
    );
    expect(tusk).toHaveLength(1);
    expect(Object.keys(tusk[0]!).sort()).toEqual(['aliases', 'articles', 'id', 'names', 'type']);
    expect(tusk[0]).toMatchObject({
      type: 'person',
      names: { en: 'Donald Tusk', pl: 'Donald Tusk', ru: 'Дональд Туск' },
      articles: NEW_ARTICLES,
    });
  });

  test('does not propose names the catalog has, months, or sentence-initial ordinary words', () => {
    const proposals = JSON.parse(entitiesRun.stdout) as EntityProposal[];
    const names = proposals.flatMap((p) => Object.values(p.names));
    for (const name of ['Kazakhstan', 'Казахстан', 'Tokayev', 'Russland', 'Nobody', 'Residents'])
      expect(names).not.toContain(name);
    expect(names.some((name) => /^(Monday|September|понедельник|poniedziałek)$/i.test(name))).toBe(
      false,
    );
  });
});

describe('stories suggest', () => {
  test('groups the three articles and nothing else', () => {
    expect(storiesRun.code, storiesRun.stderr).toBe(0);
    const stories = JSON.parse(storiesRun.stdout) as {
      id: string;
      articles: string[];
      dates: string[];
    }[];
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articles).toEqual(NEW_ARTICLES);
    expect(stories[0]!.dates).toEqual(['2024-09-16', '2024-09-17']);
  });
});

describe('--write', () => {
  test(
    'writes files the build accepts, which make the entity page and a draft story page',
    async () => {
      const entities = suggest('entities.ts', '--write');
      expect(entities.code, entities.stderr).toBe(0);
      const stories = suggest('stories.ts', '--write');
      expect(stories.code, stories.stderr).toBe(0);
      const storyFiles = readdirSync(join(site, 'content/stories')).filter((f) =>
        f.includes('tusk'),
      );
      expect(storyFiles).toHaveLength(1);
      const entityFile = readFileSync(join(site, 'content/entities/donald-tusk.yaml'), 'utf8');
      expect(entityFile).toMatch(/^type: person$/m);
      expect(entityFile).toMatch(/^ {2}de: Donald Tusk # missing/m);
      // Never overwrites: a second run writes nothing and leaves the file as it was.
      expect(suggest('entities.ts', '--write').stderr).toContain('wrote 0 file(s)');

      const build = await runAstroBuild(site);
      expect(build.code, build.output).toBe(0);
      const page = readFileSync(join(site, 'dist/en/entities/donald-tusk/index.html'), 'utf8');
      expect(page).toContain('<h1>Donald Tusk</h1>');
      for (const id of NEW_ARTICLES) expect(page).toContain(`data-article="${id}"`);
      const story = storyFiles[0]!.replace(/\.yaml$/, '');
      const storyPage = join(site, `dist/en/stories/${story}/index.html`);
      expect(existsSync(storyPage)).toBe(true);
      expect(readFileSync(storyPage, 'utf8')).toContain('is a draft');
    },
    // A build and three command runs; a busy machine takes several times as long as an idle one.
    3 * BUILD_TIMEOUT + 4 * RUN_TIMEOUT,
  );
});
