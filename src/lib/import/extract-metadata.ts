import { parsePartialDate } from '../partial-date';
import { ImportError } from './decode-text';
import type { Note, SourceLine } from './strip-junk';

/** A credit line taken out of the text, in the schema's shape. */
export interface Credit {
  role: 'photo' | 'illustration' | 'video';
  name: string;
}

/**
 * Labels of credit lines in the languages we meet, as outlets print them
 * ("Foto: X", "- Fotos utilizadas: X", "Verwendete Fotos: X", "Фото: X",
 * "Zdjęcie: X"). Matching is on whole short lines only, so prose that
 * mentions a photo is never taken for a credit.
 */
const CREDIT_LABELS: Record<Credit['role'], string> = {
  photo: String.raw`photos?|photo credits?|fotos?(?: utilizad[oa]s?| usad[oa]s?)?|fotograf[ií]as?|verwendete fotos|verwendetes foto|bilder?|fotos?\/bilder|фото(?:графи[яи])?|zdj[eę]ci[ea]|fot\.`,
  illustration: String.raw`illustrations?|ilustraci[oó]n(?:es)?|illustrationen?|иллюстраци[яи]|ilustracj[ae]`,
  video: String.raw`videos?|vídeos?|видео|wideo`,
};

/** Longest line still read as a credit; longer ones are prose. */
const CREDIT_MAX_LENGTH = 120;

/** Reads a credit line, with or without a leading dash or bullet. */
export function parseCredit(line: string): Credit | undefined {
  const text = line.trim();
  if (text.length > CREDIT_MAX_LENGTH) return undefined;
  for (const [role, labels] of Object.entries(CREDIT_LABELS) as [Credit['role'], string][]) {
    const match = new RegExp(`^(?:[-–—•*]\\s*)?(?:${labels})\\s*:\\s*(\\S.*)$`, 'iu').exec(text);
    if (match) return { role, name: match[1]!.trim() };
  }
  return undefined;
}

/**
 * Takes metadata out of the lines: a leading `date YYYY[-MM[-DD]]` marker (on a
 * line of its own or glued before the first paragraph, as collectors write it)
 * and credit lines anywhere. Returns the other lines, with the date marker cut
 * off its line, and a note for each thing taken.
 */
export function extractMetadata(lines: readonly SourceLine[]): {
  lines: SourceLine[];
  date?: string;
  credits: Credit[];
  notes: Note[];
} {
  const notes: Note[] = [];
  const credits: Credit[] = [];
  let date: string | undefined;
  const first = lines.findIndex((l) => l.text.trim());
  const rest: SourceLine[] = [];
  lines.forEach((source, index) => {
    if (index === first) {
      const match = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)\s*(.*)$/iu.exec(source.text);
      if (match && !parsePartialDate(match[1]!)) {
        throw new ImportError(
          `line ${source.line}: the date line says ${match[1]}, which is not a real date; expected date YYYY, YYYY-MM or YYYY-MM-DD`,
        );
      }
      if (match) {
        date = match[1]!;
        notes.push({ line: source.line, message: `took the date line as the date: ${date}` });
        rest.push({ line: source.line, text: match[2]! });
        return;
      }
    }
    const credit = parseCredit(source.text);
    if (credit) {
      if (!credits.some((c) => c.role === credit.role && c.name === credit.name))
        credits.push(credit);
      notes.push({ line: source.line, message: `took the ${credit.role} credit: ${credit.name}` });
      return;
    }
    rest.push(source);
  });
  return { lines: rest, date, credits, notes };
}
