/**
 * Turns the bytes of a web page into text in the page's own character set, as
 * a browser would: a byte-order mark, then the charset the server sent, then
 * the page's `<meta charset>` (the HTML standard's sniffing, done by
 * html-encoding-sniffer). A page that says nothing is read as UTF-8 when its
 * bytes are valid UTF-8, else as windows-1252 (the standard's default).
 */
import sniffEncoding from 'html-encoding-sniffer';
import { ImportError } from '../decode-text';

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The charset label of a `Content-Type` header value, if it names one. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}

/**
 * Decodes a page. `contentType` is the server's `Content-Type` header, when the
 * page was downloaded.
 *
 * @throws {ImportError} for an empty page, a binary file, or a charset the runtime cannot decode.
 */
export function decodePage(bytes: Uint8Array, contentType?: string): string {
  if (bytes.length === 0) {
    throw new ImportError('the page is empty; expected the HTML of an article');
  }
  if (
    bytes.subarray(0, 4096).includes(0) &&
    !/^\xff\xfe|^\xfe\xff/.test(String.fromCharCode(bytes[0]!, bytes[1]!))
  ) {
    throw new ImportError(
      'the file contains NUL bytes, so it is not an HTML page; expected a saved web page',
    );
  }
  const encoding = sniffEncoding(bytes, {
    transportLayerEncodingLabel: charsetOf(contentType),
    defaultEncoding: isUtf8(bytes) ? 'UTF-8' : 'windows-1252',
  });
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    throw new ImportError(
      `the page is in the character set ${encoding}, which cannot be decoded here`,
    );
  }
}
