// The site's TypeScript imports one way everywhere: relative and without the
// `.ts` extension (`import { x } from './y'`), as Vite and tsx resolve them.
// Plain Node (which strips the types itself) does not try extensions, so the
// code it runs outside Vite (scripts/build.mjs, the Astro build process, the
// render workers) registers this hook first: an extensionless relative import
// is resolved to its `.ts` file when there is one.
import { registerHooks } from 'node:module';

let registered = false;

/** Registers the hook for this thread (once; a worker thread registers its own). */
export function resolveTypeScript() {
  if (registered) return;
  registered = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
        try {
          return nextResolve(`${specifier}.ts`, context);
        } catch {
          // Not a TypeScript file: resolved as written below.
        }
      }
      return nextResolve(specifier, context);
    },
  });
}
