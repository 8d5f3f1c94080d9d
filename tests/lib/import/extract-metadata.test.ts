import { describe, expect, it } from 'vitest';
import { extractMetadata, parseCredit } from '../../../src/lib/import/extract-metadata';
import { toLines } from '../../../src/lib/import/strip-junk';

describe('parseCredit', () => {
  it.each([
    ['- Fotos utilizadas: Sergey Martsynyuk/wikimedia.org', 'Sergey Martsynyuk/wikimedia.org'],
    ['- Verwendete Fotos: Sergey Martsynyuk/wikimedia.org', 'Sergey Martsynyuk/wikimedia.org'],
    ['Фото: bzns.media', 'bzns.media'],
    ['Foto: Jan Kowalski / PAP', 'Jan Kowalski / PAP'],
    ['Zdjęcie: Reuters', 'Reuters'],
    ['Photo: AP', 'AP'],
    ['Foto:bzns.media', 'bzns.media'],
  ])('reads %s as a photo credit', (line, name) => {
    expect(parseCredit(line)).toEqual({ role: 'photo', name });
  });

  it('reads illustration and video credits', () => {
    expect(parseCredit('Иллюстрация: Анна Петрова')).toEqual({
      role: 'illustration',
      name: 'Анна Петрова',
    });
    expect(parseCredit('Video: Reuters')).toEqual({ role: 'video', name: 'Reuters' });
  });

  it('leaves prose alone, even prose that starts like a credit', () => {
    expect(parseCredit('Das Foto zeigt den Präsidenten.')).toBeUndefined();
    expect(parseCredit(`Foto: ${'x'.repeat(130)}`)).toBeUndefined();
    expect(parseCredit('Fotos')).toBeUndefined();
  });
});

describe('extractMetadata', () => {
  it('takes a date glued before the first paragraph, keeping the paragraph', () => {
    const result = extractMetadata(
      toLines(' date 2023-06 Pomimo powszechnego potępienia.\n\nDalej.'),
    );
    expect(result.date).toBe('2023-06');
    expect(result.lines.map((l) => l.text)).toEqual([
      'Pomimo powszechnego potępienia.',
      '',
      'Dalej.',
    ]);
    expect(result.notes).toEqual([{ line: 1, message: 'took the date line as the date: 2023-06' }]);
  });

  it('takes a date line of its own, at year, month or day precision', () => {
    expect(extractMetadata(toLines('\ndate 2023\nTitle')).date).toBe('2023');
    expect(extractMetadata(toLines('Date 2024-02-29\nTitle')).date).toBe('2024-02-29');
  });

  it('reads the date only from the first line: later ones are text', () => {
    const result = extractMetadata(toLines('Title\ndate 2023-06'));
    expect(result.date).toBeUndefined();
    expect(result.lines).toHaveLength(2);
  });

  it('refuses a date line that is not a real date', () => {
    expect(() => extractMetadata(toLines('date 2023-02-30 Text'))).toThrow(
      /line 1: the date line says 2023-02-30, which is not a real date/,
    );
  });

  it('takes credit lines anywhere, once each, and reports them', () => {
    const result = extractMetadata(
      toLines('Title\nFoto: A\nText.\n- Fotos utilizadas: A\nZdjęcie: B'),
    );
    expect(result.credits).toEqual([
      { role: 'photo', name: 'A' },
      { role: 'photo', name: 'B' },
    ]);
    expect(result.lines.map((l) => l.text)).toEqual(['Title', 'Text.']);
    expect(result.notes.map((n) => n.line)).toEqual([2, 4, 5]);
  });
});
