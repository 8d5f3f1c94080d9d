/**
 * Reads a text file that is not UTF-8, as editors still get them from older
 * systems: windows-1251 or KOI8-R Russian, ISO-8859-2 or windows-1250 Polish,
 * windows-1252 German or Spanish. chardet (byte statistics) ranks the
 * candidate encodings; its best guess is taken only when the decoded text
 * looks like text (no control characters, no symbols inside words, which is
 * what a wrong single-byte table produces) and chardet is either confident or
 * names a language of the site. Otherwise the file is refused, with the guess,
 * rather than risk silently changed letters.
 */
import chardet from 'chardet';

/** The guess of an encoding, and whether it is safe to decode with. */
export interface LegacyGuess {
  encoding: string;
  /** chardet's confidence, 0–100. */
  confidence: number;
  /** The decoded text when the guess is safe to use. */
  text?: string;
}

/** chardet's confidence from which its guess is taken even for a language the site does not have. */
const CONFIDENT = 50;

/** C1 control characters, or a Latin-1 symbol (±, ¶, ¼...) between two letters: the marks of a wrong table. */
const GARBLED = /[\u0080-\u009f\ufffd]|\p{L}[\u00a1-\u00bf\u00d7\u00f7]\p{L}/u;

function decodes(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The best guess for bytes that are not UTF-8, with the text when it can be trusted. */
export function guessLegacy(
  bytes: Uint8Array,
  languages: readonly string[],
): LegacyGuess | undefined {
  const [best] = chardet
    .analyse(bytes)
    .filter((c) => !/^UTF-|^ISO-2022|Shift_JIS|EUC|GB|Big5/i.test(c.name));
  if (!best) return undefined;
  const guess: LegacyGuess = { encoding: best.name, confidence: best.confidence };
  const text = decodes(bytes, best.name);
  const trusted =
    best.confidence >= CONFIDENT || (best.lang !== undefined && languages.includes(best.lang));
  if (text !== undefined && trusted && !GARBLED.test(text)) guess.text = text;
  return guess;
}
