// Astro patch: pages restored from the incremental build cache are hard-linked.
//
// What Astro does: with `experimental.incrementalBuild`, an unchanged page is
// restored by copying it from its cache folder, `<cacheDir>/dist/`, with
// `fs.promises.copyFile` (astro/dist/core/build/incremental.js,
// `restoreOutputFile`), and a re-rendered page's cache copy is written with
// `fs.promises.writeFile` (`writeOutputFile`).
//
// What the patch changes: inside the Astro build process only
// (scripts/lib/astro-build.mjs), `copyFile` out of that folder makes a hard
// link instead of a copy. A linked page is one file in two folders, so neither
// may be changed in place: a write into the cache makes a new file, removing
// the old one first where there is one (a plain write would also change the
// page published by an earlier build). The staging folder is new for every
// build (scripts/build.mjs), so Astro never writes over a linked page there.
// Where a link cannot be made (another file system), the page is copied.
//
// Worth: a rebuild at 10,000 articles restores about 24,800 pages; copying
// them was about a quarter of the rebuild (profiled, see docs/architecture.md).
//
// When it can go: when Astro links or moves restored pages itself, or restores
// them otherwise (then tests/astro-patches/assumptions.test.ts fails by name).
/* global Buffer */
import fs from 'node:fs';
import { relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's incremental build cache of output files, inside `config.cacheDir`. */
export const INCREMENTAL_OUTPUT_DIR = 'dist/';

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
    // `rm` first would cost a file-system check per page.
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
