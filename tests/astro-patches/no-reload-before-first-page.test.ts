import type { HotPayload, ViteDevServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { noReloadBeforeFirstPagePlugin } from '../../src/astro-patches/no-reload-before-first-page';

/** The parts of a Vite dev server the plugin uses, recording what reaches the browsers. */
function fakeServer() {
  const sent: HotPayload[] = [];
  const middlewares: ((request: unknown, response: unknown, next: () => void) => void)[] = [];
  const server = {
    middlewares: { use: (handler: (typeof middlewares)[number]) => middlewares.push(handler) },
    environments: { client: { hot: { send: (payload: HotPayload) => sent.push(payload) } } },
  };
  const plugin = noReloadBeforeFirstPagePlugin();
  (plugin.configureServer as (server: ViteDevServer) => void)(server as unknown as ViteDevServer);
  return {
    sent,
    send: (payload: HotPayload) => server.environments.client.hot.send(payload),
    request: () => middlewares.forEach((handler) => handler({}, {}, () => undefined)),
  };
}

describe('noReloadBeforeFirstPagePlugin', () => {
  it('drops a full reload sent before the dev server answered any request', () => {
    const server = fakeServer();
    server.send({ type: 'full-reload' });
    expect(server.sent).toEqual([]);
  });

  it('passes every reload sent after the first request', () => {
    const server = fakeServer();
    server.request();
    server.send({ type: 'full-reload', path: '*' });
    expect(server.sent).toEqual([{ type: 'full-reload', path: '*' }]);
  });

  it('passes other messages at any time', () => {
    const server = fakeServer();
    const update: HotPayload = { type: 'update', updates: [] };
    server.send(update);
    server.send({ type: 'custom', event: 'astro:content-changed', data: {} });
    expect(server.sent).toEqual([
      update,
      { type: 'custom', event: 'astro:content-changed', data: {} },
    ]);
  });
});
