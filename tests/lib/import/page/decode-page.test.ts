import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/lib/import/decode-text';
import { decodePage } from '../../../../src/lib/import/page/decode-page';

const latin = (text: string, table: Record<string, number>) =>
  Uint8Array.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));

describe('decodePage', () => {
  it("reads the page's <meta charset>: ISO-8859-2 Polish", () => {
    const bytes = latin(
      '<html><head><meta charset="iso-8859-2"></head><body>Zażółć</body></html>',
      { ż: 0xbf, ó: 0xf3, ł: 0xb3, ć: 0xe6 },
    );
    expect(decodePage(bytes)).toContain('Zażółć');
  });

  it("lets the server's charset win over the page's: windows-1251 Russian", () => {
    const bytes = latin('<html><head><meta charset="utf-8"></head><body>Мир</body></html>', {
      М: 0xcc,
      и: 0xe8,
      р: 0xf0,
    });
    expect(decodePage(bytes, 'text/html; charset=windows-1251')).toContain('Мир');
  });

  it('reads a charset the <head> declares after long scripts, past the first 1024 bytes', () => {
    // As rp.pl and gazeta.pl serve their pages: consent scripts first, then the charset.
    const script = `<script charset="UTF-8">${'var consent = 1;\n'.repeat(80)}</script>`;
    const bytes = latin(
      `<!doctype html><html lang="pl"><head>${script}` +
        '<meta http-equiv="Content-Type" content="text/html; charset=Windows-1250" />' +
        '</head><body><p>Unijne fundusze coraz bliżej. Sejm zagłosował</p></body></html>',
      { ż: 0xbf, ł: 0xb3 },
    );
    expect(decodePage(bytes)).toContain('Unijne fundusze coraz bliżej. Sejm zagłosował');
  });

  it('keeps a valid UTF-8 page as UTF-8 whatever a late declaration says', () => {
    const script = `<script>${'var a = 1;\n'.repeat(120)}</script>`;
    const page = `<html><head>${script}<meta charset="windows-1250"></head><body>Größe</body></html>`;
    expect(decodePage(new TextEncoder().encode(page))).toContain('Größe');
  });

  it('reads a page that names no charset as UTF-8 when it is valid UTF-8', () => {
    expect(decodePage(new TextEncoder().encode('<p>Größe</p>'))).toBe('<p>Größe</p>');
  });

  it('refuses an empty or binary file', () => {
    expect(() => decodePage(new Uint8Array())).toThrow(ImportError);
    expect(() => decodePage(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toThrow(/NUL bytes/);
  });
});
