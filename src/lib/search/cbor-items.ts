/**
 * Where the items of a CBOR encoding start and end, read from their heads
 * alone. `cborg` (which reads Pagefind's page tables elsewhere) decodes values
 * but does not give their byte ranges; regrouping Pagefind's index chunks
 * (frequent-word-chunks.ts) needs only those, and decoding and encoding them
 * again was most of that step's cost (docs/performance.md). Only
 * definite lengths, which is all Pagefind writes: anything else throws, so a
 * change in Pagefind's format stops the build instead of mangling its index.
 */

/** An item's head: its major type, its argument (a count, a length or a value) and where its content starts. */
export interface CborHead {
  major: number;
  value: number;
  next: number;
}

/** Reads the head of the item at `pos`. */
export function readHead(bytes: Uint8Array, pos: number): CborHead {
  const initial = bytes[pos];
  if (initial === undefined) throw new Error(`CBOR ends early, at byte ${pos}`);
  const major = initial >> 5;
  const info = initial & 31;
  if (info < 24) return { major, value: info, next: pos + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (size === 0) throw new Error(`CBOR item of indefinite or reserved length at byte ${pos}`);
  if (pos + 1 + size > bytes.length) throw new Error(`CBOR ends early, at byte ${pos}`);
  let value = 0;
  for (let i = 1; i <= size; i += 1) value = value * 256 + bytes[pos + i]!;
  return { major, value, next: pos + 1 + size };
}

/** Where the item starting at `pos` ends (the position after it). */
export function skipItem(bytes: Uint8Array, pos: number): number {
  const { major, value, next } = readHead(bytes, pos);
  if (major === 2 || major === 3) return next + value; // bytes, text
  if (major === 4 || major === 5) {
    let end = next;
    for (let i = 0; i < (major === 5 ? 2 * value : value); i += 1) end = skipItem(bytes, end);
    return end;
  }
  if (major === 6) return skipItem(bytes, next); // a tag, then its item
  return next; // integers, simple values and floats: all in the head
}

/** The head of the array at `pos`, or an error naming `what` when it is not one. */
export function arrayAt(bytes: Uint8Array, pos: number, what: string): CborHead {
  const head = readHead(bytes, pos);
  if (head.major !== 4) throw new Error(`${what}: a CBOR array expected at byte ${pos}`);
  return head;
}

/** The text item at `pos`, and where it ends. */
export function textAt(
  bytes: Uint8Array,
  pos: number,
  what: string,
): { text: string; end: number } {
  const { major, value, next } = readHead(bytes, pos);
  if (major !== 3) throw new Error(`${what}: a CBOR text expected at byte ${pos}`);
  return { text: new TextDecoder().decode(bytes.subarray(next, next + value)), end: next + value };
}

/** The shortest head of an array of `count` items. */
export function arrayHead(count: number): Uint8Array {
  if (count < 24) return Uint8Array.of(0x80 | count);
  if (count < 0x100) return Uint8Array.of(0x98, count);
  if (count < 0x10000) return Uint8Array.of(0x99, count >> 8, count & 0xff);
  return Uint8Array.of(0x9a, count >>> 24, (count >> 16) & 0xff, (count >> 8) & 0xff, count & 0xff);
}
