// Runs inside the Astro build process (scripts/lib/astro-build.mjs): pages
// that Astro's incremental build restores from its cache are hard-linked
// instead of copied.
//
// A rebuild at 10,000 articles restores about 24,800 unchanged pages, and
// restoring them (a copy each, with its folder) was 9–14 s of a 41–48 s
// rebuild (profiled). Astro restores a page with `fs.promises.copyFile` from
// its cache folder (astro/dist/core/build/incremental.js, `restoreOutputFile`);
// a hard link makes the same file without copying it.
//
// A linked page is one file in two folders, so neither may be changed in
// place: Astro writes a re-rendered page's cache copy with
// `fs.promises.writeFile`, which would also change the page published from an
// earlier build before this build is done. So a write into the cache makes a
// new file, removing the old one first where there is one. The staging folder
// is new for every build (scripts/build.mjs), so Astro never writes over a
// linked page there.
// Where a link cannot be made (another file system), the page is copied.
/* global Buffer */
import fs from 'node:fs';
import { relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A path argument of `fs.promises` as a plain path, or undefined for a file handle. */
function pathOf(file) {
  if (file instanceof URL) return fileURLToPath(file);
  return typeof file === 'string' || Buffer.isBuffer(file) ? String(file) : undefined;
}

/** Whether `path` lies inside `folder`. */
function inside(path, folder) {
  const rel = relative(folder, resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Makes `fs.promises.copyFile` hard-link files out of `cacheFolder` (Astro's
 * incremental build cache, `<cacheDir>/dist/`), and `fs.promises.writeFile`
 * replace files in it rather than write into them. Returns a function that
 * puts the two back.
 */
export function linkRestoredPages(cacheFolder) {
  const root = resolve(cacheFolder);
  const { copyFile, writeFile } = fs.promises;
  fs.promises.copyFile = async function (source, destination, mode) {
    const from = pathOf(source);
    const to = pathOf(destination);
    if (from && to && inside(from, root)) {
      try {
        await fs.promises.link(from, to);
        return;
      } catch (error) {
        // A copy overwrites: the file there is replaced, not written into
        // (it may be a link itself).
        if (error?.code === 'EEXIST') {
          await fs.promises.rm(to, { force: true });
          await fs.promises.link(from, to);
          return;
        }
        if (!['EXDEV', 'EPERM', 'EMLINK'].includes(error?.code)) throw error;
      }
    }
    return copyFile.call(this, source, destination, mode);
  };
  fs.promises.writeFile = async function (file, data, options) {
    const path = pathOf(file);
    if (!path || !inside(path, root)) return writeFile.call(this, file, data, options);
    // Made new where there is no file yet (every page of a cold build): an
    // `rm` first cost a file-system check per page, 2.3 s of a 10,000-article
    // cold build (profiled).
    if (typeof options !== 'object' || !options?.flag) {
      const exclusive =
        typeof options === 'string'
          ? { encoding: options, flag: 'wx' }
          : { ...options, flag: 'wx' };
      try {
        return await writeFile.call(this, file, data, exclusive);
      } catch (error) {
        if (error?.code !== 'EEXIST') throw error;
      }
    }
    await fs.promises.rm(path, { force: true });
    return writeFile.call(this, file, data, options);
  };
  return () => Object.assign(fs.promises, { copyFile, writeFile });
}
