// Chromium driven over the DevTools protocol with nothing but page control and
// script evaluation, for timing search as a reader's browser runs it.
//
// Why not Playwright here: Playwright turns on the DevTools network domain for
// every page and attaches to every worker, so each request also reports its
// events to the test process. On this machine ten parallel fetches of Pagefind
// fragments took 48-72 ms in a Playwright page and 18-25 ms in a bare one, and
// a search makes ten or more such requests. Playwright still measures the bytes
// (measure-search.mjs); this browser only measures time.
/* global WebSocket */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.mjs';

/** Waits for Chromium to write the port it listens on (it picks one with port 0). */
async function devToolsAddress(profile, child) {
  for (let tries = 0; tries < 150; tries += 1) {
    if (child.exitCode !== null) throw new Error(`Chromium exited with ${child.exitCode}`);
    try {
      const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
      if (port && path) return `ws://127.0.0.1:${port}${path}`;
    } catch {
      // not written yet
    }
    await sleep(100);
  }
  throw new Error('Chromium did not open its DevTools port within 15 s');
}

/**
 * Starts Debian's Chromium (headless, the project's usual flags) and returns
 * `newPage()`, which opens a page in a fresh browser context (its own empty
 * cache), and `close()`.
 */
export async function launchBareChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  const socket = new WebSocket(await devToolsAddress(profile, child));
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let lastId = 0;
  const replies = new Map();
  const listeners = new Set();
  socket.addEventListener('message', ({ data }) => {
    const message = JSON.parse(String(data));
    const reply = replies.get(message.id);
    if (reply) {
      replies.delete(message.id);
      if (message.error) reply.reject(new Error(`${reply.method}: ${message.error.message}`));
      else reply.resolve(message.result);
    } else if (message.method) {
      for (const listener of listeners) listener(message);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      lastId += 1;
      replies.set(lastId, { resolve, reject, method });
      socket.send(JSON.stringify({ id: lastId, method, params, sessionId }));
    });
  const nextEvent = (sessionId, method) =>
    new Promise((resolve) => {
      const listener = (message) => {
        if (message.sessionId !== sessionId || message.method !== method) return;
        listeners.delete(listener);
        resolve(message.params);
      };
      listeners.add(listener);
    });

  return {
    /** A page in a new, empty browser context; `initScript` runs before the page's own scripts. */
    async newPage(initScript) {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Page.enable', {}, sessionId);
      if (initScript) {
        await send('Page.addScriptToEvaluateOnNewDocument', { source: initScript }, sessionId);
      }
      return {
        /** Navigates and waits for the load event. */
        async goto(url) {
          const loaded = nextEvent(sessionId, 'Page.loadEventFired');
          await send('Page.navigate', { url }, sessionId);
          await loaded;
        },
        /** Evaluates an expression in the page, awaiting a promise; returns its value. */
        async evaluate(expression) {
          const { result, exceptionDetails } = await send(
            'Runtime.evaluate',
            { expression, awaitPromise: true, returnByValue: true },
            sessionId,
          );
          if (exceptionDetails) {
            throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          }
          return result.value;
        },
        /**
         * Attaches to every worker the page starts from now on (call before
         * `goto`). `start()` and `stop()` run the CPU profiler in all of them
         * at once, `stop()` returning their profiles; `evaluate()` runs an
         * expression in the first (scripts/bench/profile-search.mjs). With
         * `fromStart`, the profiler runs in each worker from its first line.
         */
        async attachWorkers({ fromStart = false } = {}) {
          const workers = [];
          listeners.add(async (message) => {
            if (message.sessionId !== sessionId || message.method !== 'Target.attachedToTarget')
              return;
            const worker = message.params.sessionId;
            workers.push(worker);
            await send('Profiler.enable', {}, worker);
            await send('Profiler.setSamplingInterval', { interval: 100 }, worker);
            if (fromStart) await send('Profiler.start', {}, worker);
            await send('Runtime.runIfWaitingForDebugger', {}, worker);
          });
          const autoAttach = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };
          await send('Target.setAutoAttach', autoAttach, sessionId);
          const all = (method) => Promise.all(workers.map((w) => send(method, {}, w)));
          return {
            /** Evaluates an expression in the page's first worker; returns its value. */
            evaluate: async (expression) =>
              (
                await send(
                  'Runtime.evaluate',
                  { expression, awaitPromise: true, returnByValue: true },
                  workers[0],
                )
              ).result.value,
            start: () => all('Profiler.start'),
            stop: async () => (await all('Profiler.stop')).map((r) => r.profile),
          };
        },
        close: () => send('Target.disposeBrowserContext', { browserContextId }),
      };
    },
    async close() {
      socket.close();
      child.kill();
      await new Promise((resolve) =>
        child.exitCode === null ? child.once('exit', resolve) : resolve(),
      );
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
