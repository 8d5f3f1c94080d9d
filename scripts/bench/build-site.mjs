// Builds the benchmark corpus as a separate copy of the site in
// .bench/<N>/ (the site's config, src/, public/, build scripts and the
// generated content/), so the real content/ and dist/ are never touched.
// Modules resolve from the project's node_modules by walking up. The build is
// the project's own scripts/build.mjs, run as a child process with the
// project's Node (process.execPath) inside the copy, so whatever the build
// does (staging folder, search indexing) is what gets measured, with the
// wall time and the peak memory of its whole process tree.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as delay } from 'node:timers/promises';
import { watchMemory } from './measure-memory.mjs';

/** Children still running, killed (whole process group) if the benchmark is interrupted. */
export const runningChildren = new Set();

/** Top-level files and folders a build needs; anything else (tests, dist, content) stays behind. */
const SITE_FILES =
  /^(astro\.config\.\w+|tsconfig\.json|package\.json|pagefind\.(yml|yaml|json|toml)|src|public|scripts|content|data)$/;
/** Not copied: this benchmark, and the content the generator writes (articles, and stories, which list articles). */
const NOT_COPIED = [
  join('scripts', 'bench'),
  join('content', 'articles'),
  join('content', 'stories'),
];

/**
 * Makes `.bench/<N>/` a fresh copy of the site: config, src/, public/, data/, the
 * build scripts and the content that does not depend on the articles
 * (content/entities); articles and stories are generated.
 */
export function prepareSiteCopy(projectRoot, siteRoot) {
  rmSync(siteRoot, { recursive: true, force: true });
  mkdirSync(siteRoot, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (!SITE_FILES.test(name)) continue;
    cpSync(join(projectRoot, name), join(siteRoot, name), {
      recursive: true,
      filter: (src) => !NOT_COPIED.some((path) => relative(projectRoot, src).startsWith(path)),
    });
  }
  if (!existsSync(join(siteRoot, 'scripts', 'build.mjs'))) {
    throw new Error('scripts/build.mjs is missing; the benchmark runs the project build.');
  }
}

/**
 * Removes every build output and cache of the copy, so the next build is cold:
 * dist/, the staging folder, .astro/ and the copy's own node_modules/ (Astro's
 * content cache node_modules/.astro and Vite's node_modules/.vite live there
 * because the copy has its own package.json; the project's node_modules/.astro
 * belongs to the real site and is left alone).
 */
export function clearBuildCaches(siteRoot) {
  for (const name of ['dist', '.build-staging', '.build-previous', '.astro', 'node_modules']) {
    rmSync(join(siteRoot, name), { recursive: true, force: true });
  }
}

/**
 * Runs the site's build in `siteRoot` and measures it. Output goes to
 * `logFile`. Resolves with { seconds, peakBytes, ok, exitCode, logFile };
 * a build that fails or exceeds `timeoutMs` is killed and reported, not thrown.
 */
export async function runBuild(siteRoot, logFile, timeoutMs = 60 * 60 * 1000) {
  const log = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, [join('scripts', 'build.mjs')], {
    cwd: siteRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', log, log],
    detached: true, // its own process group, so an interrupt can stop all of it
  });
  runningChildren.add(child);
  const memory = watchMemory(child.pid);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killTree(child);
  }, timeoutMs);
  const exitCode = await new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal));
    child.on('error', () => resolve('spawn error'));
  });
  const seconds = (performance.now() - started) / 1000;
  clearTimeout(timer);
  const { peakBytes, peakByName, maxProcesses, meanLoad, steal } = memory.stop();
  runningChildren.delete(child);
  closeSync(log);
  // Anything the build left running (it should not) is stopped too.
  killTree(child);
  await delay(50);
  return {
    ok: exitCode === 0 && !timedOut,
    exitCode,
    timedOut,
    seconds,
    peakBytes,
    peakByName,
    maxProcesses,
    meanLoad,
    steal,
    logFile,
  };
}

/** Stops a detached child and everything in its process group. */
export function killTree(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Size of a folder as `du` counts it (allocated blocks), its apparent size, and its file count. */
export function folderSize(dir) {
  let disk = 0;
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return undefined;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const stat = lstatSync(join(entry.parentPath, entry.name));
    disk += stat.blocks * 512;
    bytes += stat.size;
    files++;
  }
  return { disk, bytes, files };
}

/**
 * The search index of a built site: the Pagefind bundle folder (where
 * pagefind-entry.json is), or the folder that holds all of them when there are
 * several (one per language); undefined when there is none.
 */
export function findSearchIndex(distDir) {
  if (!existsSync(distDir)) return undefined;
  const bundles = readdirSync(distDir, { recursive: true })
    .filter((p) => basename(String(p)) === 'pagefind-entry.json')
    .map((p) => join(distDir, String(p), '..'));
  if (bundles.length <= 1) return bundles[0];
  const parts = bundles.map((dir) => dir.split(sep));
  const differs = parts[0].findIndex((part, i) => parts.some((p) => p[i] !== part));
  return parts[0].slice(0, differs === -1 ? undefined : differs).join(sep);
}

/** The last lines of a build log, to show why a build failed. */
export function logTail(logFile, lines = 30) {
  return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Durations of the build's phases, read from the lines Astro and the site's
 * search-index integration print (seconds; missing phases are left out):
 * content sync and type generation, the Vite bundle, page rendering, Pagefind
 * indexing, and Astro's own total.
 */
export function buildPhases(logFile) {
  if (!existsSync(logFile)) return {};
  const text = readFileSync(logFile, 'utf8');
  // Astro prints "770ms", "46.94s" or "4m 36s"; DURATION captures any of them.
  const DURATION = String.raw`([\d.]+ ?ms|\d+m \d+(?:\.\d+)?s|[\d.]+s|\d+m(?!s))`;
  const toSeconds = (d) => {
    const m = /^(?:(\d+)m)? ?(?:([\d.]+) ?(ms|s))?$/.exec(d);
    return m ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) / (m[3] === 'ms' ? 1000 : 1) : undefined;
  };
  const seconds = (pattern) => {
    const match = new RegExp(pattern.replace('DURATION', DURATION)).exec(text);
    return match ? toSeconds(match[1]) : undefined;
  };
  const phases = {
    contentSync: seconds(String.raw`\[types\] Generated DURATION`),
    vite: seconds(String.raw`\[vite\] ✓ built in DURATION`),
    pages: seconds(String.raw`generating static routes[\s\S]*?\n[^[\n]*✓ Completed in DURATION`),
    searchIndex: seconds(String.raw`\[search-index\] Indexed[^\n]*? in DURATION`),
    astroTotal: seconds(String.raw`\[build\] \d+ page\(s\) built in DURATION`),
  };
  return Object.fromEntries(Object.entries(phases).filter(([, v]) => v !== undefined));
}
