import { CST, LineCounter, parseDocument, Parser } from 'yaml';

/** The first mistake in a YAML text: its 1-based line and what is wrong. */
export interface YamlError {
  line: number;
  message: string;
}

/** True when a quoted scalar's source ends with its closing quote. */
function isClosed(source: string): boolean {
  const quote = source[0];
  if (source.length < 2 || !source.endsWith(quote!)) return false;
  if (quote === "'") return true; // '' is the only escape, and it ends with a quote anyway
  // A closing " is not escaped: an even number of backslashes before it.
  const backslashes = /\\*$/.exec(source.slice(0, -1))![0].length;
  return backslashes % 2 === 0;
}

/**
 * Where the first quoted value that is never closed opens. The YAML parsers
 * report an unclosed quote where the text ends (they read on, looking for the
 * closing quote), which is not where the editor has to look.
 */
function unclosedQuoteOffset(text: string): number | undefined {
  let found: number | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (
          node &&
          (node.type === 'double-quoted-scalar' || node.type === 'single-quoted-scalar') &&
          !isClosed(node.source)
        ) {
          found = node.offset;
          return CST.visit.BREAK;
        }
      }
      return undefined;
    });
    if (found !== undefined) break;
  }
  return found;
}

/** Where a quoted value of `text` that is never closed opens, as a line of the file, if one does. */
export function unclosedQuoteLine(text: string, firstLine = 1): number | undefined {
  const offset = unclosedQuoteOffset(text);
  if (offset === undefined) return undefined;
  const lineCounter = new LineCounter();
  parseDocument(text, { lineCounter });
  return lineCounter.linePos(offset).line + firstLine - 1;
}

/** The message for an unclosed quote. */
export const UNCLOSED_QUOTE =
  'expected valid YAML: the quote that opens this value is never closed; add the closing quote';

/**
 * The first error in `text`, parsed with the `yaml` package (which keeps
 * positions), or undefined when it is valid YAML. Only the first is given: the
 * errors after it are mostly its consequences. `firstLine` is the line of the
 * file that `text` starts at (2 for front matter after its `---`).
 */
export function firstYamlError(text: string, firstLine = 1): YamlError | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const error = doc.errors[0];
  if (!error) return undefined;
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const quoteAt = error.code === 'MISSING_CHAR' ? unclosedQuoteOffset(text) : undefined;
  if (quoteAt !== undefined) {
    return {
      line: toFileLine(quoteAt),
      message: UNCLOSED_QUOTE,
    };
  }
  return { line: toFileLine(error.pos[0]), message: `expected valid YAML: ${message}` };
}
