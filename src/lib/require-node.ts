/**
 * Stops with a clear message on a Node.js older than `minimum`. The project ships
 * its own Node through the `node` npm package, so this only fires when a tool is
 * started outside the npm scripts (e.g. `./node_modules/.bin/astro` by hand).
 */
export function requireNode(minimum: string, current = process.versions.node): void {
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
