/** Lets plain Node resolve extensionless relative imports to `.ts` files (see resolve-typescript.mjs). */
export function resolveTypeScript(): void;
