/**
 * Set to `1` (by `npm run build -- --strict`, in Astro's process) to stop a
 * build on content warnings too. Its own file, free of imports, so that the
 * plain-Node build script can read it.
 */
export const STRICT_ENV = 'CONTENT_STRICT';
