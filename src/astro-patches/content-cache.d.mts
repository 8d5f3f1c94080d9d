/** What renders or validates content (see content-cache.mjs). */
export const CONTENT_CODE: readonly string[];
/** Where the fingerprint of the last build is kept. */
export const STAMP_FILE: string;
/** A fingerprint of every file in `paths` under `root`. */
export function contentCodeDigest(root: string, paths?: readonly string[]): string;
/** True when the content code changed since the recorded fingerprint (or there is none). */
export function contentCodeChanged(root: string, digest: string, stampFile?: string): boolean;
/** Records `digest` as the content code the cache was built with. */
export function recordContentCode(root: string, digest: string, stampFile?: string): void;
