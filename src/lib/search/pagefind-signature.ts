/** What Pagefind writes before the content of each of its files (once they are gunzipped). */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** `bytes` without Pagefind's signature at their start, if they have it. */
export function withoutSignature<T extends Uint8Array>(bytes: T): T {
  for (let i = 0; i < PAGEFIND_SIGNATURE.length; i += 1) {
    if (bytes[i] !== PAGEFIND_SIGNATURE.charCodeAt(i)) return bytes;
  }
  return bytes.subarray(PAGEFIND_SIGNATURE.length) as T;
}
