/**
 * Photo credits a page prints: in figure captions and in elements it marks as
 * credits. Each is read with the same label rules as a copied text's credit
 * lines ("Foto: X", "Фото: X"), so a caption that merely describes a photo is
 * not taken for a credit.
 */
import type { Credit } from '../extract-metadata';
import { parseCredit } from '../extract-metadata';

/** The credits of a page's figures, without repeats. */
export function readCredits(document: Document): Credit[] {
  const credits: Credit[] = [];
  const elements = document.querySelectorAll(
    'figcaption, [class*="credit" i], [class*="copyright" i], [itemprop="copyrightHolder"]',
  );
  for (const element of elements) {
    const text = element.textContent ?? '';
    // A caption often ends with its credit: "The square at dawn. Foto: X".
    for (const part of text.split(/\n|\s\|\s|(?<=[.!?])\s+/)) {
      const credit = parseCredit(part.replace(/\s+/g, ' '));
      if (credit && !credits.some((c) => c.role === credit.role && c.name === credit.name)) {
        credits.push(credit);
      }
    }
  }
  return credits;
}
