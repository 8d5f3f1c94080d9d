import type { AstroIntegration } from 'astro';
import type { Plugin as VitePlugin } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's virtual module holding every content entry (`astro:data-layer-content`), resolved. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The file Astro writes that module from, in its cache folder (`config.cacheDir`). */
const DATA_STORE_FILE = 'data-store.json';

/** The name of Astro's plugin that loads that module (re-checked by the test suite). */
const ASTRO_CONTENT_PLUGIN = 'astro-content-virtual-mod-plugin';

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
 * The plugin loads the module itself, ahead of Astro's plugin: Astro's load
 * reads the file, parses it once to check it and quotes it into that literal,
 * about 5 s of the Vite step at 10,000 articles (profiled) for a literal that
 * was then thrown away. Vite gives plugins of the same `enforce` no order of
 * their own choosing, so the plugin moves itself in front of Astro's once the
 * config is resolved; should Astro's plugin not be found, it still replaces
 * the module's code when it is transformed.
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
        const code = [
          "import { readFileSync } from 'node:fs';",
          // Decoded from the bytes: Node 24's 'utf8' read of the 108 MB store
          // (10,000 articles) took 600 ms, this 260-300 ms.
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
