/**
 * Turns the bytes of a web page into text in the page's own character set, as
 * a browser would: a byte-order mark, then the charset the server sent, then
 * the page's `<meta charset>` (the HTML standard's sniffing, done by
 * html-encoding-sniffer). A page that says nothing there is read as UTF-8
 * when its bytes are valid UTF-8; else by a charset its `<head>` declares
 * later than the standard's prescan looks (its first 1024 bytes: pages that
 * start with long scripts), as a browser switches to a charset it meets while
 * parsing; else as windows-1252 (the standard's default).
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

/** How far into a page its `<head>` is searched for a late charset declaration. */
const HEAD_LIMIT = 64 * 1024;

/**
 * The charset a `<meta charset>` or `<meta http-equiv="Content-Type">` in the
 * page's `<head>` names, as the decoder's name, or undefined. UTF-16 labels
 * mean UTF-8 here, as the standard has it for a declaration in the page.
 */
function headCharset(bytes: Uint8Array): string | undefined {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_LIMIT));
  const end = start.search(/<\/head\s*>|<body[\s>]/i);
  const head = end < 0 ? start : start.slice(0, end);
  for (const [meta] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const label = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(meta)?.[1];
    if (!label) continue;
    try {
      const name = new TextDecoder(label).encoding;
      return name.startsWith('utf-16') ? 'utf-8' : name;
    } catch {
      // An unknown label declares nothing; a later one may.
    }
  }
  return undefined;
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
  // An empty default tells that neither a BOM, the server nor the prescan named one.
  const declared = sniffEncoding(bytes, {
    transportLayerEncodingLabel: charsetOf(contentType),
    defaultEncoding: '',
  });
  const encoding = declared || (isUtf8(bytes) ? 'UTF-8' : (headCharset(bytes) ?? 'windows-1252'));
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    throw new ImportError(
      `the page is in the character set ${encoding}, which cannot be decoded here`,
    );
  }
}
