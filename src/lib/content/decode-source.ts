import { isUtf8 } from 'node:buffer';
import type { Problem } from './problem';

/** Where a run of bytes that is not UTF-8 starts, and how long it is. */
interface InvalidBytes {
  offset: number;
  length: number;
}

/** The allowed range of the second byte after a lead byte (RFC 3629: no overlongs, no surrogates). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** How many continuation bytes follow `lead`, or -1 when it cannot start a character. */
function continuationCount(lead: number): number {
  if (lead < 0x80) return 0;
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1;
}

/**
 * The first sequence of `bytes` that is not UTF-8. Node's `isUtf8` says
 * whether there is one (fast, and the common case); this finds where, which
 * Node's decoders do not tell.
 */
export function firstInvalidUtf8(bytes: Uint8Array): InvalidBytes | undefined {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const count = continuationCount(lead);
    if (count === 0) {
      i += 1;
      continue;
    }
    if (count < 0) return { offset: i, length: 1 };
    const [low, high] = secondByteRange(lead);
    for (let k = 1; k <= count; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return { offset: i, length: k };
    }
    i += count + 1;
  }
  return undefined;
}

/** Bytes as editors' hex views show them: `0xE9 0x20`. */
function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}

/** 1-based line of the byte or character at `offset` (counting `\n`). */
function lineAt(text: Uint8Array | string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (typeof text === 'string' ? text.charCodeAt(i) === 10 : text[i] === 10) line += 1;
  }
  return line;
}

/**
 * Control characters other than tab and line breaks (a lone CR too): C0, DEL
 * and C1, which no editor shows and which are either a copy-paste accident or
 * the trace of a wrong encoding (C1 is what Windows-1252 text read as Latin-1
 * leaves).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/g;

/** The name of a control character, for the message. */
function describeControl(char: string): string {
  const code = char.codePointAt(0)!;
  const names: Record<number, string> = { 0: 'NUL', 13: 'a carriage return without a line feed' };
  const point = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return names[code] ? `${point} (${names[code]})` : point;
}

/**
 * Decodes a content or data file, which must be UTF-8. Content files are not
 * guessed at: a file in another encoding would be published with replacement
 * characters (U+FFFD) on the article, the home pages and the feeds. Pushes one
 * problem for the file (its first bad bytes) and returns undefined when it is
 * not UTF-8.
 */
export function decodeUtf8(
  file: string,
  bytes: Uint8Array,
  problems: Problem[],
): string | undefined {
  if (isUtf8(bytes)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }
  const bad = firstInvalidUtf8(bytes)!;
  const line = lineAt(bytes, bad.offset);
  const shown = hex(bytes.subarray(bad.offset, bad.offset + bad.length));
  problems.push({
    file,
    line,
    field: 'file',
    message: `expected UTF-8 text, but line ${line} has the bytes ${shown}, which are not UTF-8 (the file was saved in another encoding, such as Windows-1252 or Latin-1); open it in an editor and save it again as UTF-8`,
  });
  return undefined;
}

/**
 * Checks that `text` has no control character but tab and line breaks; pushes
 * one problem for the file (its first one, and how many there are) and
 * returns false when it has.
 */
export function checkControlCharacters(file: string, text: string, problems: Problem[]): boolean {
  const controls = [...text.matchAll(CONTROL)];
  if (controls.length === 0) return true;
  const first = controls[0]!;
  const line = lineAt(text, first.index);
  const more = controls.length > 1 ? ` (${controls.length} control characters in the file)` : '';
  problems.push({
    file,
    line,
    field: 'file',
    message: `expected text without control characters, but line ${line} has ${describeControl(first[0])}${more}; remove it (only tab and line breaks are allowed)`,
  });
  return false;
}

/** A data file's text: UTF-8 without control characters (see above), or undefined. */
export function decodeSource(
  file: string,
  bytes: Uint8Array,
  problems: Problem[],
): string | undefined {
  const text = decodeUtf8(file, bytes, problems);
  return text !== undefined && checkControlCharacters(file, text, problems) ? text : undefined;
}
