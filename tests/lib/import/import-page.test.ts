import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPage } from '../../../src/lib/import/import-page';

const heise = readFileSync(new URL('../../fixtures/import/pages/heise-de.html', import.meta.url));
const html = (body: string, lang = '') =>
  new TextEncoder().encode(
    `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>T</title></head><body>${body}</body></html>`,
  );

describe('importPage', () => {
  it('imports a real saved page (heise.de) with its facts and reports the removed blocks in order', async () => {
    const { article, file, notes } = await importPage(heise);
    expect(file).toBe('content/articles/de/1-password-fuer-mac-generiert-einmal-passwoerter.md');
    expect(article.data).toMatchObject({
      title: '1Password für Mac generiert Einmal-Passwörter',
      lang: 'de',
      date: { iso: '2015-04-08' },
      source: {
        url: 'http://www.heise.de/mac-and-i/meldung/1Password-fuer-Mac-generiert-Einmal-Passwoerter-2596987.html',
      },
    });
    const removed = notes.filter((n) => n.message.startsWith('removed page block'));
    expect(removed[0]!.message).toMatch(/^removed page blocks 1–\d+: Heise-Foren/);
    expect(removed.length).toBeGreaterThan(1);
  });

  it('refuses a page without article text', async () => {
    await expect(
      importPage(html('<nav><a href="/">Home</a></nav><p>Short.</p>', 'en')),
    ).rejects.toThrow(/found no article text on the page/);
  });

  it('refuses a page in a language the site does not have', async () => {
    const french = `<article><h1>Le Kazakhstan prend ses distances</h1>${[1, 2, 3]
      .map(
        (n) =>
          `<p>Depuis le début de la guerre, le Kazakhstan cherche à préserver sa neutralité tout en évitant que son territoire serve à contourner les sanctions occidentales (${n}).</p>`,
      )
      .join('')}</article>`;
    await expect(importPage(html(french, 'fr'))).rejects.toThrow(/looks like French \(fr\)/);
  });
});
