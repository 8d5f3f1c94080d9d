/** A `:::lang{code=..}` passage whose language the front matter does not declare. */
export interface UndeclaredPassage {
  /** 1-based line of the `:::lang` fence in the file. */
  line: number;
  code: string;
}

const FENCE = /^:::lang\{code=["']?([^"'}\s]*)["']?\}\s*$/;

/**
 * Finds passages marked in a language that `otherLanguages` does not list. The
 * Markdown plugin stops the build on these too, but only while rendering; this
 * lets `npm run validate` and the content guard report them with every other
 * problem, before anything is built.
 */
export function undeclaredPassages(
  source: string,
  declared: readonly string[],
): UndeclaredPassage[] {
  const found: UndeclaredPassage[] = [];
  source.split(/\r?\n/).forEach((text, index) => {
    const code = FENCE.exec(text.trim())?.[1];
    if (code !== undefined && !declared.includes(code)) found.push({ line: index + 1, code });
  });
  return found;
}
