// Astro patch: the content cache is cleared when the code that renders
// content changes.
//
// What Astro does: it keeps every rendered article in its content cache (the
// data store in `config.cacheDir`) and renders an article again only when the
// article's file or the Astro config changes. It cannot see the code behind
// the Markdown plugins (search keys, mentions, passages, sanitising) or the
// schemas that the content config imports: after a change there, a build would
// publish articles rendered by the old code (and search keys that no longer
// match the queries the new code makes).
//
// What the patch changes: scripts/build.mjs fingerprints that code and builds
// with `--force` (Astro clears its content cache) when it changed.
//
// Worth: correctness, not speed; it keeps incremental rebuilds (a rebuild
// renders only the edited article) safe to use.
//
// When it can go: when Astro tracks the modules the Markdown pipeline and the
// schemas import (then the incremental build test still passes without it).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** What renders or validates content: the Markdown pipeline and the loader that runs it, its libraries, schemas, config and packages. */
export const CONTENT_CODE = [
  'src/plugins',
  'src/astro-patches',
  'src/lib',
  'src/schemas',
  'src/i18n',
  'src/content.config.ts',
  'astro.config.mjs',
  'package-lock.json',
];

/** Where the fingerprint of the last build is kept: Astro's own cache folder, cleared with it. */
export const STAMP_FILE = 'node_modules/.astro/content-code.sha256';

function filesUnder(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** A fingerprint of every file in `paths` under `root`: names and contents, in a stable order. */
export function contentCodeDigest(root, paths = CONTENT_CODE) {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((path) => filesUnder(root, path)).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when the content code changed since the fingerprint in `stampFile` was written (or there is none). */
export function contentCodeChanged(root, digest, stampFile = STAMP_FILE) {
  const stamp = join(root, stampFile);
  return !existsSync(stamp) || readFileSync(stamp, 'utf8') !== digest;
}

/** Records `digest` as the content code the cache was built with. */
export function recordContentCode(root, digest, stampFile = STAMP_FILE) {
  const stamp = join(root, stampFile);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, digest);
}
