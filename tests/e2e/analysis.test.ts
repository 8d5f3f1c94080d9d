/**
 * The analysis pages in Chromium against the built site: entity pages, the
 * story's matrix, the side-by-side comparison, the mentions under each article
 * and the search filter by entity. Expectations come from running the Markdown
 * pipeline on the content (analysis-expectations.ts), plus concrete cases.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { languageOf, urlOf, useBrowser } from './browser';
import {
  countOf,
  loadExpectations,
  readStory,
  type MentioningArticle,
} from './analysis-expectations';
import { paragraphsWithLanguage, uiLanguages } from './content';
import type { EntityData } from '../../src/schemas/entity';

const STORY = 'kazakhstan-between-russia-and-the-west';
const GROUP = 'kazakhstan-west-russia';
const languages = uiLanguages();
let articles: MentioningArticle[];
let entities: Map<string, EntityData>;

beforeAll(async () => {
  ({ articles, entities } = await loadExpectations());
});

const open = useBrowser();

describe('mentions found in the content', () => {
  test('Tokayev is mentioned in the Russian, Polish and mixed German articles only', () => {
    const mentioning = articles.filter((a) => countOf(a, 'tokayev') > 0).map((a) => a.lang);
    expect(mentioning.sort()).toEqual(['de', 'pl', 'ru']);
    const mixed = articles.find((a) => a.otherLanguages.includes('en'))!;
    // Its one mention stands in an English passage (the Tokayev page quotes it as English).
    expect(countOf(mixed, 'tokayev')).toBe(1);
  });
});

describe('entity pages', () => {
  // 58 entities in five languages: each page is fetched and read with the
  // browser's own HTML parser, as loading every page with its fonts would take
  // minutes. The pages a reader opens are loaded for real in the tests below.
  test.each(languages)(
    '/%s/entities/<id>/ list every article that mentions the entity',
    async (ui) => {
      const { page } = await open();
      await page.goto(urlOf(`/${ui}/entities/`));
      for (const [id, data] of entities) {
        const response = await page.request.get(urlOf(`/${ui}/entities/${id}/`));
        expect(response.status(), `/${ui}/entities/${id}/`).toBe(200);
        const shown = await page.evaluate(
          (html) => {
            const doc = new DOMParser().parseFromString(html, 'text/html');
            return {
              name: doc.querySelector('h1')?.textContent,
              cards: [...doc.querySelectorAll('.mention-card')].map(
                (c) => `${c.getAttribute('data-article')} ${c.getAttribute('data-count')}`,
              ),
              names: [...doc.querySelectorAll('.entity__names dd')].map((d) =>
                d.getAttribute('lang'),
              ),
            };
          },
          await response.text(),
        );
        expect(shown.name, `${ui} name of ${id}`).toBe(data.names[ui as 'en']);
        const expected = articles
          .filter((a) => countOf(a, id) > 0)
          .map((a) => `${a.id} ${countOf(a, id)}`);
        expect(shown.cards.sort(), `articles on /${ui}/entities/${id}/`).toEqual(expected.sort());
        expect(shown.names).toEqual(
          languages.filter((l) => l !== ui).sort((a, b) => order(a) - order(b)),
        );
      }
    },
  );

  test('the Tokayev page quotes each article in the language of the quoted text', async () => {
    const { page } = await open();
    await page.goto(urlOf('/en/entities/tokayev/'));
    const cards = await page.$$eval('.mention-card', (elements) =>
      elements.map((card) => ({
        article: card.getAttribute('data-article')!,
        quote: card.querySelector('q')?.getAttribute('lang'),
        text: card.querySelector('q')?.textContent ?? '',
      })),
    );
    expect(cards.map((c) => c.article.split('/')[0]).sort()).toEqual(['de', 'pl', 'ru']);
    expect(cards.find((c) => c.article.startsWith('ru/'))).toMatchObject({ quote: 'ru' });
    expect(cards.find((c) => c.article.startsWith('pl/'))?.text).toContain('Kasym-Żomart Tokajew');
    expect(cards.find((c) => c.article.startsWith('de/'))).toMatchObject({ quote: 'en' });
    const search = await page.getAttribute('.entity__search a', 'href');
    expect(search).toBe('/en/search/?entity=tokayev&sort=newest');
  });

  test('the index lists every entity by kind, in every UI language', async () => {
    const { page } = await open();
    for (const ui of languages) {
      await page.goto(urlOf(`/${ui}/entities/`), { waitUntil: 'domcontentloaded' });
      const ids = await page.$$eval('[data-entity]', (items) =>
        items.map((i) => i.getAttribute('data-entity')),
      );
      expect(ids.sort()).toEqual([...entities.keys()].sort());
    }
  });
});

/** The configured order of languages (en es de ru pl), as pages list them. */
function order(lang: string): number {
  return ['en', 'es', 'de', 'ru', 'pl'].indexOf(lang);
}

describe('story page', () => {
  test.each(languages)(
    '/%s/stories/<id>/ has the matrix of articles against entities',
    async (ui) => {
      const story = readStory(STORY);
      const members = story.articles.map((id) => articles.find((a) => a.id === id)!);
      const { page } = await open();
      await page.goto(urlOf(`/${ui}/stories/${STORY}/`));
      expect(
        await page.$$eval('.story-articles tbody tr', (rows) => rows.map((r) => r.dataset.article)),
      ).toEqual(story.articles);
      const matrix = page.locator('.story-matrix');
      expect(await matrix.locator('caption').textContent()).toBeTruthy();
      const columns = await matrix
        .locator('thead th[scope="col"]')
        .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-article')));
      expect(columns).toEqual([null, ...story.articles]);
      const rows = await matrix.locator('tbody tr[data-entity]').evaluateAll((trs) =>
        trs.map((tr) => ({
          entity: tr.getAttribute('data-entity')!,
          header: tr.querySelector('th')?.getAttribute('scope'),
          cells: [...tr.querySelectorAll('td')].map((td) => ({
            count: Number(td.dataset.count),
            text: td.textContent!.trim(),
          })),
        })),
      );
      const mentioned = [...entities.keys()].filter((id) =>
        members.some((a) => countOf(a, id) > 0),
      );
      expect(rows.map((r) => r.entity).sort()).toEqual(mentioned.sort());
      for (const row of rows) {
        expect(row.header).toBe('row');
        expect(
          row.cells.map((c) => c.count),
          `counts of ${row.entity}`,
        ).toEqual(members.map((a) => countOf(a, row.entity)));
        // A number where the entity is mentioned, a dash where it is not.
        for (const cell of row.cells)
          expect(cell.text).toBe(
            cell.count > 0 ? new Intl.NumberFormat(ui).format(cell.count) : '–',
          );
      }
      expect(await matrix.locator('th[scope="rowgroup"]').count()).toBe(3);
    },
  );

  test('the matrix shows what one outlet names and another leaves out', async () => {
    const { page } = await open();
    await page.goto(urlOf(`/en/stories/${STORY}/`));
    const counts = (entity: string) =>
      page.$$eval(`.story-matrix tr[data-entity="${entity}"] td`, (tds) =>
        tds.map((td) => Number(td.dataset.count)),
      );
    // es, de (same text), de (mixed), ru, pl: only the translated pair names Umarov; only pl Putin.
    expect(await counts('tokayev')).toEqual([0, 0, 1, 1, 1]);
    expect(await counts('umarov')).toEqual([2, 2, 0, 0, 0]);
    expect((await counts('putin')).map((n) => n > 0)).toEqual([false, false, false, false, true]);
  });

  test('on a phone the matrix shows numbers and dashes, and its names stay in view', async () => {
    const { page } = await open({ viewport: { width: 390, height: 844 } });
    await page.goto(urlOf(`/en/stories/${STORY}/`));
    const shown = await page.$$eval('.story-matrix tr[data-entity="umarov"] td', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(shown).toEqual(['2', '2', '–', '–', '–']);
    // The legend says in words what a dash means.
    expect(await page.locator('.story-matrix__legend').innerText()).toBe('– not mentioned');
    const name = page.locator('.story-matrix tr[data-entity="umarov"] th');
    const before = await name.boundingBox();
    await page.locator('.story-matrix').evaluate((table) => table.parentElement!.scrollBy(300, 0));
    const after = await name.boundingBox();
    expect(after!.x).toBe(before!.x);
    // The caption wraps within the screen instead of running off it.
    const caption = await page.locator('.story-matrix caption').boundingBox();
    expect(caption!.x + caption!.width).toBeLessThanOrEqual(390);
  });
});

describe('side-by-side comparison', () => {
  const normalize = (value: string) => value.replace(/\s+/g, ' ').trim();

  test('shows the Spanish and German versions aligned paragraph by paragraph', async () => {
    const es = articles.find((a) => a.group === GROUP && a.lang === 'es')!;
    const de = articles.find((a) => a.group === GROUP && a.lang === 'de')!;
    const { page } = await open({ viewport: { width: 1280, height: 900 } });
    await page.goto(urlOf(`/es/compare/${GROUP}/es-de/`));
    expect(await page.getAttribute('.compare-page', 'data-pair')).toBe('es-de');
    // A comparison exists in the languages of its versions, and says so.
    expect(
      await page.$$eval('link[rel="alternate"][hreflang]:not([type])', (links) =>
        links.map((link) => link.getAttribute('hreflang')),
      ),
    ).toEqual(['es', 'de']);
    expect(await languageOf(page, '.compare__column--left .compare__block')).toEqual(
      paragraphsWithLanguage(es.body, 'es').map(() => 'es'),
    );
    expect(await languageOf(page, '.compare__column--right .compare__block')).toEqual(
      paragraphsWithLanguage(de.body, 'de').map(() => 'de'),
    );
    const side = (name: string) =>
      page.$$eval(`.compare__column--${name} .compare__block`, (blocks) =>
        blocks.map((b) => ({
          text: b.textContent ?? '',
          top: Math.round(b.getBoundingClientRect().top),
        })),
      );
    const [left, right] = [await side('left'), await side('right')];
    expect(left.map((b) => normalize(b.text))).toEqual(
      paragraphsWithLanguage(es.body, 'es').map((p) => normalize(p.text)),
    );
    expect(right.map((b) => normalize(b.text))).toEqual(
      paragraphsWithLanguage(de.body, 'de').map((p) => normalize(p.text)),
    );
    // Row n of one column starts where row n of the other does.
    expect(left.map((b) => b.top)).toEqual(right.map((b) => b.top));
    expect(
      await page.$$eval('.compare-pairs a', (links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual([`/es/compare/${GROUP}/es-de/`]);
  });

  test('the UI language is on the left, and on a phone the paragraph pairs interleave', async () => {
    const { page } = await open({ viewport: { width: 390, height: 844 } });
    await page.goto(urlOf(`/de/compare/${GROUP}/de-es/`));
    expect(await page.getAttribute('.compare__column--left', 'lang')).toBe('de');
    expect(await page.getAttribute('.compare__column--right', 'lang')).toBe('es');
    const tops = (side: string) =>
      page.$$eval(`.compare__column--${side} .compare__block`, (blocks) =>
        blocks.map((b) => {
          const box = b.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom, width: box.width };
        }),
      );
    const [left, right] = [await tops('left'), await tops('right')];
    expect(left.length).toBeGreaterThan(2);
    // Row n of the German version, then row n of the Spanish one, then row n + 1 of the German.
    for (let row = 0; row < Math.min(left.length, right.length); row++) {
      expect(right[row]!.top, `Spanish row ${row} under German row ${row}`).toBeGreaterThanOrEqual(
        left[row]!.bottom - 1,
      );
      if (left[row + 1])
        expect(
          left[row + 1]!.top,
          `German row ${row + 1} under Spanish row ${row}`,
        ).toBeGreaterThanOrEqual(right[row]!.bottom - 1);
    }
    // Each paragraph takes the phone's width, not half of it.
    for (const block of [...left, ...right]) expect(block.width).toBeGreaterThan(300);
  });
});

describe('article pages', () => {
  test('list the entities they mention, linking to entity pages in their language', async () => {
    const { page } = await open();
    for (const article of articles) {
      await page.goto(urlOf(article.path), { waitUntil: 'domcontentloaded' });
      const listed = await page.$$eval('.article-mentions [data-entity]', (items) =>
        items.map(
          (li) =>
            `${li.getAttribute('data-entity')} ${li.getAttribute('data-count')} ${li.querySelector('a')?.getAttribute('href')}`,
        ),
      );
      const expected = article.mentions.map(
        (m) => `${m.entity} ${m.count} /${article.lang}/entities/${m.entity}/`,
      );
      expect(listed.sort(), article.path).toEqual(expected.sort());
      expect(await page.getAttribute('.article-analysis__story a', 'href')).toBe(
        `/${article.lang}/stories/${STORY}/`,
      );
      const compare = await page
        .locator('.article-analysis__compare a')
        .getAttribute('href', { timeout: 500 })
        .catch(() => null);
      expect(compare, `comparison link on ${article.path}`).toBe(
        article.group
          ? `/${article.lang}/compare/${GROUP}/${article.lang}-${article.lang === 'es' ? 'de' : 'es'}/`
          : null,
      );
    }
  });
});

describe('search by entity', () => {
  test('?entity=tokayev lists the articles that mention him, and the filter can be removed', async () => {
    const { page } = await open();
    await page.goto(urlOf('/en/search/?entity=tokayev'));
    await page.waitForSelector('#search-results[data-state="done"]');
    const found = await page.$$eval('.result__title a', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    const expected = articles.filter((a) => countOf(a, 'tokayev') > 0).map((a) => a.path);
    expect(found.sort()).toEqual(expected.sort());
    expect(await page.textContent('#search-entities')).toContain('Kassym-Jomart Tokayev');
    await page.getByRole('button', { name: 'Remove filter: Kassym-Jomart Tokayev' }).click();
    await page.locator('#search-results[data-state="idle"]').waitFor({ state: 'attached' });
    expect(new URL(page.url()).search).toBe('');
    expect(await page.isHidden('#search-entities')).toBe(true);
  });
});

describe('without JavaScript', () => {
  test('entity, story and comparison pages show everything', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(urlOf('/ru/entities/tokayev/'));
    expect(await page.locator('.mention-card').count()).toBe(3);
    await page.goto(urlOf(`/pl/stories/${STORY}/`));
    expect(await page.locator('.story-matrix tbody tr[data-entity]').count()).toBeGreaterThan(10);
    await page.goto(urlOf(`/es/compare/${GROUP}/es-de/`));
    expect(await page.locator('.compare__block').count()).toBeGreaterThan(2);
  });
});
