/**
 * Finds the line of a front-matter field so that an error can point at it.
 * A light scan of the YAML text rather than a second parse with positions:
 * front matter is flat enough that indentation tells the nesting, and when the
 * field is absent the error points at the line of the nearest parent instead.
 */
export function lineOfField(
  source: string,
  path: readonly (string | number)[],
): number | undefined {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  let found: number | undefined = 1;
  let from = 1;
  let indent = -1;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    let hit: number | undefined;
    for (let i = from; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() === '---') break;
      const lineIndent = line.length - line.trimStart().length;
      if (line.trim() && lineIndent <= indent) break;
      const key = line.trimStart().replace(/^-\s+/, '');
      if (key.startsWith(`${segment}:`)) {
        hit = i;
        indent = lineIndent;
        break;
      }
    }
    if (hit === undefined) return found;
    found = hit + 1;
    from = hit + 1;
  }
  return found;
}

/**
 * The line of the file that its body (`body`: what follows the front matter,
 * as Astro's parser gives it) starts at, so that a line counted in the body
 * can be given as the file's own.
 */
export function bodyLineOf(source: string, body: string): number {
  if (!source.endsWith(body)) return 1;
  return source.slice(0, source.length - body.length).split('\n').length;
}
