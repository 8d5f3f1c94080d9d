import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { dataStoreFromFile } from '../../src/astro-patches/data-store-from-file';

type Transform = (code: string, id: string) => { code: string } | undefined;
interface TestPlugin {
  name: string;
  load: (id: string) => { code: string } | undefined;
  transform: Transform;
  configResolved: (config: { plugins: { name: string }[] }) => void;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The plugin the integration adds for `command` and `output`, with a cache folder holding `store`. */
function pluginFor(command: string, output: string, store?: string): Transform | undefined {
  return vitePluginFor(command, output, store)?.transform;
}

/** The whole Vite plugin the integration adds, or undefined when it adds none. */
function vitePluginFor(command: string, output: string, store?: string): TestPlugin | undefined {
  const cacheDir = mkdtempSync(join(tmpdir(), 'astro-cache-'));
  dirs.push(cacheDir);
  if (store !== undefined) writeFileSync(join(cacheDir, 'data-store.json'), store);
  let plugin: TestPlugin | undefined;
  const setup = dataStoreFromFile().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command,
    config: { output, cacheDir: pathToFileURL(`${cacheDir}/`) },
    updateConfig: (config: { vite: { plugins: TestPlugin[] } }) => {
      plugin = config.vite.plugins[0];
    },
  });
  return plugin;
}

const MODULE = '\0astro:data-layer-content';

describe('dataStoreFromFile', () => {
  it('makes the content store module read the JSON file Astro wrote', async () => {
    const transform = pluginFor('build', 'static', '[["Map"]]')!;
    const result = transform('export default JSON.parse("…170 MB…")', MODULE)!;
    expect(result.code).toContain('readFileSync(');
    const file = join(dirs[0]!, 'module.mjs');
    writeFileSync(file, result.code);
    expect((await import(pathToFileURL(file).href)).default).toEqual([['Map']]);
  });

  it("loads the module itself, ahead of Astro's plugin, so Astro never quotes the JSON", () => {
    const plugin = vitePluginFor('build', 'static', '[["Map"]]')!;
    const astro = { name: 'astro-content-virtual-mod-plugin' };
    const plugins = [{ name: 'vite:pre' }, astro, { name: 'other' }, plugin];
    plugin.configResolved({ plugins });
    expect(plugins.map((p) => p.name)).toEqual([
      'vite:pre',
      'data-store-from-file',
      'astro-content-virtual-mod-plugin',
      'other',
    ]);
    const loaded = plugin.load(MODULE)!;
    expect(loaded.code).toContain('readFileSync(');
    // Already our code: the transform fallback leaves it alone.
    expect(plugin.transform(loaded.code, MODULE)).toBeUndefined();
    expect(plugin.load('astro:content')).toBeUndefined();
  });

  it('still replaces the module when the plugin list cannot be reordered', () => {
    const plugin = vitePluginFor('build', 'static', '[]')!;
    const plugins = Object.freeze([{ name: 'astro-content-virtual-mod-plugin' }, plugin]);
    expect(() => plugin.configResolved({ plugins: plugins as { name: string }[] })).not.toThrow();
    expect(plugin.transform('export default JSON.parse("…")', MODULE)!.code).toContain(
      'readFileSync(',
    );
  });

  it('leaves other modules, other commands, server output and a missing file alone', () => {
    expect(pluginFor('build', 'static', '[]')!('code', 'astro:content')).toBeUndefined();
    expect(pluginFor('build', 'static')!('code', MODULE)).toBeUndefined();
    expect(pluginFor('dev', 'static', '[]')).toBeUndefined();
    expect(pluginFor('build', 'server', '[]')).toBeUndefined();
  });

  it('matches how this Astro version names and fills the module (re-check on upgrade)', () => {
    const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const consts = readFileSync(join(astro, 'dist/content/consts.js'), 'utf8');
    expect(consts).toContain('DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(consts).toContain('RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
    const plugin = readFileSync(
      join(astro, 'dist/content/vite-plugin-content-virtual-mod.js'),
      'utf8',
    );
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    expect(plugin).toContain('name: "astro-content-virtual-mod-plugin"');
  });
});
