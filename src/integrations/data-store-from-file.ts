import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's virtual module holding every content entry (`astro:data-layer-content`), resolved. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The file Astro writes that module from, in its cache folder (`config.cacheDir`). */
const DATA_STORE_FILE = 'data-store.json';

/**
 * In a static build Astro puts the whole content store into the page bundle as
 * one string literal (`export default JSON.parse("…")`). At 10,000 articles
 * that literal is about 170 MB: Rolldown spent 15 s bundling it and V8 25 to
 * 50 s compiling the bundle before the first page was rendered (profiled).
 * The bundle of a static build runs on the build machine, right after it is
 * made, so it can read the same JSON from the file Astro has just written:
 * that is what this plugin has it do. The module's meta marks it as content
 * data, as Astro's own module does, so it stays out of page dependency hashes.
 *
 * Only for `astro build` with static output, and only when the file is there;
 * otherwise Astro's own module is used unchanged.
 */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'data-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.output !== 'static') return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'data-store-from-file',
                enforce: 'pre',
                // Astro's own plugin loads the module (it comes first); replacing its
                // code before bundling is what spares Rolldown and V8 the literal.
                transform(_code, id) {
                  if (id !== DATA_STORE_MODULE || !existsSync(file)) return undefined;
                  return {
                    code: [
                      "import { readFileSync } from 'node:fs';",
                      `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
                    ].join('\n'),
                    map: { mappings: '' },
                    meta: { astroIncremental: { kind: 'content-data' } },
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
