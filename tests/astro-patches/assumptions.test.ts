/**
 * Every assumption the Astro patches (src/astro-patches/) make about Astro's
 * internals, checked by name against the installed Astro's own code. An Astro
 * upgrade that moves one of them fails here, naming the patch, instead of
 * silently making builds slower or their output different. When a test fails:
 * read the patch's header (what Astro did, when the patch can go), then adapt
 * or remove the patch and this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ASTRO_CONTENT_PLUGIN,
  DATA_STORE_FILE,
  DATA_STORE_MODULE,
} from '../../src/astro-patches/data-store-from-file';
import { ASTRO_SAVE_DEBOUNCE_MS } from '../../src/astro-patches/hold-store-save';
import { RENDERER_OPTIONS } from '../../src/astro-patches/glob-with-render-workers';
import { INCREMENTAL_OUTPUT_DIR } from '../../src/astro-patches/link-restored-pages.mjs';
import { STAMP_FILE } from '../../src/astro-patches/content-cache.mjs';
import { RENDERS_DIR } from '../../src/astro-patches/renders-beside-store';

const ROOT = new URL('../../', import.meta.url);
const ASTRO = new URL('node_modules/astro/', ROOT);

/** A file of the installed Astro, `dist/…`. */
const astro = (path: string) => readFileSync(new URL(path, ASTRO), 'utf8');
/** The string value of `const <name> = "…"` in one of Astro's files. */
const constant = (path: string, name: string) =>
  new RegExp(`const ${name} = "([^"]*)"`).exec(astro(path))?.[1];
/** The body of method or function `name` in one of Astro's files (up to the next blank-indented close). */
const body = (path: string, name: string) => {
  const source = astro(path);
  const start = source.search(new RegExp(`(?:async )?${name}\\(`));
  return start === -1 ? '' : source.slice(start, source.indexOf('\n  }\n', start));
};

describe('the Astro these patches were checked against', () => {
  const installed = JSON.parse(astro('package.json')).version as string;
  const wanted = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')).dependencies
    .astro as string;

  it('is pinned to one minor version in package.json, and that one is installed', () => {
    expect(wanted).toMatch(/^~7\.3\.\d+$/);
    expect(installed).toMatch(/^7\.3\./);
  });
});

describe('data-store-from-file.ts', () => {
  it('replaces the virtual module Astro names astro:data-layer-content', () => {
    expect(`\0${constant('dist/content/consts.js', 'DATA_STORE_VIRTUAL_ID')}`).toBe(
      DATA_STORE_MODULE,
    );
    expect(astro('dist/content/consts.js')).toMatch(
      /RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" \+ DATA_STORE_VIRTUAL_ID/,
    );
  });

  it('reads the data-store file Astro writes into config.cacheDir in a build', () => {
    expect(constant('dist/content/consts.js', 'DATA_STORE_FILE')).toBe(DATA_STORE_FILE);
    expect(astro('dist/content/paths.js')).toContain(
      'new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir)',
    );
  });

  it("moves itself ahead of Astro's plugin, found by its name", () => {
    const plugin = astro('dist/content/vite-plugin-content-virtual-mod.js');
    expect(plugin).toContain(`name: "${ASTRO_CONTENT_PLUGIN}"`);
    expect(plugin).toMatch(new RegExp(`name: "${ASTRO_CONTENT_PLUGIN}",\\s+enforce: "pre"`));
  });

  it("marks the module as content data the way Astro's incremental build does", () => {
    const meta = astro('dist/core/build/incremental-metadata.js');
    expect(meta).toContain('const ASTRO_INCREMENTAL_META_KEY = "astroIncremental"');
    expect(meta).toContain('kind: "content-data"');
  });
});

describe('hold-store-save.ts', () => {
  it("touches the store more often than Astro's save debounce", () => {
    const store = astro('dist/content/mutable-data-store.js');
    expect(store).toContain(`const SAVE_DEBOUNCE_MS = ${ASTRO_SAVE_DEBOUNCE_MS};`);
  });
});

describe('glob-with-render-workers.ts', () => {
  it("finds the .md render function in the loader context's entryTypes, as glob() does", () => {
    const glob = astro('dist/content/loaders/glob.js');
    expect(glob).toMatch(/load: async \(\{[^}]*\bentryTypes\b[^}]*\}\)/);
    expect(glob).toContain('entryTypes.get(`.${ext}`)');
    expect(glob).toContain('render = await entryType.getRenderFunction(config)');
    expect(astro('dist/content/content-layer.js')).toContain('entryTypes: getEntryConfigByExtMap(');
  });

  it('gives the workers the renderer options Astro gives createRenderer, and renders as Astro does', () => {
    const entryType = astro('dist/vite-plugin-markdown/content-entry-type.js');
    const call = /createRenderer\(\{([^}]*)\}\)/.exec(entryType)?.[1] ?? '';
    const keys = call
      .split(',')
      .map((entry) => entry.split(':')[0]!.trim())
      .filter(Boolean);
    expect(keys.sort()).toEqual([...RENDERER_OPTIONS].sort());
    expect(entryType).toContain('processor.render(entry.body ?? "", {');
    expect(entryType).toContain(
      'imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths)',
    );
  });
});

describe('renders-beside-store.ts', () => {
  it('is needed: Astro writes its whole data store as one string', () => {
    expect(body('dist/content/data-store-writer.js', 'serializeDataStore')).toContain(
      'return devalue.stringify(',
    );
  });

  it('has render() show the HTML of the entry it is given, which withRender has put back', () => {
    const render = body('dist/content/runtime.js', 'renderEntry');
    expect(render).toContain(': entry?.rendered?.html;');
    expect(render).toContain('remarkPluginFrontmatter: entry?.rendered?.metadata?.frontmatter');
  });

  it("keeps its files in Astro's cache folder, which --force and a new Astro clear", () => {
    expect(RENDERS_DIR).not.toMatch(/[/\\]/);
    expect(astro('dist/core/config/schemas/defaults.js')).toMatch(/cacheDir: "/);
  });
});

describe('link-restored-pages.mjs', () => {
  const restore = body('dist/core/build/incremental.js', 'restoreOutputFile');
  const write = body('dist/core/build/incremental.js', 'writeOutputFile');

  it('links what Astro restores with fs.promises.copyFile from its cache', () => {
    expect(restore).toContain('await fs.promises.copyFile(cachedOutputFile, destination)');
    expect(write).toContain('await fs.promises.writeFile(cachedOutputFile, body)');
  });

  it('finds the cache in the folder Astro keeps inside config.cacheDir', () => {
    expect(constant('dist/core/build/incremental.js', 'INCREMENTAL_OUTPUT_DIR')).toBe(
      INCREMENTAL_OUTPUT_DIR,
    );
    expect(astro('dist/core/build/incremental.js')).toContain(
      'new URL(outputFile, new URL(INCREMENTAL_OUTPUT_DIR, settings.config.cacheDir))',
    );
    // The build takes the folder from the resolved config, not a path of its own.
    const build = readFileSync(new URL('scripts/lib/astro-build.mjs', ROOT), 'utf8');
    expect(build).not.toContain('node_modules/.astro');
    expect(build).toContain('config.cacheDir');
  });
});

describe('article-pages-written.mjs', () => {
  it('watches the fs.promises calls Astro writes and restores pages with', () => {
    const generate = astro('dist/core/build/generate.js');
    expect(generate).toContain('await nodeFs.promises.writeFile(result.outFile, result.body)');
    expect(generate).toMatch(/import nodeFs from "node:fs"/);
    const incremental = astro('dist/core/build/incremental.js');
    expect(incremental).toMatch(/import fs from "node:fs"/);
    expect(body('dist/core/build/incremental.js', 'restoreOutputFile')).toContain(
      'fs.promises.copyFile(',
    );
  });
});

describe('content-cache.mjs', () => {
  it("keeps its fingerprint in Astro's cache folder, which --force clears", () => {
    const defaults = astro('dist/core/config/schemas/defaults.js');
    const cacheDir = /cacheDir: "([^"]*)"/.exec(defaults)?.[1];
    expect(cacheDir).toBe('./node_modules/.astro');
    expect(STAMP_FILE.startsWith('node_modules/.astro/')).toBe(true);
    // The site keeps Astro's default cache folder.
    expect(readFileSync(new URL('astro.config.mjs', ROOT), 'utf8')).not.toMatch(/cacheDir/);
  });
});

describe('no-reload-before-first-page.ts', () => {
  /** Vite's code: the files of its dist/node/chunks folder, joined. */
  const vite = () => {
    const chunks = new URL('node_modules/vite/dist/node/chunks/', ROOT);
    return readdirSync(chunks)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(new URL(name, chunks), 'utf8'))
      .join('\n');
  };

  it('answers a content sync that rewrites content-assets.mjs unchanged, as Astro does', () => {
    const write = body('dist/content/mutable-data-store.js', 'writeAssetImports');
    expect(write).toMatch(
      /if \(this\.#assetImports\.size === 0\) \{\s+try \{\s+await this\.#writeFileAtomic\(filePath/,
    );
    expect(astro('dist/content/content-layer.js')).toContain(
      'await this.#store.writeAssetImports(assetImportsFile)',
    );
  });

  it("drops the full reload Astro's hmr-reload plugin sends for a server-only module", () => {
    expect(astro('dist/vite-plugin-hmr-reload/index.js')).toContain(
      'server.ws.send({ type: "full-reload" })',
    );
  });

  it('wraps the client channel send, which Astro wraps too, and Vite keeps a reload for the first browser', () => {
    expect(astro('dist/core/module-loader/vite.js')).toContain(
      'viteServer.environments.client.hot.send = function(...args)',
    );
    expect(vite()).toMatch(
      /if \(\(payload\.type === "error" \|\| payload\.type === "full-reload"\) && !wss\.clients\.size\) \{\s+bufferedMessage = payload;/,
    );
  });
});
