export const COMPRESSED_TYPES: Set<string>;
export function compressSite(root: string): { files: number; bytes: number; compressed: number };
