// One build at a time in a folder: two builds share .build-staging/ and would
// publish each other's half-written files (or both say "Published"). The lock
// is a file holding the builder's process id, made with O_EXCL so that only
// one of two builds started together gets it; a lock left by a build that no
// longer runs (killed with SIGKILL, a power cut) is taken over.
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';

/** The lock file, in the folder being built. */
export const LOCK_FILE = '.build.lock';

/** True when a process with this id runs (signal 0 only checks). */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Takes the lock, or returns the id of the process that holds it. The lock is
 * released when this process exits, however it exits (but SIGKILL, after which
 * the next build finds the holder gone and takes the lock over).
 */
export function takeBuildLock(path = LOCK_FILE) {
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) return { heldBy: holder };
      rmSync(path, { force: true }); // stale: its build is gone
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    process.on('exit', () => rmSync(path, { force: true }));
    return { heldBy: undefined };
  }
  return { heldBy: undefined };
}
