/**
 * Cleans a text copied from a web page: removes the page's clutter around the
 * article, finds the headline and takes out its repeated copies. Every removal
 * is reported with its line so that the editor can check that no sentence of
 * the article was lost.
 */
import { classifyBlocks, REPEATED_LINE, type BlockVerdict } from './classify-blocks';
import { findHeadline } from './find-headline';
import { isHeadingLike } from './to-markdown';

/** A line of the raw text with its 1-based number, so every report can point at it. */
export interface SourceLine {
  line: number;
  text: string;
}

/** Something the importer removed from the text or took out of it, for the editor to check. */
export interface Note {
  /** 1-based line in the raw file. */
  line?: number;
  message: string;
}

/** Splits decoded text into numbered lines. */
export function toLines(text: string): SourceLine[] {
  return text.split('\n').map((value, i) => ({ line: i + 1, text: value }));
}

/** Where the clutter of a copied text was and what is left. */
export interface Stripped {
  /** The kept non-blank lines, in order. */
  lines: SourceLine[];
  /** Index in `lines` of the headline, when the text has one. */
  title?: number;
  notes: Note[];
}

/** Fewest words of a standfirst, the subtitle under the headline (buttons and bylines have fewer). */
const STANDFIRST_WORDS = 5;

/**
 * The line right after the headline when it is its standfirst: a heading-like
 * line of some words that the page does not repeat. It is kept even where
 * bylines and share buttons separate it from the text.
 */
function standfirstAfter(
  lines: readonly SourceLine[],
  verdicts: readonly BlockVerdict[],
  at: number,
): number | undefined {
  const next = lines[at + 1];
  if (!next || verdicts[at + 1]!.reason === REPEATED_LINE) return undefined;
  const words = next.text.trim().split(/\s+/).length;
  return isHeadingLike(next.text) && words >= STANDFIRST_WORDS ? at + 1 : undefined;
}

/**
 * Removes the page clutter a copy from a web page drags along (menus, share
 * and subscribe buttons, ad labels, related-article lists, footers) and finds
 * the headline. Each line is judged by `classifyBlocks` from what it shows;
 * above the headline only prose is kept, since that is where the page's header
 * and menus stand (a teaser paragraph above the headline stays). Every removed
 * line is reported with its number and the reason.
 */
export function stripJunk(
  lines: readonly SourceLine[],
  languages: readonly string[],
  givenTitle?: string,
): Stripped {
  const source = lines.filter((l) => l.text.trim());
  const verdicts = classifyBlocks(
    source.map((l) => ({ text: l.text })),
    languages,
  );
  const at = findHeadline(source, verdicts, givenTitle);
  const standfirst = at === undefined ? undefined : standfirstAfter(source, verdicts, at);
  const kept: SourceLine[] = [];
  const notes: Note[] = [];
  let title: number | undefined;
  source.forEach((line, i) => {
    const verdict = verdicts[i]!;
    const aboveTitle = at !== undefined && i < at && verdict.initial !== 'good';
    if (i === at) title = kept.length;
    if (i !== at && i !== standfirst && (aboveTitle || !verdict.keep)) {
      const reason = verdict.keep ? 'above the headline, not prose' : verdict.reason;
      notes.push({
        line: line.line,
        message: `removed page clutter (${reason}): ${line.text.trim()}`,
      });
      return;
    }
    kept.push(line);
  });
  return { lines: kept, title, notes };
}

/** A paragraph or heading of the text: one non-blank line. */
export interface Block {
  line: number;
  text: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Matches `title` at the start of a text, whatever white space separates its words. */
function headlinePrefix(title: string): RegExp {
  const words = normalise(title)
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${words.join('\\s+')}\\s+`, 'u');
}

/**
 * Takes the headline (the block at `at`, if it is in the text) out of the
 * blocks, and its copies with it: pages often print the headline twice, as the
 * heading and again glued to the start of the first paragraph or on a line of
 * its own. The copy goes, the text after it stays. Only the block right after
 * the headline loses a glued copy, and elsewhere only exact copies go, so a
 * paragraph further down that merely begins like the headline is kept.
 */
export function removeHeadline(
  blocks: readonly Block[],
  title: string,
  at: number | undefined,
): { blocks: Block[]; notes: Note[] } {
  const notes: Note[] = [];
  if (at !== undefined) {
    notes.push({ line: blocks[at]!.line, message: `took the headline: ${blocks[at]!.text}` });
  }
  const head = normalise(title);
  const prefix = headlinePrefix(title);
  const result: Block[] = [];
  blocks.forEach((block, index) => {
    if (index === at) return;
    const text = block.text.trim();
    if (normalise(text) === head) {
      notes.push({ line: block.line, message: `removed repeated headline: ${text}` });
      return;
    }
    const glued = index === (at ?? -1) + 1 ? prefix.exec(text) : null;
    if (glued) {
      notes.push({
        line: block.line,
        message: `removed the headline repeated at the start of the paragraph: ${glued[0].trim()}`,
      });
      result.push({ line: block.line, text: text.slice(glued[0].length) });
      return;
    }
    result.push(block);
  });
  return { blocks: result, notes };
}
