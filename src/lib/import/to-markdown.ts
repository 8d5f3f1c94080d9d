/**
 * Writes the blocks of an article as Markdown that renders exactly the text as
 * written: each block becomes a paragraph or a `## ` heading, runs of blocks in
 * another language are wrapped in `:::lang{code=..}`, and a character is escaped
 * only where Markdown would otherwise read it as syntax.
 */

/** Longest line (in characters) still taken for a heading rather than a paragraph. */
export const HEADING_MAX_LENGTH = 150;

/**
 * True for a line that reads like a headline: short, starting with a capital,
 * a digit or an opening quote, and not ending like a sentence or a lead-in
 * (`.`, `!`, `:`, `;`, `,`, `…`). A question mark is allowed because
 * headlines are often questions. Closing quotes and brackets are looked
 * through: `Er sagt: "Nein"` ends on the quote, not on a full stop.
 */
export function isHeadingLike(text: string): boolean {
  const line = text.trim();
  if (!line || line.length > HEADING_MAX_LENGTH || line.includes('\n')) return false;
  if (!/^[\p{Lu}\p{Lt}\p{N}"'„“«‚‘¿¡]/u.test(line)) return false;
  const end = line.replace(/["'”“»«’‘)\]]+$/u, '');
  return end.length > 0 && !/[.!:;,…·-]$/u.test(end);
}

/** A paragraph or heading ready to be written, with the language it is in. */
export interface MarkdownBlock {
  kind: 'paragraph' | 'heading';
  text: string;
  /** Set when the block is in another language than the article. */
  lang?: string;
}

/**
 * Decides which blocks are headings: heading-like ones, except the first
 * (before any section it is a standfirst, the subtitle under the headline) and
 * the last (it would head nothing). `langs` gives each block's other language.
 */
export function structure(
  texts: readonly string[],
  langs: readonly (string | undefined)[] = [],
): MarkdownBlock[] {
  return texts.map((text, i) => ({
    kind: i > 0 && i < texts.length - 1 && isHeadingLike(text) ? 'heading' : 'paragraph',
    text,
    lang: langs[i],
  }));
}

/** Escapes every pairable delimiter of a kind when the text has two or more of it. */
function escapePairs(text: string, pattern: RegExp): string {
  const matches = text.match(pattern) ?? [];
  return matches.length < 2 ? text : text.replace(pattern, (c) => `\\${c}`);
}

/**
 * Escapes what Markdown (CommonMark, GFM, directives) would take as syntax in
 * one line of text, and nothing else, so the file stays as readable as the text:
 * block markers at the line start (`# `, `>`, `- `, `1. `, `---`, `:::`), and
 * inline syntax that could actually form (pairs of `*`, `_`, `` ` ``, `~`; links
 * `[..](..)`; HTML tags; entities; backslash escapes).
 */
export function escapeMarkdown(text: string): string {
  let out = text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\');
  out = out.replace(/&(?=#\d+;|#x[\da-f]+;|[a-z][a-z\d]*;)/gi, '\\&');
  out = out.replace(/<(?=[a-z/!?])/gi, '\\<');
  out = escapePairs(out, /\*/g);
  out = escapePairs(out, /`/g);
  out = escapePairs(out, /~/g);
  // `_` inside a word never emphasises, so only `_` at a word's edge counts.
  out = escapePairs(out, /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu);
  if (/\][([:]/.test(out)) out = out.replace(/[[\]]/g, (c) => `\\${c}`);
  out = out
    .replace(/^([-+*])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^(-{3,}|_{3,})\s*$/, '\\$1')
    .replace(/^::/, '\\::');
  return out;
}

/** One block as Markdown; a heading's trailing `#`s are escaped so they are not a closing sequence. */
function blockMarkdown(block: MarkdownBlock): string {
  const text = escapeMarkdown(block.text.trim());
  return block.kind === 'heading' ? `## ${text.replace(/#+$/, (h) => `\\${h}`)}` : text;
}

/**
 * The article body: blocks separated by blank lines, each run of blocks in the
 * same other language inside one `:::lang{code=..}` container.
 */
export function toMarkdown(blocks: readonly MarkdownBlock[]): string {
  const parts: string[] = [];
  for (let i = 0; i < blocks.length;) {
    const lang = blocks[i]!.lang;
    let end = i + 1;
    while (end < blocks.length && blocks[end]!.lang === lang) end++;
    const run = blocks.slice(i, end).map(blockMarkdown);
    parts.push(
      lang ? [`:::lang{code=${lang}}`, run.join('\n\n'), ':::'].join('\n') : run.join('\n\n'),
    );
    i = end;
  }
  return `${parts.join('\n\n')}\n`;
}
