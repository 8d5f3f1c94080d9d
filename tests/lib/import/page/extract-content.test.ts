import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentMarkdown } from '../../../../src/lib/import/page/content-markdown';
import { decodePage } from '../../../../src/lib/import/page/decode-page';
import { extractContent } from '../../../../src/lib/import/page/extract-content';

const prose = (n: number) =>
  `Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen, und die Opposition kündigte an, dagegen zu klagen (${n}).`;

/** A news page with everything a page carries around its article. */
const PAGE = `<!doctype html><html lang="de"><head><title>Haushalt beschlossen | Stadtblatt</title>
<script>window.track = 1</script><style>p{}</style></head><body>
<header><nav><a href="/">Start</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav></header>
<div class="cookie">Wir verwenden Cookies. <button>Akzeptieren</button></div>
<main><article>
<h1>Haushalt beschlossen</h1>
<p>${prose(1)} <a href="/hintergrund">Hintergrund</a> und <a href="javascript:alert(1)">mehr</a>.</p>
<div class="share"><a href="https://x.com/share">Teilen</a> <a href="https://facebook.com/share">Teilen</a></div>
<p onclick="steal()">${prose(2)}</p>
<h2>Wie es weitergeht</h2>
<p>${prose(3)}</p>
<ul><li>Erster Punkt der Liste mit etwas Text</li><li>Zweiter Punkt der Liste mit etwas Text</li></ul>
<blockquote><p>${prose(4)}</p></blockquote>
<iframe src="https://ads.example/frame"></iframe>
<img src="https://tracker.example/pixel.gif" width="1" height="1">
<form action="/subscribe"><input name="email"><button>Abonnieren</button></form>
<p>${prose(5)}</p>
</article>
<aside><h3>Mehr zum Thema</h3><ul><li><a href="/a">Artikel eins</a></li><li><a href="/b">Artikel zwei</a></li><li><a href="/c">Artikel drei</a></li></ul></aside>
</main>
<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
</body></html>`;

describe('extractContent', () => {
  const content = extractContent(PAGE, {
    base: 'https://stadtblatt.example/politik/haushalt',
    title: 'Haushalt beschlossen',
  })!;
  const markdown = contentMarkdown(content.tree);

  it('keeps paragraphs, headings, lists, quotes and links', () => {
    for (const n of [1, 2, 3, 4, 5]) expect(markdown).toContain(prose(n).slice(0, 60));
    expect(markdown).toMatch(/^## Wie es weitergeht$/m);
    expect(markdown).toMatch(/^- Erster Punkt der Liste/m);
    expect(markdown).toMatch(/^> Der Stadtrat/m);
    expect(markdown).toContain('[Hintergrund](https://stadtblatt.example/hintergrund)');
  });

  it('drops navigation, share buttons, the related list, the footer and the headline copy', () => {
    for (const clutter of [
      'Start',
      'Teilen',
      'Mehr zum Thema',
      'Artikel eins',
      'Impressum',
      'Cookies',
      'Abonnieren',
    ]) {
      expect(markdown).not.toContain(clutter);
    }
    expect(markdown).not.toMatch(/^#+ Haushalt beschlossen$/m);
  });

  it('lets nothing active through: no script, handler, iframe, form, pixel or javascript: link', () => {
    expect(markdown).not.toMatch(
      /script|onclick|steal|iframe|ads\.example|pixel|tracker|<form|<input|javascript:/i,
    );
    // The javascript: link's text stays, as text.
    expect(markdown).toContain('und mehr.');
  });
});

const spanish = (n: number) =>
  `El gobierno presentó este martes ante el Senado un plan de medidas para la seguridad, y la oposición pidió más tiempo para estudiarlo en las comisiones (${n}).`;

/** A page whose standfirst sits in the article's header, outside the body Readability keeps. */
const STANDFIRST =
  'Una batería de medidas de corto y largo plazo para contener la crisis de seguridad.';
const HEADER_PAGE = `<!doctype html><html lang="es"><head><title>La agenda de Interior</title>
<meta name="description" content="${STANDFIRST}"></head><body>
<div class="top-header"><h1>La agenda de Interior</h1><h2 class="subtitle">${STANDFIRST}</h2>
<p class="meta">Por Redacción</p></div>
<div class="article-body">${[1, 2, 3, 4, 5].map((n) => `<p>${spanish(n)}</p>`).join('\n')}</div>
<section class="related"><p>${STANDFIRST}</p></section>
</body></html>`;

describe('extractContent: the standfirst and linked prose', () => {
  it("puts the page's standfirst, shown between the headline and the text, first", () => {
    const content = extractContent(HEADER_PAGE, { title: 'La agenda de Interior' })!;
    const markdown = contentMarkdown(content.tree);
    expect(markdown.startsWith(`${STANDFIRST}\n\n${spanish(1).slice(0, 40)}`)).toBe(true);
    expect(markdown.split(STANDFIRST)).toHaveLength(2);
    expect(content.standfirst).toBe(STANDFIRST);
    expect(markdown).not.toContain('Por Redacción');
  });

  it("finds it under the headline when the page's title carries the site's name", () => {
    const content = extractContent(HEADER_PAGE, { title: 'La agenda de Interior - La Tercera' })!;
    expect(contentMarkdown(content.tree).startsWith(`${STANDFIRST}\n\n`)).toBe(true);
  });

  it('adds nothing when the description is not shown between the headline and the text', () => {
    const page = HEADER_PAGE.replace(`<h2 class="subtitle">${STANDFIRST}</h2>`, '');
    const markdown = contentMarkdown(
      extractContent(page, { title: 'La agenda de Interior' })!.tree,
    );
    expect(markdown).not.toContain(STANDFIRST);
  });

  it('keeps a sentence whose names are links, and drops a list of linked headlines', () => {
    const linked =
      '<p><a href="https://a.example/1">El ministro de Hacienda</a> se reunió con <a href="https://a.example/2">los gremios del transporte</a> y <a href="https://a.example/3">la Confederación Nacional</a> para revisar el acuerdo.</p>';
    const related = [
      'Los camioneros anuncian un paro nacional',
      'Qué dice el nuevo proyecto de ley',
      'Las cifras del desempleo en abril',
    ]
      .map((t, i) => `<p><a href="https://a.example/r${i}">${t}</a></p>`)
      .join('');
    const page = `<html lang="es"><body><article><h1>Reunión</h1><p>${spanish(1)}</p>${linked}<p>${spanish(2)}</p><p>${spanish(3)}</p>${related}</article></body></html>`;
    const markdown = contentMarkdown(extractContent(page, { title: 'Reunión' })!.tree);
    expect(markdown).toContain('para revisar el acuerdo.');
    expect(markdown).not.toContain('paro nacional');
  });
});

/** One of the evaluation's real pages (scripts/import-eval/data/trafilatura/), decoded as the importer decodes it. */
const realPage = (name: string) =>
  decodePage(
    gunzipSync(
      readFileSync(
        new URL(
          `../../../../scripts/import-eval/data/trafilatura/html/${name}.html.gz`,
          import.meta.url,
        ),
      ),
    ),
  );

describe('extractContent: a box of related links inside the article', () => {
  const english = (n: number) =>
    `The masks had been kept in a locked machine room on the third floor of the hospital, and the police were told on Monday (${n}).`;
  const page = `<html lang="en"><body><article><h1>Masks stolen</h1>
${[1, 2, 3].map((n) => `<p>${english(n)}</p>`).join('')}
<div><h3>Related stories</h3><ul>
<li><a href="https://news.example/a">Do masks offer protection from the new virus? It depends</a></li>
<li><a href="https://news.example/b">Hoarding sends mask prices soaring amid virus fear</a></li>
<li><a href="https://news.example/c">Shops get creative as mask shortages continue</a></li></ul></div>
<p>${english(4)}</p><h2>What comes next</h2><p>${english(5)}</p></article></body></html>`;
  const markdown = contentMarkdown(extractContent(page, { title: 'Masks stolen' })!.tree);

  it("drops the box's heading with its links, and keeps the text after it", () => {
    expect(markdown).not.toContain('Related stories');
    expect(markdown).not.toContain('mask prices soaring');
    expect(markdown).toContain(english(4));
  });

  it('keeps a heading of the article text', () => {
    expect(markdown).toMatch(/^## What comes next$/m);
  });
});

describe('extractContent: a subtitle the page shows twice', () => {
  it('keeps it once', () => {
    const subtitle =
      'Chalupka: “Verantwortliche in Pfarrgemeinden sollen als Gesprächspartner zur Verfügung stehen”';
    const page = `<html lang="de"><body><article><h1>Lockdown</h1>
<h3>${subtitle}</h3>
<figure><img src="https://img.example/a.jpg"></figure><h3>${subtitle}</h3>
${[1, 2, 3, 4].map((n) => `<p>${prose(n)}</p>`).join('')}</article></body></html>`;
    const markdown = contentMarkdown(extractContent(page, { title: 'Lockdown' })!.tree);
    expect(markdown.split('Verantwortliche in Pfarrgemeinden')).toHaveLength(2);
    expect(markdown).toContain(prose(1));
  });
});

describe('extractContent: photo captions', () => {
  it('drops a caption also where the page sets it outside a <figure> (infobae.com)', () => {
    const caption =
      'Dmitry Muratov, tras el ataque sufrido a principios de abril (REUTERS/Denis Balibouse)';
    const page = `<html lang="es"><body><article><h1>Muratov</h1>
<p>${spanish(1)}</p><p>${spanish(2)}</p>
<div><p><img src="https://img.example/muratov.jpg" alt="${caption}"></p><figcaption>${caption}</figcaption></div>
<p>${spanish(3)}</p><p>${spanish(4)}</p></article></body></html>`;
    const markdown = contentMarkdown(extractContent(page, { title: 'Muratov' })!.tree);
    expect(markdown).not.toContain('tras el ataque');
    expect(markdown).toContain(spanish(3));
  });
});

describe('extractContent on a real page', () => {
  it('takes the article, not the paywall box that comes before it (elcomercio.pe)', () => {
    const markdown = contentMarkdown(extractContent(realPage('elcomercio-pe-kenjifujimori'))!.tree);
    expect(markdown).toContain('Milton Hinojoza y Luis Loyola');
    expect(markdown).not.toContain('Has alcanzado el límite de noticias');
  });

  it('takes the article, not the notices a <template> holds for scripts (biobiochile.cl)', () => {
    const markdown = contentMarkdown(extractContent(realPage('biobiochile-cl-gremios'))!.tree);
    expect(markdown).toContain('una consulta que se hará este jueves, desde Arica a Punta Arenas');
    expect(markdown).not.toContain('Estamos recopilando más antecedentes');
  });
});

describe('extractContent on a page of several articles', () => {
  const story = (topic: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p>El consejo municipal debatió durante horas sobre ${topic}, y los vecinos presentes pidieron que la decisión se tome con más datos (${i}).</p>`,
    ).join('');
  // The next story, loaded below the first, is longer than the one the headline belongs to.
  const page = `<!doctype html><html lang="es"><head><title>Diario | El puente del río</title></head><body>
<article><h1>El puente del río</h1>${story('el puente del río', 5)}</article>
<article><h1>La feria de otoño</h1>${story('la feria de otoño', 12)}</article></body></html>`;

  it("takes the article whose heading is the page's headline, not the longest", () => {
    const markdown = contentMarkdown(
      extractContent(page, { title: 'Diario | El puente del río' })!.tree,
    );
    expect(markdown).toContain('sobre el puente del río');
    expect(markdown).not.toContain('la feria de otoño');
  });
});
