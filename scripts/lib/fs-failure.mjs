// One line for a file-system error (a read-only folder, a full disk), naming
// the path, instead of a stack trace: these are the user's to fix, not bugs.

/** What the error codes a user can fix mean. */
const REASONS = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
};

/** One line for `error` when it is such a file-system error, else undefined. */
export function describeFsFailure(error) {
  const reason = REASONS[error?.code];
  if (!reason) return undefined;
  const path = error.path ?? error.dest;
  return path
    ? `Could not write ${path}: ${reason} (${error.code}).`
    : `A file could not be written: ${reason} (${error.code}).`;
}
