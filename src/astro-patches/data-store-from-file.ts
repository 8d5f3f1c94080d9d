import type { AstroIntegration } from 'astro';
import type { Plugin as VitePlugin } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's virtual module holding every content entry (`astro:data-layer-content`), resolved. */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The file Astro writes that module from, in its cache folder (`config.cacheDir`). */
export const DATA_STORE_FILE = 'data-store.json';

/** The name of Astro's plugin that loads that module (tests/astro-patches/assumptions.test.ts). */
export const ASTRO_CONTENT_PLUGIN = 'astro-content-virtual-mod-plugin';

/**
 * Astro patch: the page bundle reads the content store from Astro's file.
 *
 * What Astro does: in a static build its plugin `astro-content-virtual-mod-plugin`
 * loads the virtual module `astro:data-layer-content` by reading
 * `<cacheDir>/data-store.json`, parsing it to check it, and putting the whole
 * store into the page bundle as one string literal
 * (`export default JSON.parse("…")`).
 *
 * What the patch changes: the bundle of a static build runs on the build
 * machine right after it is made, so it reads the same JSON from the file Astro
 * has just written. The plugin loads the module itself, ahead of Astro's: Vite
 * gives plugins of the same `enforce` no order of their own choosing, so it
 * moves itself in front of Astro's once the config is resolved; should Astro's
 * plugin not be found, it still replaces the module's code when it is
 * transformed. The module's meta marks it as content data, as Astro's own
 * module does, so it stays out of page dependency hashes. Only for
 * `astro build` with static output, and only when the file is there;
 * otherwise Astro's own module is used unchanged.
 *
 * Worth: at 10,000 articles the literal was about 170 MB; the Vite step took
 * 7.5 s instead of 14 s, and the first page was rendered after about 26 s
 * less compiling (profiled).
 *
 * When it can go: when Astro stops inlining the store into the bundle.
 */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'data-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.output !== 'static') return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        const code = [
          "import { readFileSync } from 'node:fs';",
          // Decoded from the bytes: faster than a 'utf8' read of a large store in Node 24.
          `export default JSON.parse(readFileSync(${JSON.stringify(file)}).toString('utf8'));`,
        ].join('\n');
        const module = (id: string) =>
          id === DATA_STORE_MODULE && existsSync(file)
            ? { code, map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } }
            : undefined;
        const plugin: VitePlugin = {
          name: 'data-store-from-file',
          enforce: 'pre',
          configResolved({ plugins }) {
            const list = plugins as VitePlugin[];
            const astro = list.findIndex((p) => p.name === ASTRO_CONTENT_PLUGIN);
            const self = list.indexOf(plugin);
            if (astro === -1 || self === -1 || self < astro) return;
            try {
              list.splice(self, 1);
              list.splice(astro, 0, plugin);
            } catch {
              // A Vite that freezes the list: the transform below still does the job.
            }
          },
          load: module,
          // In case Astro's plugin loaded the module after all.
          transform: (source, id) => (source === code ? undefined : module(id)),
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
