import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../src/lib/import/import-article';
import { parseArticle } from './seed-cases';

/**
 * Texts copied from news pages of outlets other than the seeds', with the
 * clutter such a copy drags along (menus, share and subscribe buttons, ad
 * labels, "read also" lists, footers). The importer has no list of these
 * phrases: it must tell them from the article by what the lines show.
 */
const copied = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/copied/${name}`, import.meta.url));

const CASES = [
  {
    file: 'es-diario.txt',
    lang: 'es',
    title: 'La sequía obliga a Cataluña a restringir el riego agrícola hasta la primavera',
    heading: 'Qué cambia para los vecinos',
    paragraphs: 6,
    clutter: ['Compartir', 'Suscríbete', 'Iniciar sesión', 'Más información', 'Comentarios', '©'],
  },
  {
    file: 'de-zeitung.txt',
    lang: 'de',
    title: 'Bahnstreik: Fahrgäste müssen sich ab Mittwoch auf massive Ausfälle einstellen',
    heading: 'Wie geht es weiter?',
    paragraphs: 5,
    clutter: ['Anzeige', 'Teilen', 'Anmelden', 'Mehr zum Thema', 'Was Pendler', 'Impressum'],
  },
  {
    file: 'ru-gazeta.txt',
    lang: 'ru',
    title: 'В Петербурге открыли новую станцию метро после пяти лет строительства',
    heading: undefined,
    paragraphs: 4,
    clutter: ['Войти', 'Найти тему', 'Реклама', 'Читайте также', 'В Москве закрыли', 'Поделиться'],
  },
  {
    file: 'pl-portal.txt',
    lang: 'pl',
    title: 'Rząd przyjął projekt ustawy o obniżeniu cen energii dla gospodarstw domowych',
    heading: undefined,
    paragraphs: 3,
    clutter: ['Reklama', 'Zobacz również', 'Ceny paliw', 'Udostępnij', 'Zaloguj się', 'Komentarze'],
  },
];

describe.each(CASES)('a text copied from a page: $file', (c) => {
  it('takes the headline, not the first clutter line, and detects the language', async () => {
    const { article } = await importArticle(copied(c.file));
    expect(article.data.title).toBe(c.title);
    expect(article.data.lang).toBe(c.lang);
  });

  it('keeps every paragraph and heading of the article and none of the clutter', async () => {
    const { markdown } = await importArticle(copied(c.file));
    const body = parseArticle(markdown).body;
    const blocks = body.trim().split(/\n\n+/);
    for (const clutter of c.clutter) expect(body).not.toContain(clutter);
    if (c.heading) expect(blocks).toContain(`## ${c.heading}`);
    expect(blocks.filter((b) => !b.startsWith('#'))).toHaveLength(c.paragraphs);
  });

  it('reports every removed line with its number', async () => {
    const { notes } = await importArticle(copied(c.file));
    const raw = copied(c.file).toString('utf8').split('\n');
    const removed = notes.filter((n) => n.message.startsWith('removed page clutter'));
    expect(removed.length).toBeGreaterThan(5);
    for (const note of removed) expect(note.message).toContain(raw[note.line! - 1]!.trim());
  });
});
