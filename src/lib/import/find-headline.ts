/**
 * Finds the headline of a copied text. Pages print the headline twice (as the
 * heading and again in the breadcrumb, the title bar or glued to the lead), so
 * a heading-like line that the page repeats is the headline. Otherwise it is
 * the first heading-like line of three or more words between the start (or a
 * teaser paragraph) and the first paragraph of prose. Menu items and buttons
 * stand there too, but are shorter; a standfirst stands there too, but after it.
 */
import { REPEATED_LINE, type BlockVerdict } from './classify-blocks';
import type { SourceLine } from './strip-junk';
import { isHeadingLike } from './to-markdown';

/** How many paragraphs of prose from the top may come before the headline (teasers). */
const PROSE_BEFORE_TITLE = 2;

/** How many lines from the top may hold the headline of a text without prose. */
const TITLE_WINDOW = 3;

/** Fewest words of a headline told apart from menu items and buttons. */
const HEADLINE_WORDS = 3;

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
const wordCount = (text: string) => normal(text).split(' ').length;

/** A heading-like line of two or more words that is not clutter for a reason other than its length. */
function candidate(line: SourceLine, verdict: BlockVerdict): boolean {
  const text = normal(line.text);
  if (!isHeadingLike(text) || wordCount(text) < 2) return false;
  return verdict.keep || verdict.initial === 'short' || verdict.reason === REPEATED_LINE;
}

/** The index of a heading-like line that recurs, whole or at the start of a later line. */
function repeatedHeadline(lines: readonly SourceLine[], verdicts: readonly BlockVerdict[]) {
  const firstProse = verdicts.findIndex((v) => v.initial === 'good');
  const limit = firstProse === -1 ? lines.length : firstProse + 1;
  for (let i = 0; i < limit; i++) {
    if (!candidate(lines[i]!, verdicts[i]!)) continue;
    const text = normal(lines[i]!.text);
    const copies = lines.filter((l, j) => j !== i && normal(l.text).startsWith(text));
    if (copies.length > 0) return i;
  }
  return undefined;
}

/**
 * The index in `lines` of the headline: the line equal to `given`, a repeated
 * heading-like line, or the longest heading-like line before the first
 * paragraphs of prose. `undefined` when there is none.
 */
export function findHeadline(
  lines: readonly SourceLine[],
  verdicts: readonly BlockVerdict[],
  given?: string,
): number | undefined {
  if (given !== undefined) {
    const index = lines.findIndex((l) => normal(l.text) === normal(given));
    return index === -1 ? undefined : index;
  }
  const repeated = repeatedHeadline(lines, verdicts);
  if (repeated !== undefined) return repeated;
  let start = 0;
  let prose = 0;
  for (let i = 0; i < lines.length && prose <= PROSE_BEFORE_TITLE; i++) {
    const prosy = verdicts[i]!.initial === 'good' || verdicts[i]!.initial === 'near-good';
    if (!prosy || isHeadingLike(lines[i]!.text)) continue;
    const between = [...Array(i - start).keys()]
      .map((k) => start + k)
      .filter((j) => candidate(lines[j]!, verdicts[j]!));
    if (between.length > 0) {
      // Menu items and buttons are one or two words; a headline is longer. Any
      // standfirst comes after it.
      const long = between.find((j) => wordCount(lines[j]!.text) >= HEADLINE_WORDS);
      return (
        long ??
        between.reduce((best, j) =>
          normal(lines[j]!.text).length > normal(lines[best]!.text).length ? j : best,
        )
      );
    }
    start = i + 1;
    prose++;
  }
  // No prose follows a heading-like line: a text of headings only, whose first one heads it.
  const first = lines.findIndex(
    (l, i) => i < TITLE_WINDOW && verdicts[i]!.keep && candidate(l, verdicts[i]!),
  );
  return first === -1 ? undefined : first;
}
