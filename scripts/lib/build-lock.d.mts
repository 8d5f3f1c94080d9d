/** The lock file, in the folder being built. */
export declare const LOCK_FILE: string;
/** Takes the build lock (released at exit), or says which process holds it. */
export declare function takeBuildLock(path?: string): { heldBy: number | undefined };
