// `node scripts/bench/profile-search.mjs <dist> <query> [--ui en] [--later | --link]`:
// where a search's time goes. Serves the built site, opens its search page in
// the bare Chromium of the timing pass (bare-chromium.mjs), lets the page warm
// its search worker, then runs the CPU profiler in the worker for one search
// of <query> (the first search of a fresh page, or with --later a second one
// after a search of the same query, or with --link the search of a `?q=` link
// opened cold, from the worker's first line) and prints the functions that took the
// most time, grouped by script. The profile is written to
// .test-output/search-profile.cpuprofile (open it in Chromium's DevTools).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { launchBareChromium } from './bare-chromium.mjs';
import { recordDoneStates, SETTLE_MS, typeQuery } from './measure-search.mjs';
import { serveStatic } from '../lib/serve-static.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ui: { type: 'string', default: 'en' },
    later: { type: 'boolean', default: false },
    link: { type: 'boolean', default: false },
  },
});
const [dist, query] = positionals;
if (!dist || !query) {
  console.error(
    'Usage: node scripts/bench/profile-search.mjs <dist> <query> [--ui en] [--later | --link]',
  );
  process.exit(1);
}
if (!existsSync(join(dist, args.ui, 'search', 'index.html'))) {
  console.error(
    `${dist}: no built search page (${args.ui}/search/index.html); build the site first.`,
  );
  process.exit(1);
}

/** Self time per function and per script of a V8 CPU profile, in ms. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const functions = new Map();
  const scripts = new Map();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const script = url ? url.replace(/^.*\/\/[^/]+/, '') : `(${functionName || 'program'})`;
    const name = `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    scripts.set(script, (scripts.get(script) ?? 0) + ms);
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { functions: top(functions, 25), scripts: top(scripts, 12) };
}

/** One search typed into the warmed page (after the same search, with --later). */
async function profileTyped(page, profiler) {
  await page.goto(`${server.url}/${args.ui}/search/`);
  await sleep(SETTLE_MS);
  const search = `(${typeQuery})(${JSON.stringify(query)})`;
  if (args.later) await page.evaluate(search);
  await profiler.start();
  const result = await page.evaluate(search);
  return { result, profiles: await profiler.stop() };
}

/** The search of a `?q=` link opened cold, the profiler running from the worker's start. */
async function profileLink(page, profiler) {
  await page.goto(`${server.url}/${args.ui}/search/?q=${encodeURIComponent(query)}`);
  const result = await page.evaluate(`new Promise((resolve) => {
    const done = () => {
      const results = document.querySelector('#search-results');
      if (window.__benchDone.length === 0) return void requestAnimationFrame(done);
      resolve({
        ms: window.__benchDone[0],
        count: results.querySelectorAll('li').length,
        steps: JSON.parse(results.dataset.steps ?? '{}'),
      });
    };
    done();
  })`);
  return { result, profiles: await profiler.stop() };
}

const server = await serveStatic(resolve(dist));
const browser = await launchBareChromium();
try {
  const page = await browser.newPage(`(${recordDoneStates})()`);
  const profiler = await page.attachWorkers({ fromStart: args.link });
  const { result, profiles } = args.link
    ? await profileLink(page, profiler)
    : await profileTyped(page, profiler);
  const kind = args.link ? '`?q=` link' : args.later ? 'later search' : 'first search';
  console.log(
    `"${query}" (${kind}): ${Math.round(result.ms)} ms ${args.link ? 'from navigation' : 'in the page'}, ${result.count} results; steps in the worker: ${JSON.stringify(result.steps)}`,
  );
  for (const profile of profiles) {
    const total = (profile.endTime - profile.startTime) / 1000;
    const { functions, scripts } = selfTimes(profile);
    console.log(`\nWorker profile: ${total.toFixed(0)} ms recorded. Self time by script:`);
    for (const [script, ms] of scripts) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${script}`);
    console.log('Self time by function:');
    for (const [name, ms] of functions) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  }
  mkdirSync('.test-output', { recursive: true });
  writeFileSync('.test-output/search-profile.cpuprofile', JSON.stringify(profiles[0] ?? {}));
} finally {
  await browser.close();
  await server.close();
}
