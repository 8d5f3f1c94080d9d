import type { AstroIntegration } from 'astro';
import type { HotPayload, Plugin as VitePlugin, ViteDevServer } from 'vite';

/**
 * Astro patch: `npm run dev` does not reload the first page a reader opens.
 *
 * What Astro does: the content sync at dev start rewrites
 * `.astro/content-assets.mjs` (every sync writes it, even when nothing in it
 * changed), the dev server sees the file change, and Astro's
 * `astro:hmr-reload` plugin, taking it for a changed server-only module,
 * sends the browsers a full reload. No browser is connected yet, so Vite keeps
 * that message and gives it to the first browser that connects: the first page
 * a reader opens loads, runs its scripts and reloads at once (on the search
 * page, a search being typed was lost).
 *
 * What the patch changes: a full reload sent before the dev server has
 * answered any request is dropped; no page was served that it could update.
 * Astro still invalidates its server modules as before, and every reload after
 * the first request goes through. It wraps the client channel's `send`, as
 * Astro's own module loader does (astro/dist/core/module-loader/vite.js).
 *
 * When it can go: when Astro's content sync stops rewriting unchanged files or
 * no longer reloads browsers for them. tests/e2e/dev-search.test.ts checks
 * that the first page opened under `npm run dev` loads once;
 * tests/astro-patches/assumptions.test.ts checks what the patch assumes.
 */
export function noReloadBeforeFirstPage(): AstroIntegration {
  return {
    name: 'no-reload-before-first-page',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev')
          updateConfig({ vite: { plugins: [noReloadBeforeFirstPagePlugin()] } });
      },
    },
  };
}

/** The Vite plugin of the patch. */
export function noReloadBeforeFirstPagePlugin(): VitePlugin {
  return {
    name: 'no-reload-before-first-page',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      let answered = false;
      server.middlewares.use((_request, _response, next) => {
        answered = true;
        next();
      });
      const channel = server.environments.client.hot;
      const send = channel.send.bind(channel) as (...args: unknown[]) => void;
      channel.send = ((...args: unknown[]) => {
        const payload = args[0] as HotPayload | string;
        if (!answered && typeof payload === 'object' && payload.type === 'full-reload') return;
        send(...args);
      }) as typeof channel.send;
    },
  };
}
