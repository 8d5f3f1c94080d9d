/** One line naming the path for a file-system error a user can fix (EACCES, EROFS, ENOSPC...), else undefined. */
export declare function describeFsFailure(error: unknown): string | undefined;
