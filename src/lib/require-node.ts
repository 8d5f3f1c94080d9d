import { readFileSync } from 'node:fs';

/** The project's package.json, whose `engines.node` is the one statement of the Node.js it needs. */
const PACKAGE_JSON = new URL('../../package.json', import.meta.url);

/**
 * The minimum Node.js version, from `engines.node` in package.json (`>=22.18.0`).
 * Kept free of extensionless imports and non-erasable syntax: scripts/build.mjs
 * runs it with Node's own type stripping.
 */
export function minimumNode(packageJson: string = readFileSync(PACKAGE_JSON, 'utf8')): string {
  const engines = (JSON.parse(packageJson) as { engines?: { node?: unknown } }).engines;
  const found = /^>=\s*(\d+\.\d+\.\d+)$/.exec(String(engines?.node ?? '').trim());
  if (!found) {
    throw new Error(
      `package.json  engines.node: expected ">=<major>.<minor>.<patch>", got ${JSON.stringify(engines?.node)}.`,
    );
  }
  return found[1]!;
}

/**
 * Stops with a clear message on a Node.js older than `minimum`. The project ships
 * its own Node through the `node` npm package, so this only fires when a tool is
 * started outside the npm scripts (e.g. `./node_modules/.bin/astro` by hand).
 */
export function requireNode(minimum = minimumNode(), current = process.versions.node): void {
  const parse = (v: string) => v.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [have, need] = [parse(current), parse(minimum)];
  for (let i = 0; i < 3; i++) {
    if (have[i]! > need[i]!) return;
    if (have[i]! < need[i]!) {
      throw new Error(
        `This site needs Node.js >= ${minimum}, but it is running on ${current}. ` +
          'Run it through the npm scripts (npm start, npm test, npm run build), ' +
          'which use the Node.js the project installs.',
      );
    }
  }
}
