import { describe, expect, it } from 'vitest';
import { decodeText, ImportError } from '../../../src/lib/import/decode-text';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and keeps every character, NBSP and typographic quotes included', () => {
    const text = 'Иванов:\u00a0„prohibited goods.“ – ‚dual-use‘ $41.27 €43.65\n';
    expect(decodeText(utf8(text))).toBe(text);
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Titel\n')]))).toBe('Titel\n');
  });

  it('turns Windows and old Mac line endings into \\n', () => {
    expect(decodeText(utf8('a\r\nb\rc\n'))).toBe('a\nb\nc\n');
  });

  it('decodes UTF-16 with a byte-order mark, which is unambiguous', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x1f, 0x04, 0x40, 0x04, 0x0a, 0x00]);
    expect(decodeText(le)).toBe('Пр\n');
    const be = new Uint8Array([0xfe, 0xff, 0x04, 0x1f, 0x04, 0x40]);
    expect(decodeText(be)).toBe('Пр');
  });

  it('refuses an empty or blank file', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(/empty; expected the text of an article/);
    expect(() => decodeText(utf8('\uFEFF \r\n '))).toThrow(/no text, only white space/);
  });

  it('refuses NUL bytes as a binary file', () => {
    expect(() => decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00]))).toThrow(
      /NUL bytes, so it is not plain text/,
    );
  });

  it('refuses latin-1 / windows-1252 and names the first bad line', () => {
    const bytes = new Uint8Array([...utf8('eins\nzwei\n'), 0x93, 0x48, 0x69, 0x94, 0x0a]);
    expect(() => decodeText(bytes)).toThrow(/not valid UTF-8 \(first bad byte on line 3\)/);
    expect(() => decodeText(bytes)).toThrow(/re-save it as UTF-8/);
  });

  it('throws ImportError, which the CLI shows as a message and not as a crash', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(ImportError);
  });
});
