/**
 * Turns the bytes of a raw text file into clean text, or refuses it with a
 * message that says what is wrong and what is expected. Editors paste texts
 * from web pages, word processors and e-mails, so files arrive with byte-order
 * marks, Windows line endings, legacy encodings or as something else entirely.
 */

import { locales } from '../../i18n/locales';
import { guessLegacy } from './legacy-encoding';

/** A problem with the input that the editor can fix; its message is meant for them. */
export class ImportError extends Error {
  override name = 'ImportError';
}

const UTF16_LE_BOM = [0xff, 0xfe];
const UTF16_BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * The 1-based line of the first byte sequence that is not UTF-8. Lines can be
 * decoded one by one because a newline byte never occurs inside a multi-byte
 * UTF-8 character.
 */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

/**
 * Decodes a raw text file: UTF-8 (a byte-order mark is dropped) or UTF-16 with a
 * byte-order mark, which is unambiguous, or a legacy single-byte encoding only
 * where `guessLegacy` can trust its guess; otherwise it is refused rather than
 * guessed, since a wrong table silently changes letters and an article must
 * keep every character as written.
 * Line endings become `\n`.
 *
 * @throws {ImportError} for an empty, binary or non-UTF-8 file.
 */
export function decodeText(bytes: Uint8Array): string {
  return readText(bytes).text;
}

/**
 * Like `decodeText`, and says which legacy encoding the text was converted
 * from, when it was not UTF-8 or UTF-16.
 */
export function readText(bytes: Uint8Array): { text: string; encoding?: string } {
  let encoding: string | undefined;
  if (bytes.length === 0) {
    throw new ImportError('the file is empty; expected the text of an article (UTF-8)');
  }
  let text: string;
  if (startsWith(bytes, UTF16_LE_BOM) || startsWith(bytes, UTF16_BE_BOM)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError(
        `the file starts like UTF-16 but is not valid ${encoding}; save it as UTF-8`,
      );
    }
  } else {
    if (bytes.includes(0)) {
      throw new ImportError(
        'the file contains NUL bytes, so it is not plain text (an image, a PDF or a word-processor file?); ' +
          'expected plain UTF-8 text: copy the article text into a .txt file',
      );
    }
    try {
      // Without `ignoreBOM` the decoder drops a leading byte-order mark.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const guess = guessLegacy(bytes, locales);
      if (guess?.text === undefined) {
        const looks = guess
          ? `it looks like ${guess.encoding}, but not surely enough to convert it. `
          : '';
        throw new ImportError(
          `the file is not valid UTF-8 (first bad byte on line ${firstBadLine(bytes)}); ${looks}` +
            'Expected UTF-8: re-save it as UTF-8 in your editor ' +
            `(or run: iconv -f ${guess?.encoding ?? 'windows-1252'} -t utf-8 old.txt > new.txt) and import it again`,
        );
      }
      text = guess.text;
      encoding = guess.encoding;
    }
  }
  if (text.includes('\0')) {
    throw new ImportError(
      'the file contains NUL characters, so it is not plain text; expected UTF-8 text',
    );
  }
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) {
    throw new ImportError(
      'the file has no text, only white space; expected the text of an article',
    );
  }
  return { text, encoding };
}
