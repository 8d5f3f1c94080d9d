// Writes a gzip-compressed copy (`<file>.gz`) beside every text file of the
// built site (dist/ or the folder given), for servers that send precompressed
// files as they are (nginx `gzip_static`, see deploy/nginx.conf): compressed
// once at the highest level instead of on every request. Pagefind's index
// files are compressed already and are left alone.
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/** Text files worth compressing (Pagefind's .pf_* files and its .pagefind WebAssembly are compressed already). */
export const COMPRESSED_TYPES = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.svg',
  '.txt',
  '.webmanifest',
]);

/** Writes `<file>.gz` for every text file under `root`; returns how many, and their bytes before and after. */
export function compressSite(root) {
  const totals = { files: 0, bytes: 0, compressed: 0 };
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSED_TYPES.has(extname(entry.name))) continue;
    const file = join(entry.parentPath, entry.name);
    const body = readFileSync(file);
    const gzipped = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
    writeFileSync(`${file}.gz`, gzipped);
    // The copy is sent with its own Last-Modified: the file's.
    const { atime, mtime } = statSync(file);
    utimesSync(`${file}.gz`, atime, mtime);
    totals.files += 1;
    totals.bytes += body.length;
    totals.compressed += gzipped.length;
  }
  return totals;
}

if (import.meta.main) {
  const root = process.argv[2] ?? 'dist';
  const { files, bytes, compressed } = compressSite(root);
  console.log(
    `Compressed ${files} files in ${root}/: ${(bytes / 1e6).toFixed(1)} MB to ${(compressed / 1e6).toFixed(1)} MB (.gz beside each).`,
  );
}
