import { describe, expect, it } from 'vitest';
import { readCredits } from '../../../../src/lib/import/page/page-credits';
import { readPageMetadata } from '../../../../src/lib/import/page/page-metadata';
import { parsePage } from '../../../../src/lib/import/page/parse-page';

const page = (head: string, body = '', lang = 'es') =>
  parsePage(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`);

describe('readPageMetadata', () => {
  it('reads JSON-LD first: headline, datePublished as the page wrote the day, authors, publisher', () => {
    const meta = readPageMetadata(
      page(
        `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            {
              '@type': 'NewsArticle',
              headline: 'La sequía obliga a restringir el riego',
              datePublished: '2024-03-14T23:41:00-05:00',
              author: [{ '@type': 'Person', name: 'Ana Gómez' }, { name: 'Luis Pérez' }],
              publisher: { '@type': 'Organization', name: 'Diario Ejemplo' },
            },
          ],
        })}</script><link rel="canonical" href="/2024/03/14/sequia.html">`,
      ),
      'https://diario.example/amp/sequia',
    );
    expect(meta).toEqual({
      title: 'La sequía obliga a restringir el riego',
      date: '2024-03-14',
      author: 'Ana Gómez, Luis Pérez',
      outlet: 'Diario Ejemplo',
      url: 'https://diario.example/2024/03/14/sequia.html',
      lang: 'es',
    });
  });

  it('falls back to meta tags and <time>, and skips broken JSON-LD', () => {
    const meta = readPageMetadata(
      page(
        `<script type="application/ld+json">{ broken</script>
         <meta property="og:title" content="Titel aus Open Graph"><meta property="og:site_name" content="Stadtblatt">
         <meta name="author" content="Erika Muster">`,
        '<article><time datetime="2023-06-01T08:00:00+02:00">1. Juni</time></article>',
        'de-AT',
      ),
    );
    expect(meta).toMatchObject({
      title: 'Titel aus Open Graph',
      outlet: 'Stadtblatt',
      author: 'Erika Muster',
      date: '2023-06-01',
      lang: 'de',
    });
  });

  it('leaves unknown what the page does not say, and never takes an impossible date or a profile URL as author', () => {
    const meta = readPageMetadata(
      page(
        '<meta property="article:published_time" content="2023-02-30"><meta property="article:author" content="https://facebook.com/someone">',
        '<p>Text</p>',
        '',
      ),
    );
    expect(meta.date).toBeUndefined();
    expect(meta.author).toBeUndefined();
    expect(meta.outlet).toBeUndefined();
    expect(meta.url).toBeUndefined();
    expect(meta.lang).toBeUndefined();
  });
});

describe('readCredits', () => {
  it('takes a credit from a caption and leaves a caption without one', () => {
    const credits = readCredits(
      page(
        '',
        '<figure><figcaption>La plaza al amanecer. Foto: Juan Ruiz/EFE</figcaption></figure><figure><figcaption>Una foto de la plaza.</figcaption></figure>',
      ),
    );
    expect(credits).toEqual([{ role: 'photo', name: 'Juan Ruiz/EFE' }]);
  });
});
