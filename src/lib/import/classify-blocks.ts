/**
 * Decides which blocks of a page (lines of a copied text, or paragraphs of an
 * extracted web page) are the article and which are page clutter, from what
 * the text itself shows, in any language: no phrase of any outlet is listed.
 *
 * The method is jusText's (Pomikálek, 2011): each block is first judged on its
 * own (length, share of stop words, share of link text, sentence punctuation,
 * digits and prices, a line the page repeats) as good, near-good, short or bad;
 * then short and near-good blocks take their class from the good or bad blocks
 * around them, because clutter comes in runs (menus, share bars, related
 * lists) and so does the article. It is written here rather than taken from a
 * package because no maintained JavaScript port exists, and because the
 * importer adds what jusText lacks: heading-like lines before good text are
 * section headings, and a run of three or more short lines is a list of links.
 */
import { stopWordShare, wordsOf } from './stop-words';
import { isHeadingLike } from './to-markdown';

/** A block to judge. */
export interface BlockInput {
  text: string;
  /** Characters of the block that are link text (known for web pages, 0 for copied text). */
  linkChars?: number;
  /** The page marks it as a heading (`<h2>`...). */
  heading?: boolean;
}

export type BlockClass = 'good' | 'near-good' | 'short' | 'bad';

/** The verdict on one block, with the reason a removed one was removed. */
export interface BlockVerdict {
  keep: boolean;
  /** The class before and after the neighbours were looked at. */
  initial: BlockClass;
  final: 'good' | 'bad';
  /** Why a removed block was removed, for the report. */
  reason?: string;
  /** A short block kept because it heads the good text after it. */
  heading: boolean;
}

/** Below this many characters a block is short: too little to judge on its own. */
export const LENGTH_LOW = 70;
/** From this many characters a block with enough stop words is surely prose. */
export const LENGTH_HIGH = 200;
/** From this many characters a sentence with enough stop words is prose (copied text has short paragraphs). */
export const LENGTH_SENTENCE = 100;
/**
 * Stop-word shares between which prose is likely (low) and sure (high). Set
 * for stopwords-iso's lists, which cover less of Russian and Polish prose
 * (inflected words) than of English or German: news prose in all five
 * languages is at 0.27 or more, menus and labels at 0.
 */
export const STOP_LOW = 0.15;
export const STOP_HIGH = 0.25;
/** A block with more of its text in links than this is navigation. */
export const MAX_LINK_DENSITY = 0.35;
/** Share of link text that makes a short block of a web page an item of a link list. */
export const LIST_LINK_DENSITY = 0.5;
/** This many short, non-sentence blocks in a row are a menu or a list of links. */
export const LIST_RUN = 3;

const SENTENCE_END = /[.!?…:;]["'»”’)\]]*$/u;
/** A statement's end: a question can be a headline in a list of links. */
const STATEMENT_END = /[.!…:;]["'»”’)\]]*$/u;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

interface Features {
  chars: number;
  words: string[];
  stopShare: number;
  linkDensity: number;
  sentence: boolean;
  statement: boolean;
  headingLike: boolean;
  repeated: boolean;
  /** Whether link text is known (a web page) rather than unknown (a copied text). */
  knowsLinks: boolean;
}

function featuresOf(
  block: BlockInput,
  languages: readonly string[],
  counts: Map<string, number>,
): Features {
  const text = block.text.trim();
  const words = wordsOf(text);
  return {
    chars: text.length,
    words,
    stopShare: stopWordShare(words, languages),
    linkDensity: text.length ? (block.linkChars ?? 0) / text.length : 0,
    sentence: SENTENCE_END.test(text),
    statement: STATEMENT_END.test(text),
    headingLike: block.heading ?? isHeadingLike(text),
    repeated: (counts.get(normalise(text)) ?? 0) > 1,
    knowsLinks: block.linkChars !== undefined,
  };
}

/**
 * A statement of running prose whose words are mostly links (names and
 * sources linked in the sentence): a whole sentence, long enough, with the
 * stop words of prose. Link lists are made of headlines and labels, which do
 * not end as a statement does.
 */
const isLinkedProse = (f: Features) =>
  f.statement && f.chars > LENGTH_SENTENCE && f.stopShare >= STOP_HIGH;

/** The reason given to a short line the page repeats (a label); other steps ask for it by name. */
export const REPEATED_LINE = 'a line the page repeats';

/** jusText's context-free class, with a reason for a bad one. */
function initialClass(f: Features): [BlockClass, string?] {
  if (f.words.length === 0) return ['bad', 'no words'];
  if (f.linkDensity > MAX_LINK_DENSITY && !isLinkedProse(f)) return ['bad', 'mostly links'];
  // A label ("Share", an ad label) recurs; a recurring question or sentence is text (an interview's).
  if (f.repeated && !f.sentence && f.chars < LENGTH_HIGH) return ['bad', REPEATED_LINE];
  if (f.chars < LENGTH_LOW) return f.linkDensity > 0 ? ['bad', 'a short link'] : ['short'];
  // A heading is short prose by nature: its neighbours decide, as for a short line.
  if (f.headingLike && f.chars < LENGTH_HIGH) return ['short'];
  if (f.stopShare >= STOP_HIGH) {
    // A whole sentence of some length is prose even below jusText's web-page length.
    return [
      f.chars > LENGTH_HIGH || (f.sentence && f.chars > LENGTH_SENTENCE) ? 'good' : 'near-good',
    ];
  }
  if (f.stopShare >= STOP_LOW) return ['near-good'];
  return ['bad', 'few stop words, not prose'];
}

type Side = 'good' | 'bad' | 'edge';

/** The class of the nearest block before (step -1) or after (+1) `i` that is good or bad, or the text's edge. */
function neighbour(classes: readonly BlockClass[], i: number, step: -1 | 1): Side {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) {
    const c = classes[j]!;
    if (c === 'good' || c === 'bad') return c;
  }
  return 'edge';
}

/** Whether the next block that is not short is prose (good or near-good): what a heading heads. */
function nextProse(classes: readonly BlockClass[], i: number): boolean {
  const next = classes.slice(i + 1).find((c) => c !== 'short');
  return next === 'good' || next === 'near-good';
}

/** Indexes of blocks that stand in a run of `LIST_RUN` or more short, non-sentence blocks. */
function listRuns(features: readonly Features[], classes: readonly BlockClass[]): Set<number> {
  const inRun = new Set<number>();
  let start = 0;
  for (let i = 0; i <= features.length; i++) {
    const f = features[i];
    // Where links are known, a list of links is made of links.
    const listy =
      f !== undefined &&
      classes[i] !== 'good' &&
      f.chars < LENGTH_LOW &&
      !f.statement &&
      (!f.knowsLinks || f.linkDensity > LIST_LINK_DENSITY);
    if (listy) continue;
    if (i - start >= LIST_RUN) for (let j = start; j < i; j++) inRun.add(j);
    start = i + 1;
  }
  return inRun;
}

/** Resolves short and near-good blocks from their neighbours (jusText's second pass). */
function finalClass(
  i: number,
  f: Features,
  classes: readonly BlockClass[],
  runs: ReadonlySet<number>,
): [boolean, string?] {
  const c = classes[i]!;
  if (c === 'good') return [true];
  if (c === 'bad') return [false];
  if (runs.has(i)) return [false, 'a run of short lines (menu or link list)'];
  const before = neighbour(classes, i, -1);
  const after = neighbour(classes, i, 1);
  // Clutter comes in runs: prose-like text with clutter on both sides (the text's
  // edge counting as clutter once there is some) is clutter too.
  const amidClutter =
    (before === 'bad' || after === 'bad') && before !== 'good' && after !== 'good';
  if (c === 'near-good') return amidClutter ? [false, 'prose-like, but amid clutter'] : [true];
  // A short block: a heading before good text, a short sentence inside the text, or clutter.
  const proseNext = nextProse(classes, i);
  if (f.headingLike && proseNext && (f.words.length > 1 || before === 'good')) return [true];
  if (f.sentence && f.stopShare >= STOP_LOW && !amidClutter) return [true];
  if (f.headingLike && before === 'edge' && after === 'edge') return [true];
  return [false, 'a short line outside the article text'];
}

/**
 * Judges each block. `languages` are those whose stop words count (the
 * article's and the site's others, for passages in a second language).
 */
export function classifyBlocks(
  blocks: readonly BlockInput[],
  languages: readonly string[],
): BlockVerdict[] {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(normalise(b.text), (counts.get(normalise(b.text)) ?? 0) + 1);
  const features = blocks.map((b) => featuresOf(b, languages, counts));
  const initial = features.map(initialClass);
  const classes = initial.map(([c]) => c);
  const runs = listRuns(features, classes);
  return features.map((f, i) => {
    const [keep, reason] = finalClass(i, f, classes, runs);
    const heading = keep && classes[i] === 'short' && f.headingLike;
    return {
      keep,
      initial: classes[i]!,
      final: keep ? 'good' : 'bad',
      reason: keep ? undefined : (initial[i]![1] ?? reason),
      heading,
    };
  });
}
